import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Api } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import { buildPrintHtml } from '../../shared/layout';
import type { Locale } from '../../shared/model';
import type { ElectronPrinter } from './print-to-pdf';
import { saveFilters } from './print-options';
import { backupOpenDialogOptions, backupSaveDialogOptions, type BackupDialogText } from './backup-dialog-options';

/** The native dialogs' words for a library archive, from the backup namespace. */
function backupDialogText(locale: Locale, title: 'saveTitle' | 'openTitle'): BackupDialogText {
  const say = (key: string) => lookup(locale, `native.${key}`, {}, 'backup');
  return { title: say(title), filterName: say('filter'), allFilesName: say('allFiles') };
}

export interface MainOnlyDeps {
  window: () => BrowserWindow | null;
  locale: () => Promise<Locale>;
  printer: ElectronPrinter;
}

/**
 * The channels only main can serve, bound over the services' refusals: the native save and open
 * dialogs (they return a path; export, backup and restore stay path-based in the services) and printing on paper
 * from the hidden print window. The print page is built here from the document, as the services
 * build every other print page: no HTML ever comes from the renderer.
 */
export function mainOnlyApi(deps: MainOnlyDeps): Pick<Api, 'dialog:saveFile' | 'dialog:openFile' | 'print:document'> {
  return {
    'dialog:saveFile': async ({ fileName, format }) => {
      const locale = await deps.locale();
      const defaultPath = path.join(app.getPath('documents'), path.basename(fileName));
      const options = format === 'backup'
        ? backupSaveDialogOptions(backupDialogText(locale, 'saveTitle'), defaultPath)
        : {
          title: lookup(locale, 'dialog.title', {}, 'export'),
          defaultPath,
          filters: saveFilters(format, lookup(locale, `format.${format}`, {}, 'export')),
          properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
        };
      const win = deps.window();
      const r = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return { path: r.canceled || !r.filePath ? null : r.filePath };
    },
    'dialog:openFile': async () => {
      // the only kind today is a library archive; the services read and check it (library:restore)
      const options = backupOpenDialogOptions(backupDialogText(await deps.locale(), 'openTitle'), app.getPath('documents'));
      const win = deps.window();
      const r = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { path: r.canceled || !r.filePaths[0] ? null : r.filePaths[0] };
    },
    'print:document': async ({ doc, layout, options }) => {
      const { html } = buildPrintHtml(doc, layout ?? doc.kind, options);
      return { printed: await deps.printer.printOnPaper(html) };
    },
  };
}
