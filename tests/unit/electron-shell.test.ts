import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { lookup } from '../../shared/i18n';
import { LOCALES } from '../../shared/model';
import { dataDirArg, resolveDataDir } from '../../electron/main/launch';
import { menuTemplate } from '../../electron/main/menu-template';
import { contentTypeFor } from '../../electron/services/static/mime';
import { PrintJobs } from '../../electron/main/print-jobs';
import { printJobId } from '../../electron/main/policy';

describe('data dir', () => {
  const fallback = () => '/home/u/.config/简报台/data';
  it('prefers --data-dir, then BRIEFING_DATA_DIR, then userData/data', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', '/mnt/usb/库'], { BRIEFING_DATA_DIR: '/env' }, fallback)).toBe('/mnt/usb/库');
    expect(resolveDataDir(['electron', '.', '--data-dir=/a b'], {}, fallback)).toBe('/a b');
    expect(resolveDataDir(['electron', '.'], { BRIEFING_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir(['electron', '.'], { BRIEFING_DATA_DIR: '  ' }, fallback)).toBe(fallback());
    expect(resolveDataDir(['electron', '.'], {}, fallback)).toBe(fallback());
  });
  it('ignores a --data-dir without a value and anything after --', () => {
    expect(dataDirArg(['--data-dir'])).toBeUndefined();
    expect(dataDirArg(['--data-dir', '--inspect'])).toBeUndefined();
    expect(dataDirArg(['--data-dir='])).toBeUndefined();
    expect(dataDirArg(['--', '--data-dir', '/x'])).toBeUndefined();
    expect(dataDirArg(['--data-dir', '/a', '--data-dir', '/b'])).toBe('/b');
  });
});

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [...(i.label ? [i.label] : []), ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);
}

describe('application menu', () => {
  for (const locale of LOCALES) {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      it(`is fully labelled in ${locale} on ${platform}`, () => {
        const template = menuTemplate({ locale, platform, dev: true, onAbout: () => {} });
        const all = labels(template);
        expect(all.length).toBeGreaterThan(10);
        // A missing key would come back as the key itself.
        for (const l of all) expect(l, l).not.toMatch(/^(menu|dialogs)\.|^app\.name$/);
      });
    }
  }
  it('uses the chosen language', () => {
    const zh = labels(menuTemplate({ locale: 'zh-CN', platform: 'win32', dev: false, onAbout: () => {} }));
    const tw = labels(menuTemplate({ locale: 'zh-TW', platform: 'win32', dev: false, onAbout: () => {} }));
    expect(zh).toContain(lookup('zh-CN', 'menu.edit', {}, 'shell'));
    expect(tw).toContain(lookup('zh-TW', 'menu.paste', {}, 'shell'));
    expect(zh).not.toEqual(tw);
  });
  it('offers developer tools and reload only in development', () => {
    const roles = (dev: boolean) => JSON.stringify(menuTemplate({ locale: 'en', platform: 'linux', dev, onAbout: () => {} }));
    expect(roles(false)).not.toMatch(/toggleDevTools|"reload"/);
    expect(roles(true)).toMatch(/toggleDevTools/);
  });
});

describe('app:// serving helpers', () => {
  it('types the files of the bundle', () => {
    expect(contentTypeFor('/r/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/r/assets/index-A1.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/r/assets/index-A1.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('/r/fonts/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/LICENSE')).toBe('application/octet-stream');
  });
  it('holds print jobs only until removed, at URLs the protocol recognises', () => {
    const jobs = new PrintJobs();
    const a = jobs.add('<html><title>纪要</title></html>');
    const b = jobs.add('<html></html>');
    expect(a.id).not.toBe(b.id);
    expect(printJobId(a.url)).toBe(a.id);
    expect(jobs.get(a.id)).toContain('纪要');
    jobs.remove(a.id);
    expect(jobs.get(a.id)).toBeUndefined();
    expect(jobs.size).toBe(1);
  });
});
