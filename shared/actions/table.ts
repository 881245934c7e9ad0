/**
 * The one table of actions (after Excalidraw's actions and VS Code's keybinding table): id, where
 * it applies, its shortcut sheet label, its keys, and whether the application menu offers it.
 * What an action does lives beside the view that owns the state (the renderer registers a handler
 * per id); this declarative half is shared so the renderer's key handlers, the shortcut sheet,
 * `aria-keyshortcuts` and the Electron menu all read the same keys.
 *
 * Keys are written as `Ctrl+Shift+Z`, `Alt+ArrowUp`, `F1`, `/`: `Ctrl` means Ctrl or ⌘, a letter
 * matches by its physical key as well (Alt+N on a Mac types "˜"), and for a punctuation key Shift
 * is not checked (Ctrl++ and Ctrl+/ need Shift on some layouts).
 */
/** The IPC channel on which main sends a menu action's id to the renderer (checked by the preload). */
export const ACTION_CHANNEL = 'briefing:action';

export const ACTION_SCOPES = ['everywhere', 'library', 'editor'] as const;
export type ActionScope = (typeof ACTION_SCOPES)[number];

export interface ActionSpec {
  id: string;
  scope: ActionScope;
  /** The label under library:shortcuts.action.* (several actions may share one sheet row). */
  sheet: string;
  keys: readonly string[];
  /**
   * Keys a field handles itself (Enter in a paragraph, Tab): listed on the sheet, never bound by
   * the table's key handler.
   */
  fieldKey?: true;
  /** The menu that offers it: clicking it sends the id to the renderer (validated on the way). */
  menu?: 'file' | 'edit' | 'view' | 'help';
  /**
   * Only the menu's: never bound to keys by the table's handler and not a row of the sheet (the
   * keys it shows belong to the actions of the view, or to the focused text field, that it runs).
   */
  menuOnly?: true;
}

export const ACTIONS = [
  { id: 'app.shortcuts', scope: 'everywhere', sheet: 'sheet', keys: ['F1', 'Ctrl+/'], menu: 'help' },
  // The Edit menu's Undo and Redo: they run the view's own undo (the editor's history, the
  // library's undo of a trash) or else the focused text field's. Electron's undo/redo roles would
  // undo inside a textarea behind the editor's history, and their accelerators could fire on top
  // of the editor's own Ctrl+Z.
  { id: 'app.undo', scope: 'everywhere', sheet: 'undo', keys: ['Ctrl+Z'], menu: 'edit', menuOnly: true },
  { id: 'app.redo', scope: 'everywhere', sheet: 'redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], menu: 'edit', menuOnly: true },
  { id: 'app.zoomIn', scope: 'everywhere', sheet: 'zoom', keys: ['Ctrl+=', 'Ctrl++'] },
  { id: 'app.zoomOut', scope: 'everywhere', sheet: 'zoom', keys: ['Ctrl+-'] },
  { id: 'app.zoomReset', scope: 'everywhere', sheet: 'zoom', keys: ['Ctrl+0'] },

  { id: 'library.search', scope: 'library', sheet: 'search', keys: ['Ctrl+F', '/'] },
  { id: 'library.new', scope: 'library', sheet: 'newDocument', keys: ['Alt+N'], menu: 'file' },
  { id: 'library.previousRow', scope: 'library', sheet: 'moveRow', keys: ['ArrowUp'] },
  { id: 'library.nextRow', scope: 'library', sheet: 'moveRow', keys: ['ArrowDown'] },
  { id: 'library.open', scope: 'library', sheet: 'open', keys: ['Enter'] },
  { id: 'library.duplicate', scope: 'library', sheet: 'duplicateDocument', keys: ['Alt+Shift+D'] },
  { id: 'library.trash', scope: 'library', sheet: 'trash', keys: ['Delete'] },
  { id: 'library.undoTrash', scope: 'library', sheet: 'undoTrash', keys: ['Ctrl+Z'] },

  { id: 'editor.save', scope: 'editor', sheet: 'save', keys: ['Ctrl+S'], menu: 'file' },
  // In the menu through app.undo / app.redo, which run these when the editor is active.
  { id: 'editor.undo', scope: 'editor', sheet: 'undo', keys: ['Ctrl+Z'] },
  { id: 'editor.redo', scope: 'editor', sheet: 'redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'] },
  { id: 'editor.newParagraph', scope: 'editor', sheet: 'newParagraph', keys: ['Enter'], fieldKey: true },
  { id: 'editor.joinParagraph', scope: 'editor', sheet: 'joinParagraph', keys: ['Backspace'], fieldKey: true },
  { id: 'editor.moveUp', scope: 'editor', sheet: 'moveSection', keys: ['Alt+ArrowUp'] },
  { id: 'editor.moveDown', scope: 'editor', sheet: 'moveSection', keys: ['Alt+ArrowDown'] },
  { id: 'editor.addSection', scope: 'editor', sheet: 'addSection', keys: ['Alt+N'] },
  { id: 'editor.duplicateSection', scope: 'editor', sheet: 'duplicateSection', keys: ['Alt+Shift+D'] },
  { id: 'editor.deleteSection', scope: 'editor', sheet: 'deleteSection', keys: ['Alt+Shift+Backspace'] },
  { id: 'editor.addItem', scope: 'editor', sheet: 'addItem', keys: ['Ctrl+Enter'], fieldKey: true },
  { id: 'editor.nextField', scope: 'editor', sheet: 'nextField', keys: ['Tab', 'Shift+Tab'], fieldKey: true },
  { id: 'editor.back', scope: 'editor', sheet: 'back', keys: ['Alt+ArrowLeft'] },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];
