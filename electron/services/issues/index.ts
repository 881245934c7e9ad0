export { issuesFeature, exportIssueToFile } from './service';
export { IssueFiles, issuePaths } from './issue-files';
export { NumberRegister } from './register';
