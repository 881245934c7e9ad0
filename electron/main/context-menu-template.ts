import type { MenuItemConstructorOptions } from 'electron';
import { lookup } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

/** What Electron's 'context-menu' event says about the click, reduced to what the menu needs. */
export interface ContextFacts {
  isEditable: boolean;
  selectionText: string;
  editFlags: {
    canUndo: boolean;
    canRedo: boolean;
    canCut: boolean;
    canCopy: boolean;
    canPaste: boolean;
    canSelectAll: boolean;
  };
}

/**
 * The right-click menu (Electron shows none by default). In an editable field: undo, redo, cut,
 * copy, paste, paste as plain text (drops the formatting of text copied from Word or a web page)
 * and select all, each enabled as Chromium's edit flags say. On selected text elsewhere: copy.
 * Nothing otherwise (an empty array: no menu). Roles do the work, so no text passes through main.
 * Labels come from the `shell` namespace: Electron's role labels are English-only on Windows/Linux.
 */
export function contextMenuTemplate(facts: ContextFacts, locale: Locale): MenuItemConstructorOptions[] {
  const t = (key: string) => lookup(locale, `menu.${key}`, {}, 'shell');
  const f = facts.editFlags;
  if (facts.isEditable) {
    return [
      { role: 'undo', label: t('undo'), enabled: f.canUndo },
      { role: 'redo', label: t('redo'), enabled: f.canRedo },
      { type: 'separator' },
      { role: 'cut', label: t('cut'), enabled: f.canCut },
      { role: 'copy', label: t('copy'), enabled: f.canCopy },
      { role: 'paste', label: t('paste'), enabled: f.canPaste },
      { role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyle'), enabled: f.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('selectAll'), enabled: f.canSelectAll },
    ];
  }
  if (facts.selectionText.trim() !== '') {
    return [{ role: 'copy', label: t('copy'), enabled: f.canCopy }];
  }
  return [];
}
