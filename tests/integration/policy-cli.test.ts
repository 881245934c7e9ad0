import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { runBriefing } from '../helpers/briefing-bin';

/**
 * The administrator's policy file as the command line honours it: the real `briefing` bin in a
 * child process, the policy in a test root named by BRIEFING_POLICY_FILE.
 */
let dir = '';
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-policy-cli-')));
afterAll(async () => cleanup());

// no data dir from the environment: the policy and the flags decide
const briefing = (args: string[], env: Record<string, string> = {}) => runBriefing(args, { BRIEFING_DATA_DIR: '', BRIEFING_LANG: 'zh-CN', ...env });

let n = 0;
async function policy(content: unknown): Promise<Record<string, string>> {
  const root = path.join(dir, `etc-${++n}`, 'briefing-desk');
  await mkdir(root, { recursive: true });
  const file = path.join(root, 'policy.json');
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return { BRIEFING_POLICY_FILE: file, HOME: path.join(dir, 'home'), USER: 'wang' };
}

describe('the command line under a policy file', () => {
  it('uses a locked data folder and refuses another one, in one line', async () => {
    const env = await policy({ dataDir: { value: `${dir}/srv/\${USER}`, locked: true } });
    const created = briefing(['new', '--template', 'builtin-minutes-hans'], env);
    expect(created.code, created.err).toBe(0);
    expect(existsSync(path.join(dir, 'srv', 'wang', 'documents', `${created.out.trim()}.json`))).toBe(true);

    const other = briefing(['list', '--data-dir', path.join(dir, 'usb')], env);
    expect(other.code).toBe(2);
    expect(other.err.trim().split('\n')).toHaveLength(1);
    expect(other.err).toContain('此项由管理员的策略文件锁定');
    expect(existsSync(path.join(dir, 'usb'))).toBe(false);
  });

  it('writes only inside the data folder and the policy folders when the policy says so', async () => {
    const dataDir = path.join(dir, 'lib-confined');
    const exportDir = path.join(dir, 'share', '导出');
    const env = await policy({ dataDir, exportDir, allowWriteOutsideDataDir: { value: false, locked: true } });
    expect(briefing(['new', '--template', 'builtin-minutes-hans'], env).code).toBe(0);

    const outside = briefing(['backup', path.join(dir, 'elsewhere.zip')], env);
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/不能|不允许|允许/);
    expect(existsSync(path.join(dir, 'elsewhere.zip'))).toBe(false);

    const inExports = briefing(['backup', path.join(exportDir, 'lib.zip')], env);
    expect(inExports.code, inExports.err).toBe(0);
    expect(existsSync(path.join(exportDir, 'lib.zip'))).toBe(true);
    // reading is not writing: a restore from anywhere still works
    expect(briefing(['restore', path.join(exportDir, 'lib.zip')], env).code).toBe(0);

    // without a library too: export FILE.json --out is held to the same folders
    const html = briefing(['export', path.resolve('tests/fixtures/export/minutes-seed-hans.json'), '--format', 'html', '--out', path.join(dir, 'out.html')], env);
    expect(html.code).toBe(2);
    expect(html.err).toContain('pathNotAllowed');
    expect(existsSync(path.join(dir, 'out.html'))).toBe(false);
  });

  it('shows the policy in force with its locks', async () => {
    const env = await policy({ dataDir: path.join(dir, 'lib-show'), defaultIssuer: { value: '市人民政府办公室', locked: true }, uiLanguage: 'zh-TW' });
    const r = briefing(['policy'], env);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      policy: {
        status: 'applied',
        file: env.BRIEFING_POLICY_FILE,
        settings: { defaultIssuer: { value: '市人民政府办公室', locked: true }, uiLanguage: { value: 'zh-TW', locked: false } },
      },
      autoBackup: { enabled: false },
    });
  });

  it('reports a malformed policy file in one line and ignores it whole', async () => {
    const env = await policy({ dataDir: { value: path.join(dir, 'never'), locked: true }, backup: { dir: 'relative', intervalHours: 24, keep: 7 } });
    const lib = path.join(dir, 'lib-own');
    const r = briefing(['new', '--template', 'builtin-minutes-hans', '--data-dir', lib], env);
    expect(r.code).toBe(0);
    expect(r.err.trim().split('\n')).toEqual([expect.stringContaining('策略文件无效，已整体忽略')]);
    expect(r.err).toContain('backup.dir');
    expect(existsSync(path.join(dir, 'never'))).toBe(false);
    expect(existsSync(path.join(lib, 'documents'))).toBe(true);

    const notJson = await policy('{ "dataDir": ');
    const p = briefing(['policy', '--data-dir', lib], { ...notJson, BRIEFING_LANG: 'en' });
    expect(p.err).toContain('is not valid JSON');
    expect(JSON.parse(p.out)).toMatchObject({ policy: { status: 'invalid', problem: { reason: 'json' }, settings: {} } });
  });
});