export const ACTION_IDS = ACTIONS.map((a) => a.id) as unknown as readonly [ActionId, ...ActionId[]];

const BY_ID = new Map<string, ActionSpec>(ACTIONS.map((a) => [a.id, a]));

export function actionSpec(id: ActionId): ActionSpec {
  return BY_ID.get(id)!;
}

export function isActionId(id: unknown): id is ActionId {
  return typeof id === 'string' && BY_ID.has(id);
}

// ------------------------------------------------------------------ keys

export interface KeyChord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  /** `z`, `/`, `ArrowUp`, `F1`, `Enter`… (letters lower-case). */
  key: string;
}

export function parseChord(text: string): KeyChord {
  // the last part is the key, so "Ctrl++" is Ctrl and "+"
  const parts = text.split('+');
  const key = text.endsWith('++') ? '+' : parts[parts.length - 1]!;
  const mods = text.endsWith('++') ? parts.slice(0, -2) : parts.slice(0, -1);
  return { mod: mods.includes('Ctrl'), alt: mods.includes('Alt'), shift: mods.includes('Shift'), key: key.length === 1 ? key.toLowerCase() : key };
}

export interface KeyEventLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function matchesChord(e: KeyEventLike, c: KeyChord): boolean {
  if ((e.ctrlKey || e.metaKey) !== c.mod || e.altKey !== c.alt) return false;
  const letter = /^[a-z]$/.test(c.key);
  const punctuation = c.key.length === 1 && !letter && !/^[0-9]$/.test(c.key);
  if (!punctuation && e.shiftKey !== c.shift) return false;
  if (letter) return e.key.toLowerCase() === c.key || e.code === `Key${c.key.toUpperCase()}`;
  if (/^[0-9]$/.test(c.key)) return e.key === c.key || e.code === `Digit${c.key}`;
  return e.key === c.key;
}

/** Does the key event trigger this action (any of its keys)? */
export function matchesAction(e: KeyEventLike, id: ActionId): boolean {
  return actionSpec(id).keys.some((k) => matchesChord(e, parseChord(k)));
}

const SHOWN_KEY: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

function chordName(k: string, names: { mod: string; key: (key: string) => string }): string {
  const c = parseChord(k);
  return [c.mod && names.mod, c.alt && 'Alt', c.shift && 'Shift', names.key(c.key)].filter(Boolean).join('+');
}

/** The value of `aria-keyshortcuts` for an action: "Control+Y Control+Shift+Z". */
export function ariaKeys(id: ActionId): string {
  const key = (k: string) => (k === '+' ? 'Plus' : k.length === 1 ? k.toUpperCase() : k);
  return actionSpec(id)
    .keys.map((k) => chordName(k, { mod: 'Control', key }))
    .join(' ');
}

/** A key as the shortcut sheet prints it: "Alt+↑". */
export function shownKey(k: string): string {
  return chordName(k, { mod: 'Ctrl', key: (x) => SHOWN_KEY[x] ?? (x.length === 1 ? x.toUpperCase() : x) });
}

/** An Electron accelerator for the menu ("CmdOrCtrl+Shift+Z"): the first of the action's keys. */
export function accelerator(id: ActionId): string {
  const c = parseChord(actionSpec(id).keys[0]!);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key.replace(/^Arrow/, '');
  return [c.mod && 'CmdOrCtrl', c.alt && 'Alt', c.shift && 'Shift', key === '+' ? 'Plus' : key].filter(Boolean).join('+');
}

/** The sheet: one row per label, in table order, grouped by scope, keys of the row's actions together. */
export function shortcutSheet(): { group: ActionScope; items: { action: string; keys: string[] }[] }[] {
  return ACTION_SCOPES.map((group) => {
    const rows = new Map<string, string[]>();
    for (const a of ACTIONS as readonly ActionSpec[]) {
      if (a.scope !== group || a.menuOnly) continue;
      rows.set(a.sheet, [...(rows.get(a.sheet) ?? []), ...a.keys.filter((k) => k !== 'Ctrl++').map(shownKey)]);
    }
    return { group, items: [...rows].map(([action, keys]) => ({ action, keys })) };
  });
}
