import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from '../../../shared/api';
import type { ExportFormat } from '../../../shared/api/channels/export';
import type { LayoutOptionsInput, LayoutPreset } from '../../../shared/layout';
import type { Briefing } from '../../../shared/model';
import type { Feature, FeatureContext } from '../feature-context';
import { EXPORTS_DIR } from '../files/file-access';
import { BatchExports, batchFeature } from './batch';
import { exportToFile } from './export-file';
import { mainOnlyChannels } from './main-only';
import { PrintJobRegistry } from './print-jobs';
import { previewFeature } from './preview';

type ExportChannels =
  'export:pdf' | 'export:docx' | 'export:html' | 'preview:publish' | 'dialog:saveFile' | 'dialog:openFile' | 'print:document' | 'export:batchStart' | 'export:batchStatus' | 'export:batchCancel';

/** The export channels in plain Node: the same in the app, the browser host and the CLI. */
export function exportFeature(ctx: FeatureContext): Feature<Pick<Api, ExportChannels>> {
  const exportsDir = path.join(ctx.options.dataDir, EXPORTS_DIR);
  const batches = new BatchExports(ctx.store, ctx.printer, exportsDir);
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
    api: {
      'export:pdf': run('pdf'),
      'export:docx': run('docx'),
      'export:html': run('html'),
      ...previewFeature(ctx.options.printJobs ?? new PrintJobRegistry(), ctx.options.printJobUrl),
      ...mainOnlyChannels(),
      ...batchFeature(batches, ctx.files),
    },
    // running batches stop before the printer closes under them; their files are whole or absent
    dispose: () => batches.dispose(),
  };
}
