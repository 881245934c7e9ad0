export { exportFeature, exportToFile, type ExportToFile } from './service';
export { renderExport, countPdfPages, type Rendered } from './render';
export { writeFileAtomic } from './atomic-write';
export { ChromiumPrinter, createChromiumPrinter } from './chromium-printer';
export { setPdfInfo } from './pdf-metadata';
