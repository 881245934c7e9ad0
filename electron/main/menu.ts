import { Menu } from 'electron';
import { menuTemplate, type MenuContext } from './menu-template';

export function applyMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
}
