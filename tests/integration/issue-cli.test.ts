import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, type CommandIO } from '../../electron/cli/command';
import { issueCommand } from '../../electron/cli/commands/issue';
import { ISSUE_REPORTS, importedReport } from '../helpers/issue-fixture';

async function run(argv: string[], cwd: string, lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: { BRIEFING_LANG: lang }, cwd };
  const code = await issueCommand.run(parseArgs(argv, issueCommand.valueFlags), io);
  return { code, out: out.join(''), err: err.join('') };
}

const FLAGS = [
  '--name',
  '工作简报',
  '--number',
  '5',
  '--total',
  '123',
  '--issuer',
  '某市人民政府办公室',
  '--date',
  '2026-03-05',
  '--to',
  '市委办公室，市政府办公室',
  '--cc',
  '市人大常委会办公室',
  '--down',
  '各县（市、区）人民政府',
  '--copies',
  '120',
];

describe('briefing issue', () => {
  let dir: string;
  const items = ISSUE_REPORTS.map((_, i) => `item-${i + 1}.json`);
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'issue-cli-'));
    // document files as `briefing show` writes them: the three real reports, imported
    ISSUE_REPORTS.forEach((name, i) => writeFileSync(path.join(dir, items[i]!), JSON.stringify(importedReport(name), null, 2)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles the files in order into one issue: HTML and DOCX', async () => {
    const html = await run([...items, ...FLAGS, '--format', 'html', '--out', 'issue.html'], dir);
    expect(html.code, html.err).toBe(0);
    expect(html.out).toMatch(/^wrote .*issue\.html \(\d+ KB, \d+ ms\)\n$/);
    const page = readFileSync(path.join(dir, 'issue.html'), 'utf8');
    expect(page).toContain('第5期（总第123期）');
    expect(page).toContain('本期要目');
    // the items in the order of the files, each titled (an untitled report by its meeting's name)
    const docs = items.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; title: string; meeting: { name: string } });
    const titles = [...page.matchAll(/<h1 class="title item-title[^>]*><span>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(titles).toEqual(docs.map((d) => d.title.trim() || d.meeting.name.trim()));
    expect(titles.every((t) => t && t.length > 4)).toBe(true);
    expect(page).toContain('报：市委办公室，市政府办公室。');
    expect(page).toContain('发：各县（市、区）人民政府。');
    expect(page).toContain('（共印120份）');

    const docx = await run([...items.slice(0, 2), ...FLAGS, '--kind', 'supplement', '--format', 'docx', '--out', 'issue.docx'], dir);
    expect(docx.code, docx.err).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(dir, 'issue.docx'))))['word/document.xml']!);
    expect(xml).toContain('增刊第5期');
    expect(xml).not.toContain('总第123期');
  });

  it('prints a PDF through Chromium', async () => {
    const r = await run([...items, ...FLAGS, '--separator', 'rule', '--format', 'pdf', '--out', 'issue.pdf'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^wrote .*issue\.pdf \([3-9] pages, \d+ KB, \d+ ms\)\n$/);
    const bytes = readFileSync(path.join(dir, 'issue.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it("refuses bad input with exit 2 and one line in the user's language, leaving nothing at PATH", async () => {
    writeFileSync(path.join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    const cases: [string[], RegExp][] = [
      [[...FLAGS, '--format', 'html', '--out', 'x.html'], /needs at least one document file/],
      [[items[0]!, ...FLAGS, '--number', '0', '--format', 'html', '--out', 'x.html'], /--number must be a whole number from 1/],
      [[items[0]!, ...FLAGS, '--total', 'abc', '--format', 'html', '--out', 'x.html'], /--total must be a whole number/],
      [[items[0]!, ...FLAGS, '--date', '2026-02-30', '--format', 'html', '--out', 'x.html'], /--date must be a real date/],
      [[items[0]!, ...FLAGS, '--copies', '-3', '--format', 'html', '--out', 'x.html'], /--copies must be a whole number/],
      [[items[0]!, ...FLAGS, '--separator', 'stars', '--format', 'html', '--out', 'x.html'], /--separator must be rule or blank/],
      [[items[0]!, '--number', '5', '--issuer', 'X', '--format', 'html', '--out', 'x.html'], /needs --name/],
      [[items[0]!, ...FLAGS, '--format', 'odt', '--out', 'x.odt'], /--format must be pdf, docx or html/],
      [[items[0]!, ...FLAGS, '--format', 'html'], /needs --out PATH/],
      [[items[0]!, 'missing.json', ...FLAGS, '--format', 'html', '--out', 'x.html'], /cannot read missing\.json: ENOENT/],
      [[items[0]!, 'broken.json', ...FLAGS, '--format', 'html', '--out', 'x.html'], /broken\.json is not valid JSON/],
      [[items[0]!, ...FLAGS, '--name', '工作\u0007简报', '--format', 'html', '--out', 'x.html'], /--name is not valid/],
      [[items[0]!, ...FLAGS, '--format', 'html', '--out', 'no/such/dir/x.html'], /unwritable/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/^briefing issue: [^\n]+\n$/);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
    expect(existsSync(path.join(dir, 'x.html'))).toBe(false);
    const zh = await run([items[0]!, ...FLAGS, '--number', 'x', '--format', 'html', '--out', 'x.html'], dir, 'zh-CN');
    expect(zh.err).toMatch(/^briefing issue: --number 须为 1 到 1000000 之间的整数，收到“x”\n$/);
  });

  it('never replaces an existing file without --force', async () => {
    writeFileSync(path.join(dir, 'keep.html'), 'old');
    const r = await run([items[0]!, ...FLAGS, '--format', 'html', '--out', 'keep.html'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/keep\.html exists; add --force to replace it/);
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toBe('old');
    expect((await run([items[0]!, ...FLAGS, '--format', 'html', '--out', 'keep.html', '--force'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toContain('<!doctype html>');
  });
});
