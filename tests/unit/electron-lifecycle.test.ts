import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { lookup } from '../../shared/i18n';
import { LOCALES } from '../../shared/model';
import { APP_DIR_NAME, DEV_APP_DIR_NAME, appDataDir, libraryDir, userDataDir } from '../../electron/services/app-dirs';
import { defaultDataDir } from '../../electron/cli/data-dir';
import { contextMenuTemplate, type ContextFacts } from '../../electron/main/context-menu-template';
import { otherDataDirRequested, printWindowHasParent, quitsWhenAllWindowsClosed, windowRequest } from '../../electron/main/lifecycle';
import { PRINT_CSP, appPrintCsp } from '../../electron/services/static/csp';
import { devServerOrigin } from '../../electron/main/policy';

describe('the app and the CLI find the same library on each platform', () => {
  const cases = [
    {
      platform: 'win32' as const,
      env: { APPDATA: 'C:\\Users\\李明\\AppData\\Roaming' },
      home: 'C:\\Users\\李明',
      installed: 'C:\\Users\\李明\\AppData\\Roaming\\briefing-desk\\data',
    },
    { platform: 'darwin' as const, env: {}, home: '/Users/liming', installed: '/Users/liming/Library/Application Support/briefing-desk/data' },
    { platform: 'linux' as const, env: {}, home: '/home/liming', installed: '/home/liming/.config/briefing-desk/data' },
    { platform: 'linux' as const, env: { XDG_CONFIG_HOME: '/srv/cfg' }, home: '/home/liming', installed: '/srv/cfg/briefing-desk/data' },
  ];
  for (const c of cases) {
    it(`${c.platform}${c.env && 'XDG_CONFIG_HOME' in c.env ? ' with XDG_CONFIG_HOME' : ''}`, () => {
      const facts = { platform: c.platform, env: c.env, home: c.home };
      const p = c.platform === 'win32' ? path.win32 : path.posix;
      // what electron/main sets as userData (installed), plus the data/ the app opens inside it
      const app = p.join(userDataDir(facts, true), 'data');
      expect(app).toBe(c.installed);
      expect(defaultDataDir(c.env, c.platform, c.home)).toBe(c.installed);
      expect(libraryDir(facts, true)).toBe(app);
      expect(p.basename(p.dirname(app))).toBe(APP_DIR_NAME);
    });
  }
  it('falls back to the profile folder when APPDATA is unset on Windows', () => {
    expect(appDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\u' })).toBe('C:\\Users\\u\\AppData\\Roaming');
  });
  it('keeps an unpackaged run (npm start, npm run dev) out of the installed library', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const facts = { platform, env: {}, home: platform === 'win32' ? 'C:\\Users\\u' : '/home/u' };
      const p = platform === 'win32' ? path.win32 : path.posix;
      expect(p.basename(userDataDir(facts, false))).toBe(DEV_APP_DIR_NAME);
      expect(userDataDir(facts, false)).not.toBe(userDataDir(facts, true));
      expect(p.dirname(userDataDir(facts, false))).toBe(p.dirname(userDataDir(facts, true)));
    }
  });
});

describe('life cycle rules', () => {
  it('quits when the last window closes, except on macOS', () => {
    expect(quitsWhenAllWindowsClosed('win32')).toBe(true);
    expect(quitsWhenAllWindowsClosed('linux')).toBe(true);
    expect(quitsWhenAllWindowsClosed('darwin')).toBe(false);
  });
  it('parents the print window to the main window except on macOS (hidden children reappear there)', () => {
    expect(printWindowHasParent('win32')).toBe(true);
    expect(printWindowHasParent('linux')).toBe(true);
    expect(printWindowHasParent('darwin')).toBe(false);
  });
  it('focuses the window, recreates it when closed, and waits before start', () => {
    expect(windowRequest({ started: true, hasWindow: true })).toBe('focus');
    expect(windowRequest({ started: true, hasWindow: false })).toBe('create');
    expect(windowRequest({ started: false, hasWindow: false })).toBe('wait');
  });
  it('notices a second launch asking for another data dir', () => {
    expect(otherDataDirRequested('/home/u/lib', ['electron', '.'], '/tmp', 'linux')).toBeNull();
    expect(otherDataDirRequested('/home/u/lib', ['electron', '.', '--data-dir', '/home/u/lib/'], '/tmp', 'linux')).toBeNull();
    expect(otherDataDirRequested('/home/u/lib', ['app', '--data-dir', 'lib'], '/home/u', 'linux')).toBeNull();
    expect(otherDataDirRequested('/home/u/lib', ['app', '--data-dir=/media/usb/库'], '/', 'linux')).toBe('/media/usb/库');
    expect(otherDataDirRequested('/home/u/lib', ['app', '--data-dir', 'usb'], '/media', 'linux')).toBe('/media/usb');
    expect(otherDataDirRequested('/home/u/Lib', ['app', '--data-dir', '/home/u/lib'], '/', 'linux')).toBe('/home/u/lib');
    expect(otherDataDirRequested('C:\\Data\\Lib', ['app.exe', '--data-dir', 'c:\\data\\lib'], 'C:\\', 'win32')).toBeNull();
    expect(otherDataDirRequested('C:\\Data\\Lib', ['app.exe', '--data-dir', 'E:\\简报库'], 'C:\\', 'win32')).toBe('E:\\简报库');
  });
});

