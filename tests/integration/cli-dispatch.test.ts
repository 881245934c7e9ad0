import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { tempDir } from '../helpers/tmp';

// Issue 16: `import FILE`, `check FILE` and `export FILE.json` go through dispatch, as the library
// commands do. A request the channel's schema refuses never reaches the file or the renderer; the
// user gets the CLI's one line naming the field. Each case below passed through unchecked before.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-cli-dispatch-')));
afterAll(async () => cleanup());

async function briefing(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: { BRIEFING_LANG: 'en' }, cwd: dir });
  return { code, out, err };
}

describe('the file commands go through dispatch', () => {
  it('export FILE.json: layout options the export channel refuses are one line, and no file is written', async () => {
    const r = await briefing('export', path.join(FIXTURES, 'export/minutes-seed-hans.json'), '--format', 'html', '--out', 'long.html', '--watermark', '征求意见稿'.repeat(5));
    expect(r.code).toBe(2);
    // the contract's ExportRequest names the field as the app's request carries it: options.watermark
    expect(r.err).toMatch(/^briefing export: validation: options\.watermark\b.*\n$/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'long.html'))).toBe(false);
    // the same options within the limits still export, as before
    const ok = await briefing('export', path.join(FIXTURES, 'export/minutes-seed-hans.json'), '--format', 'html', '--out', 'ok.html', '--watermark', '征求意见稿');
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(dir, 'ok.html'))).toBe(true);
  });

  it('check FILE: a path longer than the channels take is refused before anything is read', async () => {
    const r = await briefing('check', `${'长'.repeat(4100)}.txt`);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    // the contract's FilePath limit, as for every channel that names a file
    expect(r.err).toMatch(/^briefing check: The data is not in the expected form \(path\)\. \(path: .*4096.*\)\n$/);
  });

  it('import FILE: a path longer than the channels take is refused before anything is read', async () => {
    const r = await briefing('import', `${'长'.repeat(4100)}.txt`);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^briefing import: The data is not in the expected form \(path\)\. \(path: .*4096.*\)\n$/);
  });

  it('a good file still imports and checks as before', async () => {
    const imported = await briefing('import', '--json', path.join(FIXTURES, 'import/minutes-hans.txt'));
    expect(imported.code).toBe(0);
    expect((JSON.parse(imported.out) as { sections: unknown[] }).sections.length).toBeGreaterThan(0);
    const checked = await briefing('check', '--json', path.join(FIXTURES, 'import/minutes-hans.txt'));
    expect([0, 1]).toContain(checked.code);
    expect(checked.err).toBe('');
    expect(JSON.parse(checked.out)).toHaveProperty('diagnostics');
  });
});
