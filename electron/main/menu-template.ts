import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, accelerator, type ActionId, type ActionSpec } from '../../shared/actions/table';
import { lookup } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

export interface MenuContext {
  locale: Locale;
  platform: NodeJS.Platform;
  /** Developer tools and reload only in an unpackaged build. */
  dev: boolean;
  onAbout: () => void;
  /** A menu item of the action table was chosen: main sends its id to the renderer. */
  onAction?: (id: ActionId) => void;
}

/**
 * The application menu: small on purpose (editing, zoom, window, about), labelled from the
 * `shell` i18n namespace because Electron's role labels are English-only on Windows and Linux.
 * Kept free of runtime Electron so the labels are tested on machines without Electron.
 */
export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: string) => lookup(ctx.locale, `menu.${key}`, {}, 'shell');
  // Items of the action table: the same label as the shortcut sheet, the same keys. The renderer
  // handles the keys itself (registerAccelerator: false), so a key and a click run one handler.
  const actions = (menu: ActionSpec['menu']): MenuItemConstructorOptions[] =>
    (ACTIONS as readonly ActionSpec[])
      .filter((a) => a.menu === menu)
      .map((a) => ({
        id: a.id,
        label: lookup(ctx.locale, `shortcuts.action.${a.sheet}`, {}, 'library'),
        accelerator: accelerator(a.id as ActionId),
        registerAccelerator: false,
        click: () => ctx.onAction?.(a.id as ActionId),
      }));
  const withActions = (menu: ActionSpec['menu'], items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => {
    const own = actions(menu);
    return own.length ? [...own, { type: 'separator' }, ...items] : items;
  };
  const isMac = ctx.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t('about'), click: ctx.onAbout };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
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
        },
      ]
    : [{ label: t('file'), submenu: withActions('file', [{ role: 'quit', label: t('quit') }]) }];

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
      // Undo and Redo come from the action table (app.undo, app.redo): the view's own undo.
      submenu: [
        ...actions('edit'),
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyle') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    { label: t('view'), submenu: view },
    {
      label: t('window'),
      submenu: [
        { role: 'minimize', label: t('minimize') },
        { role: 'close', label: t('close') },
      ],
    },
    ...(isMac ? [] : [{ label: t('help'), submenu: withActions('help', [about]) }]),
  ];
}