const flags = (on: boolean): ContextFacts['editFlags'] => ({ canUndo: on, canRedo: on, canCut: on, canCopy: on, canPaste: on, canSelectAll: on });
const roles = (t: MenuItemConstructorOptions[]) => t.filter((i) => i.role).map((i) => i.role);

describe('context menu', () => {
  it('offers the edit roles in an editable field, enabled as Chromium says', () => {
    const t = contextMenuTemplate({ isEditable: true, selectionText: '', editFlags: { ...flags(false), canPaste: true, canSelectAll: true } }, 'zh-CN');
    expect(roles(t)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
    const enabled = Object.fromEntries(t.filter((i) => i.role).map((i) => [i.role, i.enabled]));
    expect(enabled).toEqual({ undo: false, redo: false, cut: false, copy: false, paste: true, pasteAndMatchStyle: true, selectAll: true });
  });
  it('offers copy on selected text outside a field, and nothing on a bare click', () => {
    expect(roles(contextMenuTemplate({ isEditable: false, selectionText: '会议纪要', editFlags: flags(true) }, 'en'))).toEqual(['copy']);
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags(true) }, 'en')).toEqual([]);
  });
  for (const locale of LOCALES) {
    it(`is labelled in ${locale}`, () => {
      const t = contextMenuTemplate({ isEditable: true, selectionText: 'x', editFlags: flags(true) }, locale);
      for (const item of t.filter((i) => i.role)) {
        expect(item.label, String(item.role)).toBe(lookup(locale, `menu.${String(item.role)}`, {}, 'shell'));
        expect(item.label).not.toMatch(/^menu\./);
      }
    });
  }
  it('says "paste as plain text" in each language', () => {
    expect(lookup('zh-CN', 'menu.pasteAndMatchStyle', {}, 'shell')).toBe('粘贴为纯文本');
    expect(lookup('zh-TW', 'menu.pasteAndMatchStyle', {}, 'shell')).toBe('貼上為純文字');
    expect(lookup('en', 'menu.pasteAndMatchStyle', {}, 'shell')).toBe('Paste as Plain Text');
  });
});

describe('print CSP in development', () => {
  it('is the packaged policy, unchanged, whenever there is no dev server', () => {
    expect(appPrintCsp(null)).toBe(PRINT_CSP);
    expect(appPrintCsp(devServerOrigin('http://localhost:5173/', true))).toBe(PRINT_CSP);
    expect(PRINT_CSP).toMatch(/frame-ancestors app:$/);
  });
  it('lets the loopback dev server frame print pages in npm run dev', () => {
    const origin = devServerOrigin('http://localhost:5173/', false);
    expect(appPrintCsp(origin)).toMatch(/frame-ancestors app: http:\/\/localhost:5173$/);
    expect(appPrintCsp('http://127.0.0.1:5174')).toMatch(/frame-ancestors app: http:\/\/127\.0\.0\.1:5174$/);
    // only the frame-ancestors directive differs
    expect(appPrintCsp(origin).replace(/frame-ancestors.*$/, '')).toBe(PRINT_CSP.replace(/frame-ancestors.*$/, ''));
  });
  it('never widens it for anything but a loopback http origin', () => {
    for (const bad of ['https://example.com', 'http://example.com:5173', 'http://localhost', "http://localhost:5173 'unsafe-inline'", '*', 'http://localhost:5173/; script-src *']) {
      expect(appPrintCsp(bad), bad).toBe(PRINT_CSP);
    }
  });
});
