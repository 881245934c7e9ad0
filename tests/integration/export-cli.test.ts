import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../electron/cli/commands/export';
import { parseArgs, type CommandIO } from '../../electron/cli/command';
import { exportToFile } from '../../electron/services/export/export-file';
import { writeFileAtomic } from '../../electron/services/export/atomic-write';
import { contract } from '../../shared/api';

const FIXTURE = path.join(__dirname, '../fixtures/export/minutes-seed-hans.json');

async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: { BRIEFING_LANG: 'en' }, cwd };
  const code = await exportCommand.run(parseArgs(argv, exportCommand.valueFlags), io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('briefing export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'export-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a PDF and says how many pages', async () => {
    const r = await run([FIXTURE, '--format', 'pdf', '--layout', 'minutes', '--out', 'minutes.pdf'], dir);
    expect(r.code).toBe(0);
    // this machine has none of the preferred faces: each fallback is named, one line each
    for (const line of r.err.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^warning: The \w+ font is not installed; .+ was used instead\.$/);
    expect(r.out).toMatch(/^wrote .*minutes\.pdf \(5 pages, \d+ KB, \d+ ms\)\n$/);
    const pdf = readFileSync(path.join(dir, 'minutes.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('writes DOCX and HTML, converting the script on request', async () => {
    expect((await run([FIXTURE, '--format', 'docx', '--out', 'm.docx', '--script', 'hant'], dir)).code).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(dir, 'm.docx'))))['word/document.xml']!);
    expect(xml).toContain('請假：');
    expect((await run([FIXTURE, '--format', 'html', '--layout', 'report', '--out', 'm.html', '--watermark', '征求意见稿'], dir)).code).toBe(0);
    const html = readFileSync(path.join(dir, 'm.html'), 'utf8');
    expect(html).toContain('<div class="watermark" aria-hidden="true">征求意见稿</div>');
  });

  it('refuses bad input with exit 2 and one line, leaving nothing at PATH', async () => {
    writeFileSync(path.join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    writeFileSync(path.join(dir, 'wrong.json'), JSON.stringify({ schemaVersion: 1, title: 3 }));
    const cases: [string[], RegExp][] = [
      [[FIXTURE, '--format', 'odt', '--out', 'x.odt'], /--format must be pdf, docx or html/],
      [[FIXTURE, '--layout', 'letter', '--out', 'x.pdf'], /--layout must be/],
      [[FIXTURE, '--format', 'html'], /needs --out PATH/],
      [['missing.json', '--format', 'html', '--out', 'x.html'], /cannot read missing\.json: ENOENT/],
      [['broken.json', '--format', 'html', '--out', 'x.html'], /broken\.json is not valid JSON/],
      [['wrong.json', '--format', 'html', '--out', 'x.html'], /wrong\.json is not a Briefing Desk document/],
      [[FIXTURE, '--format', 'html', '--out', 'no/such/dir/x.html'], /unwritable/],
      [['--format', 'html', '--out', 'x.html'], /needs FILE\.json, or --data-dir DIR --id ID/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    expect(existsSync(path.join(dir, 'x.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.odt'))).toBe(false);
  });

  it('refuses to replace an existing file unless --force, and replaces it whole with it', async () => {
    writeFileSync(path.join(dir, 'keep.html'), 'precious');
    const r = await run([FIXTURE, '--format', 'html', '--out', 'keep.html'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/keep\.html exists; add --force/);
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toBe('precious');
    expect((await run([FIXTURE, '--format', 'html', '--out', 'keep.html', '--force'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports an output it cannot write and leaves no temp file behind (root-proof: no permission bits)', async () => {
    // A folder where the file should go: the temp file is written, then the rename fails (EISDIR).
    const parent = path.join(dir, 'target');
    mkdirSync(path.join(parent, 'x.html'), { recursive: true });
    const r = await run([FIXTURE, '--format', 'html', '--out', 'target/x.html', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(parent)).toEqual(['x.html']);
    expect(readdirSync(path.join(parent, 'x.html'))).toEqual([]);
    // A regular file where a folder should be (ENOTDIR).
    writeFileSync(path.join(dir, 'plain'), 'x');
    const r2 = await run([FIXTURE, '--format', 'html', '--out', 'plain/x.html'], dir);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/unwritable/);
  });
});

describe('briefing export --data-dir DIR --id ID', () => {
  it('exports a stored document and releases the store', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'export-store-'));
    try {
      const { createServices } = await import('../../electron/services');
      const services = await createServices({ dataDir: path.join(dir, 'data'), mode: 'cli' });
      const { doc } = await services.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: '局长办公会议纪要' });
      await services.close();
      const r = await run(['--data-dir', 'data', '--id', doc.id, '--format', 'docx', '--out', 'stored.docx'], dir);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(dir, 'stored.docx'))))['word/document.xml']!);
      expect(xml).toContain('局长办公会议纪要');
      const missing = await run(['--data-dir', 'data', '--id', 'no-such-doc', '--format', 'docx', '--out', 'x.docx'], dir);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/notFound/);
      // through the export channel's contract (dispatch), as the app and the host are: a watermark
      // longer than the layout allows is a one-line validation refusal, and nothing is written
      const long = await run(['--data-dir', 'data', '--id', doc.id, '--format', 'html', '--watermark', '密'.repeat(21), '--out', 'long.html'], dir);
      expect(long.code).toBe(2);
      expect(long.err).toMatch(/^briefing export: validation: /);
      expect(existsSync(path.join(dir, 'long.html'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('export service and contract', () => {
  it('never leaves a half-written file when rendering fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'export-atomic-'));
    try {
      const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
      const target = path.join(dir, 'out.pdf');
      writeFileSync(target, 'old');
      const printer = async () => ({
        print: async () => {
          throw new Error('printer crashed');
        },
        close: async () => undefined,
      });
      await expect(exportToFile({ doc, format: 'pdf', path: target, overwrite: true, printer })).rejects.toThrow('printer crashed');
      expect(readFileSync(target, 'utf8')).toBe('old');
      await writeFileAtomic(target, 'new', { overwrite: true });
      expect(readFileSync(target, 'utf8')).toBe('new');
      expect(readdirSync(dir)).toEqual(['out.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts either a document or an id, not both, and refuses extra fields', () => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const req = contract['export:pdf'].request;
    expect(req.safeParse({ doc, path: '/tmp/a.pdf' }).success).toBe(true);
    expect(req.safeParse({ id: 'doc-123456', path: '/tmp/a.pdf', layout: 'briefing', options: { script: 'hant' } }).success).toBe(true);
    expect(req.safeParse({ doc, id: 'doc-123456', path: '/tmp/a.pdf' }).success).toBe(false);
    expect(req.safeParse({ path: '/tmp/a.pdf' }).success).toBe(false);
    expect(req.safeParse({ doc, path: '/tmp/a.pdf', extra: 1 }).success).toBe(false);
    expect(req.safeParse({ doc, path: '/tmp/a.pdf', options: { watermark: 'x'.repeat(50) } }).success).toBe(false);
  });
});
