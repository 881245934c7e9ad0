import { Menu, type BrowserWindow } from 'electron';
import type { Locale } from '../../shared/model';
import { contextMenuTemplate } from './context-menu-template';

/**
 * Right-click in the main window: the edit menu of contextMenuTemplate (a pure function, tested),
 * in the UI language of the moment, over the window it was asked in.
 */
export function attachContextMenu(win: BrowserWindow, locale: () => Promise<Locale>): void {
  win.webContents.on('context-menu', (_event, params) => {
    void locale().then((l) => {
      const template = contextMenuTemplate(params, l);
      if (template.length === 0 || win.isDestroyed()) return;
      Menu.buildFromTemplate(template).popup({ window: win });
    });
  });
}
