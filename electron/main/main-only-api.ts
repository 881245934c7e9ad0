import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Api } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import { buildPrintHtml } from '../../shared/layout';
import type { Locale } from '../../shared/model';
import type { FileHandleRegistry } from '../services/files/file-handles';
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
  /** The services' handle registry (Services.fileHandles): the chosen path is kept there, not sent. */
  handles: FileHandleRegistry;
}

/**
 * The channels only main can serve, bound over the services' refusals: the native save and open
 * dialogs (the chosen path stays in main: the renderer gets a single-use handle, bound to the
 * purpose, that export, backup, restore and template export redeem in the services) and printing on paper
 * from the hidden print window. The print page is built here from the document, as the services
 * build every other print page: no HTML ever comes from the renderer.
 */
export function mainOnlyApi(deps: MainOnlyDeps): Pick<Api, 'dialog:saveFile' | 'dialog:openFile' | 'print:document'> {
  return {
    'dialog:saveFile': async ({ fileName, format }) => {
      const locale = await deps.locale();
      const defaultPath = path.join(app.getPath('documents'), path.basename(fileName));
      const properties: ('createDirectory' | 'showOverwriteConfirmation')[] = ['createDirectory', 'showOverwriteConfirmation'];
      const options =
        format === 'backup'
          ? backupSaveDialogOptions(backupDialogText(locale, 'saveTitle'), defaultPath)
          : format === 'templates'
            ? { title: lookup(locale, 'templates.export', {}, 'library'), defaultPath, filters: [{ name: 'JSON', extensions: ['json'] }], properties }
            : format === 'xlsx'
              ? { title: lookup(locale, 'export.button', {}, 'tasks'), defaultPath, filters: saveFilters(format, lookup(locale, 'export.xlsx', {}, 'tasks')), properties }
              : { title: lookup(locale, 'dialog.title', {}, 'export'), defaultPath, filters: saveFilters(format, lookup(locale, `format.${format}`, {}, 'export')), properties };
      const win = deps.window();
      const r = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return choice(deps.handles, r.canceled ? undefined : r.filePath, 'save');
    },
    'dialog:openFile': async ({ kind }) => {
      const locale = await deps.locale();
      // a library archive to restore (the services read and check it), or a folder for a batch export
      const options =
        kind === 'backup'
          ? backupOpenDialogOptions(backupDialogText(locale, 'openTitle'), app.getPath('documents'))
          : { title: lookup(locale, 'batch.folder', {}, 'export'), defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const win = deps.window();
      const r = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return choice(deps.handles, r.canceled ? undefined : r.filePaths[0], kind === 'backup' ? 'open' : 'folder');
    },
    'print:document': async ({ doc, layout, options }) => {
      const { html } = buildPrintHtml(doc, layout ?? doc.kind, options);
      return { printed: await deps.printer.printOnPaper(html) };
    },
  };
}

/** A dialog's answer for the renderer: a handle for the chosen path (kept here), and its name to show. */
function choice(handles: FileHandleRegistry, chosen: string | undefined, purpose: 'save' | 'open' | 'folder'): { handle: string | null; name: string } {
  return chosen ? { handle: handles.issue(chosen, purpose), name: path.basename(chosen) } : { handle: null, name: '' };
}
