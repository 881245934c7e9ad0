/** Keyboard helpers shared by the views. */
export function isMod(e: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.ctrlKey || e.metaKey;
}

/** True while an IME is composing: Enter then confirms a candidate and must not split a paragraph. */
export function isComposing(e: { nativeEvent?: { isComposing?: boolean }; keyCode?: number }): boolean {
  return !!e.nativeEvent?.isComposing || e.keyCode === 229;
}

export function isTextEntry(el: EventTarget | null): boolean {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** The shortcut sheet: keys and the i18n key of what they do, grouped by where they work. */
export const SHORTCUTS: { group: string; items: { keys: string[]; action: string }[] }[] = [
  {
    group: 'everywhere',
    items: [
      { keys: ['F1', 'Ctrl+/'], action: 'sheet' },
      { keys: ['Ctrl+=', 'Ctrl+-', 'Ctrl+0'], action: 'zoom' },
    ],
  },
  {
    group: 'library',
    items: [
      { keys: ['Ctrl+F', '/'], action: 'search' },
      { keys: ['Alt+N'], action: 'newDocument' },
      { keys: ['↑', '↓'], action: 'moveRow' },
      { keys: ['Enter'], action: 'open' },
      { keys: ['Alt+Shift+D'], action: 'duplicateDocument' },
      { keys: ['Delete'], action: 'trash' },
      { keys: ['Ctrl+Z'], action: 'undoTrash' },
    ],
  },
  {
    group: 'editor',
    items: [
      { keys: ['Ctrl+S'], action: 'save' },
      { keys: ['Ctrl+Z'], action: 'undo' },
      { keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], action: 'redo' },
      { keys: ['Enter'], action: 'newParagraph' },
      { keys: ['Backspace'], action: 'joinParagraph' },
      { keys: ['Alt+↑', 'Alt+↓'], action: 'moveSection' },
      { keys: ['Alt+N'], action: 'addSection' },
      { keys: ['Alt+Shift+D'], action: 'duplicateSection' },
      { keys: ['Alt+Shift+Backspace'], action: 'deleteSection' },
      { keys: ['Ctrl+Enter'], action: 'addItem' },
      { keys: ['Tab', 'Shift+Tab'], action: 'nextField' },
      { keys: ['Alt+←'], action: 'back' },
    ],
  },
];
