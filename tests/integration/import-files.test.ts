import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/api';
import { DEFAULT_TERMS } from '../../shared/check';
import { readImportFile, importFeature } from '../../electron/services/import';
import { checkFeature, loadTerms, saveTerms } from '../../electron/services/check';
import type { FeatureContext } from '../../electron/services/feature-context';

const REPORT_HANS = '3月5日上午，市科技局局长张伟主持召开专题会议，副局长李强出席会议。\n会议指出，要抓好科技创新。\n会议要求，一是抓项目。二是抓人才。\n';
const REPORT_HANT = '3月5日上午，市科技局局長張偉主持召開專題會議，副局長李強出席會議。\n會議指出，要抓好科技創新。\n會議要求，一是抓項目。二是抓人才。\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function refusalOf(path: string): Promise<AppError> {
  try {
    await readImportFile(path);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('reading files for import (real files in a temp dir)', () => {
  it('detects UTF-8 (with and without BOM), UTF-16 with BOM, GB18030 and Big5', async () => {
    expect(await readImportFile(await file('a.txt', REPORT_HANS))).toMatchObject({ text: REPORT_HANS, encoding: 'utf-8' });
    expect((await readImportFile(await file('b.txt', `\uFEFF${REPORT_HANS}`))).text).toBe(REPORT_HANS);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT_HANS, 'utf16le')]);
    expect(await readImportFile(await file('c.txt', utf16))).toMatchObject({ text: REPORT_HANS, encoding: 'utf-16le' });
    expect(await readImportFile(await file('d.txt', iconv.encode(REPORT_HANS, 'gbk')))).toMatchObject({ text: REPORT_HANS, encoding: 'gb18030' });
    expect(await readImportFile(await file('e.txt', iconv.encode(REPORT_HANT, 'big5')))).toMatchObject({ text: REPORT_HANT, encoding: 'big5' });
  });

  it('reads .html (charset honoured) and .docx paragraphs', async () => {
    const html = `<html><head><meta charset="gbk"><script>alert(1)</script></head><body><p>${REPORT_HANS.split('\n').join('</p><p>')}</p></body></html>`;
    const h = await readImportFile(await file('f.html', iconv.encode(html, 'gbk')));
    expect(h).toMatchObject({ format: 'html', encoding: 'gb18030' });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: REPORT_HANS.trim()
              .split('\n')
              .map((t) => new Paragraph(t)),
          },
        ],
      }),
    );
    const d = await readImportFile(await file('g.docx', docx));
    expect(d.text.trim().split('\n')).toEqual(REPORT_HANS.trim().split('\n'));
  });

  it('refuses empty, binary, unknown-encoding and missing files with a reason', async () => {
    expect((await refusalOf(await file('empty.txt', ''))).params.reason).toBe('empty');
    expect((await refusalOf(await file('blank.txt', '  \n\n'))).params.reason).toBe('empty');
    expect((await refusalOf(await file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0])))).params.reason).toBe('binary');
    // Shift-JIS Japanese is none of our encodings: say so rather than show mojibake.
    const sjis = iconv.encode('これは日本語の文章です。会議は三月に開かれました。'.repeat(5), 'shift_jis');
    expect((await refusalOf(await file('sjis.txt', sjis))).params.reason).toBe('encoding');
    expect((await refusalOf(join(dir, 'missing.txt'))).params.reason).toBe('unreadable');
    expect((await refusalOf(await file('broken.docx', 'PK\u0003\u0004 not really a zip'))).params.reason).toBe('unreadable');
  });
});

describe('import and check channels', () => {
  const ctx = () => ({ options: { dataDir: dir }, clock: () => new Date('2026-03-05T00:00:00Z') }) as unknown as FeatureContext;

  it("import:parse takes text, html or a file's bytes and returns a draft, the removed noise and warnings", async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    const fromText = await api['import:parse']!({ text: `${REPORT_HANS}打印本页 关闭窗口` });
    expect(fromText.draft.meeting.chair.name).toBe('张伟');
    expect(fromText.removed.some((c) => c.kind === 'furniture')).toBe(true);
    const fromPath = await api['import:parse']!({ file: { name: 'h.txt', base64: iconv.encode(REPORT_HANT, 'big5').toString('base64') }, convert: 'hans' });
    expect(fromPath.encoding).toBe('big5');
    expect(fromPath.draft.script).toBe('hans');
    expect(fromPath.draft.meeting.chair.title).toBe('市科技局局长');
    const fromHtml = await api['import:parse']!({ html: '<p>会议指出，要抓好落实。</p><script>throw new Error("ran")</script>' });
    expect(fromHtml.source).toBe('会议指出，要抓好落实。');
    await expect(api['import:parse']!({ text: '' })).rejects.toMatchObject({ code: 'validation', params: { reason: 'empty' } });
    await expect(api['import:parse']!({ text: '会议指出。'.repeat(250_000) })).rejects.toMatchObject({ code: 'payloadTooLarge' });
  });

  it('check:run uses the stored terms list; check:terms get/set persist it durably', async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    expect((await api['check:terms:get']!({})).terms).toEqual(DEFAULT_TERMS);
    const custom = { version: 1 as const, terms: [{ preferred: '高质量发展', variants: ['高品质发展'] }] };
    await api['check:terms:set']!({ terms: custom });
    expect(JSON.parse(await readFile(join(dir, 'terms.json'), 'utf8'))).toEqual(custom);
    expect(await loadTerms(dir)).toEqual(custom);
    const { draft } = await api['import:parse']!({ text: '会议指出，要推动高品质发展。' });
    const { diagnostics } = await api['check:run']!({ doc: draft });
    expect(diagnostics.map((d) => d.rule)).toContain('TERM-01');
    await saveTerms(dir, DEFAULT_TERMS);
    await writeFile(join(dir, 'terms.json'), '{ broken');
    expect(await loadTerms(dir)).toEqual(DEFAULT_TERMS);
  });
});
