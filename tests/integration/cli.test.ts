import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { runBriefing } from '../helpers/briefing-bin';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-cli-')));
afterAll(async () => cleanup());

const briefing = runBriefing;

describe('briefing command line', () => {
  it('creates, lists and shows documents in a data dir', () => {
    const dataDir = path.join(dir, 'lib');
    const created = briefing(['new', '--template', 'builtin-topic-report-hant', '--title', '市科技局召開專題會', '--data-dir', dataDir]);
    expect(created.code).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^d[0-9a-z]{6,}$/);
    const listed = briefing(['list', '--json'], { BRIEFING_DATA_DIR: dataDir });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toMatchObject([{ id, title: '市科技局召開專題會', kind: 'report', script: 'hant' }]);
    const shown = briefing(['show', id, '--data-dir', dataDir]);
    expect(JSON.parse(shown.out)).toMatchObject({ id, sections: [{ kind: 'text' }, { lead: '會議指出' }, { lead: '會議強調' }, { kind: 'action-list' }] });
  });

  it('backs up and restores a library', () => {
    const from = path.join(dir, 'from');
    const to = path.join(dir, 'to');
    briefing(['new', '--template', 'builtin-minutes-hans', '--data-dir', from]);
    const archive = path.join(dir, 'lib.bdbackup');
    expect(briefing(['backup', archive, '--data-dir', from]).code).toBe(0);
    const restored = briefing(['restore', archive, '--data-dir', to]);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ added: 1 });
    expect(JSON.parse(briefing(['list', '--json', '--data-dir', to]).out)).toHaveLength(1);
  });

  it('exits 2 with a one-line reason on bad input', () => {
    const cases = [
      briefing(['show', 'no-such-doc', '--data-dir', path.join(dir, 'x')]),
      briefing(['new', '--data-dir', path.join(dir, 'x')]),
      briefing(['new', '--template', 'nope', '--data-dir', path.join(dir, 'x')]),
      briefing(['frobnicate']),
      briefing(['list', '--data-dir', path.join('/proc', 'version', 'x')]),
      briefing(['restore', path.join(dir, 'missing.zip'), '--data-dir', path.join(dir, 'x')]),
    ];
    for (const c of cases) {
      expect(c.code, c.err).toBe(2);
      expect(c.err.trim().length).toBeGreaterThan(0);
    }
    expect(cases[0]!.err).toMatch(/^briefing show: The document was not found/);
    expect(cases[1]!.err.trim()).toBe('briefing new: new needs --template T');
    expect(cases[4]!.err).toMatch(/Cannot write to the data folder/);
    expect(cases[0]!.err.trim().split('\n')).toHaveLength(1);
  });

  it('speaks Chinese when the environment does', () => {
    const r = briefing(['show', 'dmissing1', '--data-dir', path.join(dir, 'zh')], { BRIEFING_LANG: 'zh_CN.UTF-8' });
    expect(r.err).toContain('找不到该文档');
  });
});
