export { IssueList, issueLabel } from './IssueList';
