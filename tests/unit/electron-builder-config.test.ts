import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * Installers cannot be built here (no Electron download), so the config is held to
 * electron-builder's own JSON schema, with the same ajv options electron-builder validates with
 * (app-builder-lib/out/util/config/schemaValidator.js), and to what the office admins need.
 */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const Ajv = (require('ajv') as { default: new (o: object) => AjvLike }).default;
interface AjvLike {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params?: object }[] | null };
}

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema);

type Target = { target: string; arch: string[] };
interface Config {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  linux: { target: Target[]; category: string; maintainer: string; synopsis: string; icon: string };
  mac: { target: Target[]; icon: string };
}

function loadConfig(): Config {
  return yaml.load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as Config;
}

function errorsOf(config: unknown): string[] {
  // electron-builder coerces types in place; validate a copy so the assertions see the file.
  const ok = validate(structuredClone(config));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

function archesOf(targets: Target[], name: string): string[] {
  return targets
    .filter((t) => t.target === name)
    .flatMap((t) => t.arch)
    .sort();
}

describe('electron-builder.yml', () => {
  const config = loadConfig();

  it("is valid against electron-builder's schema", () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('fails validation on an invalid key or value (the check is real)', () => {
    expect(errorsOf({ ...config, notAnOption: true }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...config, nsis: { ...config.nsis, oneClik: false } }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...config, linux: { ...config.linux, target: [{ target: 'deb', arch: ['sparc'] }] } }).length).toBeGreaterThan(0);
  });

  it('names the app', () => {
    expect(config.appId).toBe('cn.briefingdesk.app');
    expect(config.productName).toBe('简报台');
    expect(config.directories.buildResources).toBe('build');
    expect(config.files).toContain('out/**');
  });

  it('builds what the admins deploy: NSIS and MSI x64, deb and AppImage x64+arm64, dmg x64+arm64', () => {
    expect(archesOf(config.win.target, 'nsis')).toEqual(['x64']);
    expect(archesOf(config.win.target, 'msi')).toEqual(['x64']);
    expect(archesOf(config.linux.target, 'deb')).toEqual(['arm64', 'x64']);
    expect(archesOf(config.linux.target, 'AppImage')).toEqual(['arm64', 'x64']);
    expect(archesOf(config.mac.target, 'dmg')).toEqual(['arm64', 'x64']);
  });

  it('offers an assisted NSIS install, per user or per machine, in Chinese and English', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, allowElevation: true, allowToChangeInstallationDirectory: true, multiLanguageInstaller: true });
    expect(config.nsis.perMachine).not.toBe(true); // true would remove the per-user choice
    expect(config.nsis.installerLanguages).toEqual(expect.arrayContaining(['zh_CN', 'en_US']));
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('describes the Linux packages for UOS/Kylin software centres', () => {
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux.synopsis.length).toBeGreaterThan(0);
  });

  it('decides the cookie-encryption fuse: off (no cookies, and no keyring prompt on Linux desktops)', () => {
    const text = readFileSync(new URL('electron-builder.yml', root), 'utf8');
    expect((config as unknown as { electronFuses: Record<string, boolean> }).electronFuses.enableCookieEncryption).toBe(false);
    // the reason stays next to the switch
    expect(text).toMatch(/keyring[\s\S]{0,400}enableCookieEncryption: false/);
  });

  it('points at icons that exist', () => {
    for (const icon of [config.win.icon, config.mac.icon, `${config.linux.icon}/256x256.png`, `${config.linux.icon}/512x512.png`]) {
      expect(() => readFileSync(new URL(icon, root)), icon).not.toThrow();
    }
  });
});

describe('electron-builder.linux.yml (the Linux packages)', () => {
  // electron-builder's own loader (extends, deep merge) and validation, and its own install path
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<unknown>;
    validateConfiguration(config: object, debug: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  const { installPrefix } = require('app-builder-lib/out/targets/LinuxTargetHelper') as { installPrefix: string };
  const { sanitizeFileName } = require('builder-util/out/filename') as { sanitizeFileName(s: string): string };
  const projectDir = new URL('.', root).pathname;
  const load = (file: string) => getConfig(projectDir, file, null) as Promise<Config & { electronFuses: object; linux: { desktop?: { entry: Record<string, string> } } }>;
  const debug = { isEnabled: false, add() {} };

  it('installs the deb to an ASCII folder under /opt (electron-builder: installPrefix + sanitized productName)', async () => {
    const linux = await load('electron-builder.linux.yml');
    await expect(validateConfiguration(linux, debug)).resolves.toBeUndefined();
    const installDir = `${installPrefix}/${sanitizeFileName(linux.productName)}`;
    expect(installDir).toBe('/opt/BriefingDesk');
    expect(installDir).toMatch(/^[\x21-\x7e]+$/);
    // the main file, used for Windows and macOS, would have installed to /opt/简报台
    expect(`${installPrefix}/${sanitizeFileName((await load('electron-builder.yml')).productName)}`).toBe('/opt/简报台');
  });

  it('is the main configuration with only the product name changed, and shows 简报台 in the menu', async () => {
    const [linux, main] = await Promise.all([load('electron-builder.linux.yml'), load('electron-builder.yml')]);
    expect(linux.appId).toBe(main.appId);
    expect(linux.electronFuses).toEqual(main.electronFuses);
    expect(archesOf(linux.linux.target, 'deb')).toEqual(['arm64', 'x64']);
    expect({ ...linux.linux, desktop: undefined }).toEqual({ ...main.linux, desktop: undefined });
    expect(linux.linux.desktop?.entry).toMatchObject({ Name: '简报台', 'Name[zh_TW]': '簡報台' });
  });
});
