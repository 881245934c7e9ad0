import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../electron/preload/bridge';
import { menuTemplate } from '../../electron/main/menu-template';
import { runKeyAction, runMenuAction } from '../../renderer/src/common/actions';
import { ACTIONS, accelerator, ariaKeys, matchesAction, shortcutSheet, type ActionId, type ActionSpec, type KeyEventLike } from '../../shared/actions/table';

const key = (k: string, code: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the action table', () => {
  it('has unique ids and every sheet label exists in all three languages', async () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { lookup } = await import('../../shared/i18n');
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) for (const a of ACTIONS) expect(lookup(locale, `shortcuts.action.${a.sheet}`, {}, 'library')).not.toMatch(/^shortcuts\./);
  });

  it('matches keys with exact modifiers, letters by physical key, punctuation whatever Shift', () => {
    expect(matchesAction(key('z', 'KeyZ', { ctrlKey: true }), 'editor.undo')).toBe(true);
    expect(matchesAction(key('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), 'editor.undo')).toBe(false);
    expect(matchesAction(key('Z', 'KeyZ', { metaKey: true, shiftKey: true }), 'editor.redo')).toBe(true);
    expect(matchesAction(key('˜', 'KeyN', { altKey: true }), 'editor.addSection')).toBe(true); // Alt+N on a Mac
    expect(matchesAction(key('n', 'KeyN', { altKey: true, ctrlKey: true }), 'editor.addSection')).toBe(false);
    expect(matchesAction(key('+', 'Equal', { ctrlKey: true, shiftKey: true }), 'app.zoomIn')).toBe(true);
    expect(matchesAction(key('ArrowUp', 'ArrowUp', { altKey: true }), 'editor.moveUp')).toBe(true);
    expect(matchesAction(key('ArrowUp', 'ArrowUp'), 'editor.moveUp')).toBe(false);
    expect(matchesAction(key('/', 'Slash'), 'library.search')).toBe(true);
  });

  it('derives aria-keyshortcuts, the sheet and menu accelerators from the same keys', () => {
    expect(ariaKeys('editor.redo')).toBe('Control+Y Control+Shift+Z');
    expect(ariaKeys('editor.back')).toBe('Alt+ArrowLeft');
    expect(ariaKeys('library.search')).toBe('Control+F /');
    expect(accelerator('editor.save')).toBe('CmdOrCtrl+S');
    expect(accelerator('app.shortcuts')).toBe('F1');
    const sheet = shortcutSheet();
    expect(sheet.map((g) => g.group)).toEqual(['everywhere', 'library', 'editor']);
    const editor = sheet.find((g) => g.group === 'editor')!.items;
    expect(editor.find((r) => r.action === 'moveSection')!.keys).toEqual(['Alt+↑', 'Alt+↓']);
    expect(sheet[0]!.items.find((r) => r.action === 'zoom')!.keys).toEqual(['Ctrl+=', 'Ctrl+-', 'Ctrl+0']);
  });

  it("puts the table's menu actions in the menu, and a click sends the id", () => {
    const onAction = vi.fn();
    const template = menuTemplate({ locale: 'zh-CN', platform: 'linux', dev: false, onAbout: () => {}, onAction });
    const items = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    const menuIds = (ACTIONS as readonly ActionSpec[]).filter((a) => a.menu).map((a) => a.id);
    expect(menuIds.length).toBeGreaterThan(0);
    for (const id of menuIds) {
      const item = items.find((i) => i.id === id)!;
      expect(item.accelerator).toBe(accelerator(id as ActionId));
      expect(item.registerAccelerator).toBe(false);
      (item.click as () => void)();
      expect(onAction).toHaveBeenLastCalledWith(id);
    }
    expect(items.find((i) => i.id === 'editor.save')!.label).toBe('立即保存');
  });

  it('the preload lets through only ids of the table', () => {
    let deliver: (payload: unknown) => void = () => {};
    const unsubscribe = vi.fn();
    const bridge = createBridge(
      async () => null,
      (l) => ((deliver = l), unsubscribe),
    );
    const got: string[] = [];
    const off = bridge.onAction((id) => got.push(id));
    for (const p of ['editor.save', 'editor.nope', '__proto__', 42, null, { id: 'editor.save' }, 'app.shortcuts']) deliver(p);
    expect(got).toEqual(['editor.save', 'app.shortcuts']);
    off();
    expect(unsubscribe).toHaveBeenCalled();
  });
});

describe("the Edit menu's Undo and Redo", () => {
  it('are items of the action table, not Electron roles that undo inside a textarea', () => {
    const onAction = vi.fn();
    const template = menuTemplate({ locale: 'zh-TW', platform: 'win32', dev: false, onAbout: () => {}, onAction });
    const edit = template.find((m) => Array.isArray(m.submenu) && m.submenu.some((i) => i.id === 'app.undo'))!;
    const items = edit.submenu as MenuItemConstructorOptions[];
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    const undo = items.find((i) => i.id === 'app.undo')!;
    expect(undo).toMatchObject({ label: '復原', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    (items.find((i) => i.id === 'app.redo')!.click as () => void)();
    expect(onAction).toHaveBeenLastCalledWith('app.redo');
  });

  it('run the view that owns undo; with none, the focused field undoes itself', () => {
    const execCommand = vi.fn(() => true);
    // no view mounted: the field's native undo
    expect(runMenuAction('app.undo', { execCommand })).toBe(true);
    expect(execCommand).toHaveBeenLastCalledWith('undo');
    expect(runMenuAction('app.redo', { execCommand })).toBe(true);
    expect(execCommand).toHaveBeenLastCalledWith('redo');
    // never a key binding or a row of the sheet of their own
    expect(matchesAction(key('z', 'KeyZ', { ctrlKey: true }), 'app.undo')).toBe(true);
    expect(runKeyAction(key('z', 'KeyZ', { ctrlKey: true }), 'everywhere', { 'app.undo': () => execCommand() })).toBe(false);
    expect(shortcutSheet()[0]!.items.some((r) => r.action === 'undo')).toBe(false);
  });
});
