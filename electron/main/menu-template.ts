import type { MenuItemConstructorOptions } from 'electron';
import { lookup } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

export interface MenuContext {
  locale: Locale;
  platform: NodeJS.Platform;
  /** Developer tools and reload only in an unpackaged build. */
  dev: boolean;
  onAbout: () => void;
}

/**
 * The application menu: small on purpose (editing, zoom, window, about), labelled from the
 * `shell` i18n namespace because Electron's role labels are English-only on Windows and Linux.
 * Kept free of runtime Electron so the labels are tested on machines without Electron.
 */
export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: string) => lookup(ctx.locale, `menu.${key}`, {}, 'shell');
  const isMac = ctx.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t('about'), click: ctx.onAbout };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{
        label: lookup(ctx.locale, 'app.name'),
        submenu: [
          about,
          { type: 'separator' },
          { role: 'hide', label: t('hide') },
          { role: 'hideOthers', label: t('hideOthers') },
          { role: 'unhide', label: t('unhide') },
          { type: 'separator' },
          { role: 'quit', label: t('quit') },
        ],
      }]
    : [{ label: t('file'), submenu: [{ role: 'quit', label: t('quit') }] }];

  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: t('zoomIn') },
    { role: 'zoomOut', label: t('zoomOut') },
    { role: 'resetZoom', label: t('resetZoom') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('toggleFullScreen') },
  ];
  if (ctx.dev) view.push({ type: 'separator' }, { role: 'reload', label: t('reload') }, { role: 'toggleDevTools', label: t('toggleDevTools') });

  return [
    ...appMenu,
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyle') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    { label: t('view'), submenu: view },
    { label: t('window'), submenu: [{ role: 'minimize', label: t('minimize') }, { role: 'close', label: t('close') }] },
    ...(isMac ? [] : [{ label: t('help'), submenu: [about] }]),
  ];
}
