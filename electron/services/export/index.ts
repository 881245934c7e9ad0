export { exportFeature } from './service';
export { exportToFile, type ExportToFile } from './export-file';
export { renderExport, countPdfPages, type Rendered } from './render';
export { writeFileAtomic } from './atomic-write';
export { ChromiumPrinter, createChromiumPrinter } from './chromium-printer';
export { setPdfInfo } from './pdf-metadata';
export { PrintJobRegistry, PRINT_JOB_ID, type PrintJobOptions } from './print-jobs';
export { previewFeature, hostPrintUrl } from './preview';
export { exportIssueToFile, renderIssueExport, type IssueExportRequest } from './issue-export';
