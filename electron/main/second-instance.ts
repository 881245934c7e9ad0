import { dialog, type BrowserWindow } from 'electron';
import { lookup } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

/**
 * Said in the running window when a second launch asked for another data dir (the portable
 * library on a USB stick): one app holds one library, and dropping the request silently would
 * leave the user looking at the wrong library.
 */
export async function showOtherDataDir(win: BrowserWindow, locale: Locale, current: string, requested: string): Promise<void> {
  await dialog.showMessageBox(win, {
    type: 'info',
    title: lookup(locale, 'dialogs.otherDataDirTitle', {}, 'shell'),
    message: lookup(locale, 'dialogs.otherDataDir', { current, requested }, 'shell'),
    detail: lookup(locale, 'dialogs.otherDataDirDetail', {}, 'shell'),
    buttons: [lookup(locale, 'dialogs.ok', {}, 'shell')],
    noLink: true,
  });
}
