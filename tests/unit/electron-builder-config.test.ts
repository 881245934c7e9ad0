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
  return targets.filter((t) => t.target === name).flatMap((t) => t.arch).sort();
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

  it('points at icons that exist', () => {
    for (const icon of [config.win.icon, config.mac.icon, `${config.linux.icon}/256x256.png`, `${config.linux.icon}/512x512.png`]) {
      expect(() => readFileSync(new URL(icon, root)), icon).not.toThrow();
    }
  });
});
