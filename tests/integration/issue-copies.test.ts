import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { issueChannels } from '../../shared/api/channels/issues';
import { blankItem, newSeries } from '../../shared/model';
import { createServices } from '../../electron/services';
import { steppingClock } from '../helpers/tmp';
import { parseArgs, type CommandIO } from '../../electron/cli/command';
import { issueCommand } from '../../electron/cli/commands/issue';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import type { PdfPrinter, PdfPrintOptions } from '../../electron/services/ports/pdf-printer';
import { exportIssueToFile } from '../../electron/services/export/issue-export';
import { DOCX_FONTS, FALLBACK_FONTS, FONT_ROLES } from '../../shared/layout/fonts';
import { importedReport, threeReportIssue } from '../helpers/issue-fixture';

/**
 * Numbered copies (编号, issue 9): one file holding N copies of a controlled issue, each with its
 * own six-digit copy number top right on its first page and its page numbers restarting at — 1 —.
 * Read back page by page with pdftotext (poppler), as a checker at the print shop would.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

async function run(argv: string[], cwd: string, lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: { BRIEFING_LANG: lang }, cwd };
  const code = await issueCommand.run(parseArgs(argv, issueCommand.valueFlags), io);
  return { code, out: out.join(''), err: err.join('') };
}

/** Each page's text, pdftotext -layout, one call per page. */
function pagesOf(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
}

/** The "— N —" page number printed on a page (GB/T 9704 §7.5). */
function pageNumberOf(text: string): number | null {
  const all = [...text.matchAll(/—\s*(\d+)\s*—/g)];
  return all.length ? Number(all[all.length - 1]![1]) : null;
}

/** Every six-digit run standing alone on the page: the 编号 is the only one the issue prints. */
function copyNumbersOn(text: string): string[] {
  return [...text.matchAll(/(?<!\d)(\d{6})(?!\d)/g)].map((m) => m[1]!);
}

/** pdffonts rows: name, whether embedded. */
function fontsOf(file: string): { name: string; emb: boolean }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [encoding…] emb sub uni object ID: emb is the fifth column from the end
      return { name: cols[0]!, emb: cols[cols.length - 5] === 'yes' };
    });
}

const FLAGS = ['--name', '工作简报', '--number', '7', '--issuer', '某市人民政府办公室', '--date', '2026-03-05', '--classification', '内部资料　注意保存', '--to', '市委办公室', '--copies', '40'];

