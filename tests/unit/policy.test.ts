import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { DEFAULT_SETTINGS, expandVariables } from '../../shared/model';
import { loadPolicy, policyFilePath } from '../../electron/services/policy/load';
import { assertSettingsAllowed, dataDirUnderPolicy, overlaySettings } from '../../electron/services/policy/apply';
import { tempDir } from '../helpers/tmp';

let dir = '';
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-policy-')));
afterAll(async () => cleanup());

const linux = (env: Record<string, string> = {}) => ({ platform: 'linux' as const, env: { USER: 'wang', ...env }, home: '/home/wang' });
let n = 0;
async function policyFile(content: string): Promise<string> {
  const file = path.join(dir, `policy-${++n}.json`);
  await writeFile(file, content);
  return file;
}

describe('where the policy file is looked for', () => {
  it('is one administrator-owned place per OS, overridable for tests', () => {
    expect(policyFilePath({ platform: 'win32', env: { ProgramData: 'D:\\ProgramData' }, home: 'C:\\Users\\wang' })).toBe('D:\\ProgramData\\briefing-desk\\policy.json');
    expect(policyFilePath({ platform: 'win32', env: {}, home: 'C:\\Users\\wang' })).toBe('C:\\ProgramData\\briefing-desk\\policy.json');
    expect(policyFilePath(linux())).toBe('/etc/briefing-desk/policy.json');
    expect(policyFilePath({ platform: 'darwin', env: {}, home: '/Users/wang' })).toBe('/Library/Application Support/briefing-desk/policy.json');
    expect(policyFilePath(linux({ BRIEFING_POLICY_FILE: '/tmp/p.json' }))).toBe('/tmp/p.json');
  });
});

describe('loading a policy file', () => {
  it('is none when there is no file', async () => {
    expect(await loadPolicy(linux(), path.join(dir, 'absent.json'))).toMatchObject({ status: 'none', policy: {} });
  });

  it('reads plain values as unlocked defaults and {value, locked} as locks, expanding variables', async () => {
    const file = await policyFile(
      `\uFEFF${JSON.stringify({
        comment: '市政府办公室 2026',
        dataDir: { value: '/srv/简报台/${USER}', locked: true },
        defaultIssuer: '市人民政府办公室',
        uiLanguage: { value: 'zh-TW', locked: true },
        defaultSeries: { id: 'zwxx', name: '政务信息' },
        exportDir: '${HOME}/导出',
        templatesDir: { value: '/mnt/share/模板', locked: true },
        backup: { value: { dir: '~/备份', intervalHours: 24, keep: 7 }, locked: true },
        allowWriteOutsideDataDir: false,
      })}`,
    );
    const loaded = await loadPolicy(linux(), file);
    expect(loaded.status).toBe('applied');
    expect(loaded.policy).toEqual({
      dataDir: { value: '/srv/简报台/wang', locked: true },
      defaultIssuer: { value: '市人民政府办公室', locked: false },
      uiLanguage: { value: 'zh-TW', locked: true },
      defaultSeries: { value: { id: 'zwxx', name: '政务信息' }, locked: false },
      exportDir: { value: '/home/wang/导出', locked: false },
      templatesDir: { value: '/mnt/share/模板', locked: true },
      backup: { value: { dir: '/home/wang/备份', intervalHours: 24, keep: 7 }, locked: true },
      allowWriteOutsideDataDir: { value: false, locked: false },
    });
  });

  it('expands Windows %VARIABLES% case-insensitively and takes drive paths as absolute', async () => {
    const file = await policyFile(JSON.stringify({ dataDir: { value: 'D:\\简报台\\%UserName%', locked: true } }));
    const loaded = await loadPolicy({ platform: 'win32', env: { USERNAME: 'wang' }, home: 'C:\\Users\\wang' }, file);
    expect(loaded.policy.dataDir).toEqual({ value: 'D:\\简报台\\wang', locked: true });
  });

  it.each([
    ['not JSON', '{ "dataDir": ', 'json'],
    ['an unknown key', JSON.stringify({ dataDir: '/a', telemetry: true }), 'schema'],
    ['a wrong type', JSON.stringify({ uiLanguage: 'fr' }), 'schema'],
    ['a backup that keeps none', JSON.stringify({ backup: { dir: '/b', intervalHours: 24, keep: 0 } }), 'schema'],
    ['an unset variable', JSON.stringify({ dataDir: '/srv/${NO_SUCH_VAR}' }), 'variable'],
    ['a relative path', JSON.stringify({ exportDir: '导出' }), 'notAbsolute'],
  ])('ignores the whole file for %s, saying why', async (_name, content, reason) => {
    // a good key beside the bad one: nothing of the file applies
    const text = content.startsWith('{ "dataDir": ') ? content : JSON.stringify({ defaultIssuer: { value: '办公室', locked: true }, ...JSON.parse(content) });
    const loaded = await loadPolicy(linux(), await policyFile(text));
    expect(loaded.status).toBe('invalid');
    expect(loaded.policy).toEqual({});
    expect(loaded.problem?.reason).toBe(reason);
    expect(loaded.problem?.detail).not.toBe('');
  });

  it('reports a folder where the file should be as unreadable', async () => {
    const folder = path.join(dir, 'policy-folder.json');
    await mkdir(folder);
    expect(await loadPolicy(linux(), folder)).toMatchObject({ status: 'invalid', problem: { reason: 'unreadable' } });
  });
});

describe('applying a policy', () => {
  const policy = { uiLanguage: { value: 'en' as const, locked: true }, defaultIssuer: { value: '办公室', locked: false } };

  it('shows locked values over the library settings, and refuses to change them', () => {
    expect(overlaySettings({ ...DEFAULT_SETTINGS, locale: 'zh-CN', issuer: '我的单位' }, policy)).toMatchObject({ locale: 'en', issuer: '我的单位' });
    expect(() => assertSettingsAllowed({ locale: 'zh-TW' }, policy)).toThrow(AppError);
    expect(() => assertSettingsAllowed({ locale: 'en', issuer: '另一单位', zoom: 2 }, policy)).not.toThrow();
  });

  it('puts a locked data folder first, refusing another one in the CLI', () => {
    const locked = { dataDir: { value: '/srv/lib', locked: true } };
    expect(dataDirUnderPolicy(locked, undefined, () => '/default')).toBe('/srv/lib');
    expect(() => dataDirUnderPolicy(locked, '/usb/lib', () => '/default')).toThrow(/locked/);
    expect(dataDirUnderPolicy(locked, '/usb/lib', () => '/default', 'usePolicy')).toBe('/srv/lib');
    const unlocked = { dataDir: { value: '/srv/lib', locked: false } };
    expect(dataDirUnderPolicy(unlocked, '/usb/lib', () => '/default')).toBe('/usb/lib');
    expect(dataDirUnderPolicy(unlocked, undefined, () => '/default')).toBe('/srv/lib');
    expect(dataDirUnderPolicy({}, undefined, () => '/default')).toBe('/default');
  });

  it('expands variables strictly', () => {
    expect(expandVariables('${A}/%b%', { A: 'x', B: 'y' })).toEqual({ ok: true, value: 'x/y' });
    expect(expandVariables('/srv/${EMPTY}', { EMPTY: '' })).toEqual({ ok: false, name: 'EMPTY' });
  });
});
