import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../electron/cli/commands/check';
import { importCommand } from '../../electron/cli/commands/import';
import { parseArgs, type Command } from '../../electron/cli/command';

const FIX = join(import.meta.dirname, '../fixtures/import');
const ROOT = join(import.meta.dirname, '../..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(command: Command, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await command.run(parseArgs(argv, command.valueFlags ?? []), {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: { BRIEFING_LANG: 'en' },
    cwd: dir,
  });
  return { code, out, err };
}

describe('briefing import', () => {
  it('prints the document in the app schema with removed noise and warnings', async () => {
    const { code, out } = await run(importCommand, ['--json', join(FIX, 'report-hant-damaged.txt')]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.meeting.chair).toEqual({ name: '陳志強', title: '市農業農村局黨組書記、局長' });
    expect(doc.sections.map((s: { kind: string }) => s.kind)).toContain('action-list');
    expect(doc.sections.find((s: { lead: string }) => s.lead === '陳局長強調').items).toHaveLength(3);
    expect(doc.removed.length).toBeGreaterThan(5);
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain('damaged');
  });

  it('converts on request and prints an outline without --json', async () => {
    const { out } = await run(importCommand, ['--to-simplified', join(FIX, 'report-hant-damaged.txt')]);
    expect(out).toContain('chair:     市农业农村局党组书记、局长 陈志强');
  });

  it('exits 2 with one clear line on unreadable input', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'bin.dat'), new Uint8Array([0, 1, 2, 3, 0, 0, 0, 7]));
    for (const [name, words] of [
      ['empty.txt', 'empty'],
      ['bin.dat', 'not a text file'],
      ['nope.txt', 'could not be read'],
    ] as const) {
      const { code, err } = await run(importCommand, [name]);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(words);
    }
  });
});

describe('briefing check', () => {
  it('checks a .txt exactly as written: 1-based line/column in code points, exit 1 on errors', async () => {
    await writeFile(join(dir, 'a.txt'), '标题\n𠀀会议指出,要抓落实\n一切正常。\n');
    const { code, out } = await run(checkCommand, ['--json', 'a.txt']);
    expect(code).toBe(1);
    const { diagnostics } = JSON.parse(out);
    expect(diagnostics).toEqual([{ rule: 'PUN-01', severity: 'error', message: 'Chinese text takes full-width punctuation: "," should be "，".', line: 2, column: 6, length: 1, fix: '，' }]);
  });

  it('checks a document JSON with section id and paragraph index; exit 0 with warnings only', async () => {
    const imported = await run(importCommand, ['--json', join(FIX, 'minutes-hans.txt')]);
    const doc = JSON.parse(imported.out);
    delete doc.removed;
    delete doc.warnings;
    delete doc.recognized;
    doc.sections[1].paragraphs[0] = '要求认真的贯彻落实';
    await writeFile(join(dir, 'doc.json'), JSON.stringify(doc, null, 2));
    const { code, out } = await run(checkCommand, ['--json', 'doc.json']);
    const { diagnostics } = JSON.parse(out);
    expect(code).toBe(0);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'LNG-01', severity: 'warning', fix: '地', sectionId: doc.sections[1].id, paragraph: 0, length: 1 });
    const line = JSON.stringify(doc, null, 2).split('\n')[diagnostics[0].line - 1]!;
    expect([...line][diagnostics[0].column - 1]).toBe('的');
  });

  it('refuses a JSON that is not a document', async () => {
    await writeFile(join(dir, 'x.json'), '{"hello": 1}');
    const { code, err } = await run(checkCommand, ['x.json']);
    expect(code).toBe(2);
    expect(err).toContain('not a Briefing Desk document');
  });

  it.skipIf(!existsSync(join(ROOT, 'bin/briefing.mjs')))('runs through bin/briefing.mjs', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin/briefing.mjs'), 'import', '--json', join(FIX, 'minutes-hans.txt')], {
      env: { ...process.env, BRIEFING_LANG: 'en' },
    });
    expect(JSON.parse(stdout).meeting.chair.name).toBe('李明华');
  });
});
