export { IssuesView } from './IssuesView';
