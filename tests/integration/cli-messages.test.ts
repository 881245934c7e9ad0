import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

/** The real `briefing` bin in a child process: every refusal is one line, in the user's language, inert on a terminal. */
let work: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => (work = await tempDir('briefing-climsg-')));
afterAll(async () => work.cleanup());

function briefing(args: string[], lang = 'en') {
  const r = spawnSync(process.execPath, [path.resolve('bin/briefing.mjs'), ...args], { encoding: 'utf8', cwd: work.dir, env: { ...process.env, BRIEFING_LANG: lang } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectOneLine(err: string): void {
  expect(err.endsWith('\n'), err).toBe(true);
  expect(err.trimEnd().split('\n'), err).toHaveLength(1);
}

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('CLI messages', () => {
  it('a schema-invalid archive is one line naming the first problem, in each language', async () => {
    const archive = path.join(work.dir, 'bad.zip');
    const manifest = { format: 'briefing-desk/library', version: 1, createdAt: 'x', documents: [{ id: 'dbad000001', trashed: false }] };
    const doc = { format: 'briefing-desk/document', schemaVersion: 1, doc: { id: 'dbad000001', title: 5, sections: 'no' }, history: [] };
    await writeFile(
      archive,
      zipSync({
        'manifest.json': strToU8(JSON.stringify(manifest)),
        'documents/dbad000001.json': strToU8(JSON.stringify(doc)),
        'templates.json': strToU8('[]'),
        'settings.json': strToU8('{}'),
      }),
    );
    for (const [lang, words] of [
      ['en', 'invalid or damaged'],
      ['zh-CN', '备份文件无效'],
      ['zh-TW', '備份檔案無效'],
    ] as const) {
      const r = briefing(['restore', archive, '--data-dir', path.join(work.dir, 'lib')], lang);
      expect(r.code).toBe(2);
      expectOneLine(r.err);
      expect(r.err).toContain('documents/dbad000001.json');
      expect(r.err.toLowerCase()).toContain(words.toLowerCase());
    }
  });

  it('check on a huge file says it is too large', async () => {
    const huge = path.join(work.dir, 'huge.json');
    await writeFile(huge, JSON.stringify({ schemaVersion: 1, id: 'd1234567', title: 'x'.repeat(25 * 1024 * 1024) }));
    const r = briefing(['check', huge]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toMatch(/too long|limit/);
    expect(r.err).not.toContain('([)');
    expect(briefing(['check', huge], 'zh-CN').err).toContain('上限');
  });

  it('export and check never echo terminal control sequences from the input', async () => {
    const evil = path.join(work.dir, 'evil.json');
    await writeFile(evil, '\u001b]0;pwned\u0007\u001b[31mRED\u009b2J');
    for (const args of [
      ['export', evil, '--format', 'html', '--out', path.join(work.dir, 'o.html')],
      ['check', evil],
    ]) {
      const r = briefing(args);
      expect(r.code).toBe(2);
      expectOneLine(r.err);
      expect(r.err).not.toMatch(TERMINAL_CONTROLS);
      expect(r.err).toContain('\\u001b');
    }
  });

  it('backup refuses to overwrite an existing file unless --force', async () => {
    const lib = path.join(work.dir, 'lib2');
    expect(briefing(['new', '--template', 'builtin-minutes-hans', '--data-dir', lib]).code).toBe(0);
    const target = path.join(work.dir, 'keep.bdbackup');
    await writeFile(target, 'an earlier backup');
    const refused = briefing(['backup', target, '--data-dir', lib]);
    expect(refused.code).toBe(2);
    expectOneLine(refused.err);
    expect(refused.err).toContain('--force');
    expect(briefing(['backup', target, '--data-dir', lib], 'zh-TW').err).toContain('覆寫');
    expect(await readFile(target, 'utf8')).toBe('an earlier backup');
    const forced = briefing(['backup', target, '--force', '--data-dir', lib]);
    expect(forced.code, forced.err).toBe(0);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  });
});
