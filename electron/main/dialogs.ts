import { dialog, type BrowserWindow } from 'electron';
import { toErrorShape } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

/**
 * Shown when the services cannot open the library, before any window exists: the message is the
 * error code's own sentence in the user's language (errors.locked names the other process).
 */
export async function showStartupError(error: unknown, locale: Locale, dataDir: string): Promise<void> {
  const shape = toErrorShape(error);
  const params = { path: dataDir, detail: shape.detail, ...shape.params };
  const titleKey = shape.code === 'locked' ? 'dialogs.lockedTitle' : 'dialogs.startupFailedTitle';
  await dialog.showMessageBox({
    type: 'error',
    title: lookup(locale, titleKey, {}, 'shell'),
    message: lookup(locale, `errors.${shape.code}`, params),
    detail: lookup(locale, 'dialogs.dataDir', { path: dataDir }, 'shell'),
    buttons: [lookup(locale, 'dialogs.ok', {}, 'shell')],
    noLink: true,
  });
}

export async function showAbout(win: BrowserWindow | null, locale: Locale, version: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: lookup(locale, 'menu.about', {}, 'shell'),
    message: lookup(locale, 'app.name'),
    detail: lookup(locale, 'dialogs.aboutDetail', { version }, 'shell'),
    buttons: [lookup(locale, 'dialogs.ok', {}, 'shell')],
    noLink: true,
  };
  if (win && !win.isDestroyed()) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
