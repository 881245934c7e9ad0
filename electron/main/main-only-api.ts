import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Api } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import { buildPrintHtml } from '../../shared/layout';
import type { Locale } from '../../shared/model';
import type { ElectronPrinter } from './print-to-pdf';
import { saveFilters } from './print-options';

export interface MainOnlyDeps {
  window: () => BrowserWindow | null;
  locale: () => Promise<Locale>;
  printer: ElectronPrinter;
}

/**
 * The channels only main can serve, bound over the services' refusals: the native save dialog
 * (it returns a path; the export itself stays path-based in the services) and printing on paper
 * from the hidden print window. The print page is built here from the document, as the services
 * build every other print page: no HTML ever comes from the renderer.
 */
export function mainOnlyApi(deps: MainOnlyDeps): Pick<Api, 'dialog:saveFile' | 'print:document'> {
  return {
    'dialog:saveFile': async ({ fileName, format }) => {
      const locale = await deps.locale();
      const options = {
        title: lookup(locale, 'dialog.title', {}, 'export'),
        defaultPath: path.join(app.getPath('documents'), path.basename(fileName)),
        filters: saveFilters(format, lookup(locale, `format.${format}`, {}, 'export')),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const win = deps.window();
      const r = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return { path: r.canceled || !r.filePath ? null : r.filePath };
    },
    'print:document': async ({ doc, layout, options }) => {
      const { html } = buildPrintHtml(doc, layout ?? doc.kind, options);
      return { printed: await deps.printer.printOnPaper(html) };
    },
  };
}