describe('numbered copies (编号)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'issue-copies-'));
    writeFileSync(path.join(dir, 'item.json'), JSON.stringify(importedReport('report-06.txt')));
    writeFileSync(path.join(dir, 'item2.json'), JSON.stringify(importedReport('report-02.txt')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('PDF through the CLI: --copy-range 21-23 (a reprint)', () => {
    let single: string[];
    let copies: string[];
    beforeAll(async () => {
      const one = await run(['item.json', 'item2.json', ...FLAGS, '--format', 'pdf', '--out', 'one.pdf'], dir);
      expect(one.code, one.err).toBe(0);
      const three = await run(['item.json', 'item2.json', ...FLAGS, '--copy-range', '21-23', '--format', 'pdf', '--out', 'copies.pdf'], dir);
      expect(three.code, three.err).toBe(0);
      expect(three.out).toMatch(/^wrote .*copies\.pdf \(\d+ pages, /);
      single = pagesOf(path.join(dir, 'one.pdf'));
      copies = pagesOf(path.join(dir, 'copies.pdf'));
    }, 180_000);

    /** Pages from one copy's first page to the next's: a copy of odd length gets a blank back (duplex). */
    const stride = () => single.length + (single.length % 2);

    it('holds N × the pages of one copy, each copy starting on a sheet of its own', () => {
      expect(single.length).toBeGreaterThanOrEqual(2);
      expect(copies.length).toBe(2 * stride() + single.length);
      for (let c = 0; c < 2; c++) if (single.length % 2) expect(copies[c * stride() + single.length]!.trim(), 'blank back').toBe('');
    });

    it("prints each copy's 编号 on its first page only, top right, and none on the plain issue", () => {
      const S = stride();
      expect(single.flatMap(copyNumbersOn)).toEqual([]);
      copies.forEach((text, i) => {
        const expected = i % S === 0 ? [String(21 + i / S).padStart(6, '0')] : [];
        expect(copyNumbersOn(text), `page ${i + 1}`).toEqual(expected);
      });
      // flush right on the classification line (L1): the first line with text ends in the number
      const firstLine = copies[S]!.split('\n').find((l) => l.trim())!;
      expect(firstLine).toMatch(/内部资料\s*注意保存\s{4,}000022\s*$/);
    });

    it('restarts the page numbers at — 1 — in every copy', () => {
      const P = single.length;
      const copy = (last: boolean) => [...Array.from({ length: P }, (_, i) => i + 1), ...(P % 2 && !last ? [null] : [])];
      expect(copies.map(pageNumberOf)).toEqual([...copy(false), ...copy(false), ...copy(true)]);
    });

    it('is otherwise the same issue: every copy has the same text as the plain one', () => {
      const P = single.length;
      const strip = (t: string) => t.replace(/(?<!\d)\d{6}(?!\d)/g, '').replace(/\s+/g, '');
      for (let c = 0; c < 3; c++) {
        for (let p = 0; p < P; p++) expect(strip(copies[c * stride() + p]!), `copy ${c + 1} page ${p + 1}`).toBe(strip(single[p]!));
      }
    });

    it('keeps every font embedded, the same fonts as one copy', () => {
      const joined = fontsOf(path.join(dir, 'copies.pdf'));
      expect(joined.length).toBeGreaterThan(0);
      expect(joined.filter((f) => !f.emb)).toEqual([]);
      const names = (rows: { name: string }[]) => [...new Set(rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, '')))].sort();
      expect(names(joined)).toEqual(names(fontsOf(path.join(dir, 'one.pdf'))));
    });
  });

  it('leaves an existing file untouched when the export is cancelled between copies', async () => {
    const target = path.join(dir, 'keep.pdf');
    writeFileSync(target, 'the earlier file');
    const printer = new ChromiumPrinter();
    const controller = new AbortController();
    let printed = 0;
    try {
      // the real printer; the user cancels once the second copy is printed
      const counting: PdfPrinter = {
        print: async (html: string, options?: PdfPrintOptions) => {
          const bytes = await printer.print(html, options);
          if (++printed === 2) controller.abort();
          return bytes;
        },
        close: async () => {},
      };
      const input = threeReportIssue();
      input.issue.items = input.issue.items.slice(0, 1);
      await expect(
        exportIssueToFile({ input, format: 'pdf', path: target, overwrite: true, copies: { from: 1, to: 4 }, printer: async () => counting, signal: controller.signal }),
      ).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await printer.close();
    }
    expect(printed).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('the earlier file');
  }, 120_000);

  it("refuses bad ranges with exit 2 and one line in the user's language, writing nothing", async () => {
    const cases: [string[], string, RegExp][] = [
      [['--copy-range', '40-21'], 'en', /^briefing issue: copy range is not valid: first number 40 is above last number 21\n$/],
      [['--copy-range', '1-501'], 'en', /at most 500 numbered copies per export; 501 were asked for/],
      [['--copy-range', '1-501'], 'zh-CN', /一次最多编号印制 500 份，所选为 501 份/],
      [['--copy-range', '21到abc'], 'zh-TW', /編號範圍無效：「21到abc」/],
      [['--copy-range', '0-3'], 'en', /copy numbers must be whole numbers from 1 to 999999/],
      [['--copy-range', '999990-1000001'], 'en', /copy numbers must be whole numbers from 1 to 999999/],
      [['--numbered-copies', '--copy-range', '1-2'], 'en', /use either --numbered-copies or --copy-range/],
      [['--numbered-copies', '--copies', '0'], 'zh-CN', /--numbered-copies 需要 --copies N/],
      [['--numbered-copies', '--copies', '501'], 'en', /at most 500 numbered copies/],
    ];
    for (const [extra, lang, message] of cases) {
      const r = await run(['item.json', ...FLAGS, ...extra, '--format', 'pdf', '--out', 'bad.pdf'], dir, lang);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.err, extra.join(' ')).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(existsSync(path.join(dir, 'bad.pdf'))).toBe(false);
    }
    const html = await run(['item.json', ...FLAGS, '--copy-range', '1-2', '--format', 'html', '--out', 'bad.html'], dir);
    expect(html.err).toMatch(/numbered copies export as PDF or DOCX only/);
    expect(existsSync(path.join(dir, 'bad.html'))).toBe(false);
  });

  it('issues:export of a stored issue: copies only for a controlled series, then one section per copy', async () => {
    const services = await createServices({ dataDir: path.join(dir, 'data'), mode: 'cli', clock: steppingClock('2026-05-18T02:00:00Z') });
    try {
      const { api } = services;
      const make = async (copyNumbers: boolean) => {
        const draft = newSeries({ name: copyNumbers ? '内部情况通报' : '工作简报', issuer: '市政府办公室', now: new Date(), copies: 2 });
        const { series } = await api['series:save']({ series: { ...draft, layout: { ...draft.layout, copyNumbers } } });
        const { issue } = await api['issues:create']({ seriesId: series.id });
        const item = { ...blankItem(), title: '防汛工作推进会召开' };
        return (await api['issues:save']({ issue: { ...issue, items: [item] } })).issue;
      };
      const plain = await make(false);
      const out = path.join(dir, 'stored-plain.docx');
      const refused = await api['issues:export']({ id: plain.id, format: 'docx', path: out, copies: { from: 1, to: 2 } }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'validation', params: { code: 'notControlled' } });
      expect(existsSync(out)).toBe(false);

      const controlled = await make(true);
      const file = path.join(dir, 'stored-copies.docx');
      await api['issues:export']({ id: controlled.id, format: 'docx', path: file, copies: { from: 1, to: 2 } });
      const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
      expect(doc.match(/<w:sectPr\b/g)).toHaveLength(2);
      expect(doc).toContain('000001');
      expect(doc).toContain('000002');
    } finally {
      await services.close();
    }
  });

  it('the issues:export contract refuses a reversed or oversized range before any service runs', () => {
    const request = issueChannels['issues:export'].request;
    const base = { id: 'issue-1', format: 'pdf', path: '/tmp/x.pdf' };
    expect(request.safeParse({ ...base, copies: { from: 21, to: 40 } }).success).toBe(true);
    expect(request.safeParse({ ...base, copies: { from: 40, to: 21 } }).success).toBe(false);
    expect(request.safeParse({ ...base, copies: { from: 1, to: 501 } }).success).toBe(false);
    expect(request.safeParse({ ...base, copies: { from: 1.5, to: 3 } }).success).toBe(false);
    expect(request.safeParse({ ...base, copies: { from: 1, to: 2, extra: 1 } }).success).toBe(false);
  });

  describe.skipIf(!hasSoffice)('DOCX: one section per copy, through LibreOffice', () => {
    let pages: string[];
    let xml: string;
    beforeAll(async () => {
      const input = threeReportIssue();
      input.series = { ...input.series, layout: { ...input.series.layout, copyNumbers: true } };
      const file = path.join(dir, 'copies.docx');
      await exportIssueToFile({ input, format: 'docx', path: file, copies: { from: 1, to: 2 } });
      xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
      // LibreOffice gets the PDF's open fallback per role (docx-libreoffice.test.ts explains why)
      const aliases = FONT_ROLES.map((role) => `<alias binding="same"><family>${DOCX_FONTS[role]}</family><prefer><family>${FALLBACK_FONTS[role][0]}</family></prefer></alias>`);
      const conf = path.join(dir, 'fonts.conf');
      writeFileSync(
        conf,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${aliases.join('')}</fontconfig>\n`,
      );
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), file], {
        stdio: 'pipe',
        env: { ...process.env, FONTCONFIG_FILE: conf },
        timeout: 120_000,
      });
      pages = pagesOf(path.join(dir, 'lo', 'copies.pdf'));
    }, 150_000);

    it('has two sections, each restarting its page numbers at 1', () => {
      expect(xml.match(/<w:sectPr\b/g)).toHaveLength(2);
      expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
      // the second copy's section starts on an odd (right-hand) page: duplex, GB/T 9704 §6.2
      expect(xml.match(/<w:type w:val="oddPage"\/>/g)).toHaveLength(1);
    });

    it("prints 000001 on copy 1's first page, 000002 on copy 2's, and pages — 1 — … in each", () => {
      const second = pages.findIndex((t) => copyNumbersOn(t).includes('000002'));
      expect(second).toBeGreaterThan(0);
      // copy 2 begins on a right-hand page (odd-page section break): an odd copy 1 gets a blank back
      expect(second % 2).toBe(0);
      const P = pages.length - second;
      expect(second).toBe(P + (P % 2));
      expect(copyNumbersOn(pages[0]!)).toEqual(['000001']);
      pages.forEach((t, i) => {
        if (i !== 0 && i !== second) expect(copyNumbersOn(t), `page ${i + 1}`).toEqual([]);
      });
      const run = Array.from({ length: P }, (_, i) => i + 1);
      expect(pages.map(pageNumberOf)).toEqual([...run, ...(P % 2 ? [null] : []), ...run]);
      // the 报尾 closes each copy
      expect(pages.filter((t) => t.replace(/\s+/g, '').includes('共印120份'))).toHaveLength(2);
    });
  });
});
