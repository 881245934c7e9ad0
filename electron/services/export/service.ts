import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { ExportFormat, ExportResult } from '../../../shared/api/channels/export';
import type { LayoutOptionsInput, LayoutPreset } from '../../../shared/layout';
import type { Briefing } from '../../../shared/model';
import type { FeatureContext } from '../features';
import type { PdfPrinter } from '../ports/pdf-printer';
import { writeFileAtomic } from './atomic-write';
import { BatchExports, batchFeature } from './batch';
import { mainOnlyChannels } from './main-only';
import { PrintJobRegistry } from './print-jobs';
import { previewFeature } from './preview';
import { renderExport } from './render';
import { EXPORTS_DIR } from '../files/file-access';

export interface ExportToFile {
  doc: Briefing;
  format: ExportFormat;
  path: string;
  layout?: LayoutPreset;
  options?: LayoutOptionsInput;
  overwrite?: boolean;
  printer?: () => Promise<PdfPrinter>;
  signal?: AbortSignal;
}

/** The data dir's folder for exports when the user has not chosen another (browser mode). */
export { EXPORTS_DIR } from '../files/file-access';

/** Renders and writes one export: PATH holds the whole file or is left as it was. */
export async function exportToFile(req: ExportToFile): Promise<ExportResult> {
  if (!path.isAbsolute(req.path)) throw new AppError('validation', `not an absolute path: ${req.path}`, { path: 'path', reason: 'absolute' });
  const started = performance.now();
  const rendered = await renderExport(req);
  // cancelled while rendering (a batch): write nothing, not even a whole file the user no longer wants
  if (req.signal?.aborted) throw Object.assign(new Error('export cancelled'), { name: 'AbortError' });
  await writeFileAtomic(req.path, rendered.bytes, { overwrite: req.overwrite ?? false });
  return { path: req.path, bytes: rendered.bytes.length, pages: rendered.pages, fonts: rendered.fonts, ms: Math.round(performance.now() - started) };
}

/** The export channels in plain Node: the same in the app, the browser host and the CLI. */
export function exportFeature(ctx: FeatureContext): Partial<Api> {
  const exportsDir = path.join(ctx.options.dataDir, EXPORTS_DIR);
  const run = (format: ExportFormat) => async (req: { doc?: Briefing; id?: string; layout?: LayoutPreset; options?: LayoutOptionsInput; path?: string; handle?: string; overwrite?: boolean }) => {
    // checked before anything is rendered: a path outside the allowed folders costs nothing
    const target = await ctx.files.write(req);
    const doc = req.doc ?? (await ctx.store.get(req.id!)).doc;
    // the data dir's exports/ folder is the default destination in browser mode: made on first use
    if (path.dirname(path.resolve(target.path)) === exportsDir) await mkdir(exportsDir, { recursive: true });
    // a dialog handle: the native dialog asked before replacing a file
    const overwrite = target.viaHandle || req.overwrite;
    const result = await exportToFile({ doc, format, path: target.path, layout: req.layout, options: req.options, overwrite, printer: ctx.printer });
    return { ...result, path: target.display };
  };
  return {
    'export:pdf': run('pdf'),
    'export:docx': run('docx'),
    'export:html': run('html'),
    ...previewFeature(ctx.options.printJobs ?? new PrintJobRegistry(), ctx.options.printJobUrl),
    ...mainOnlyChannels(),
    ...batchFeature(new BatchExports(ctx.store, ctx.printer, exportsDir), ctx.files),
  };
}
