import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type AppError } from '../../shared/api';
import type { Briefing } from '../../shared/model';
import { importFeature } from '../../electron/services/import';
import { checkFeature, createDismissedStore, dismissedPath } from '../../electron/services/check';
import type { FeatureContext } from '../../electron/services/feature-context';

const SEED = await readFile(new URL('../fixtures/import/seed-article.txt', import.meta.url), 'utf8');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-import-ui-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ctx = () => ({ options: { dataDir: dir }, clock: () => new Date('2026-03-05T00:00:00Z') }) as unknown as FeatureContext;
const allText = (d: Briefing): string => [d.title, ...d.sections.flatMap((s) => [s.lead, s.heading, ...s.paragraphs, ...s.items.map((i) => i.text)])].join('\n');

describe('import:parse keeps what the user undid (exactly, by source range)', () => {
  it('restores a ruby annotation, a half-width comma and the leaving notice, and maps the other changes back to the source', async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    const first = await api['import:parse']!({ text: SEED });
    const ruby = first.removed.find((c) => c.kind === 'ruby')!;
    const comma = first.removed.find((c) => c.kind === 'punctuation' && c.original === ',')!;
    const notice = first.removed.find((c) => c.kind === 'furniture')!;
    const keep = [ruby, comma, notice].map(({ start, end }) => ({ start, end }));
    const again = await api['import:parse']!({ text: first.source, keep });

    expect(again.source).toBe(first.source);
    const body = allText(again.draft);
    expect(body).toContain(first.source.slice(ruby.start - 2, ruby.end)); // e.g. 傳達(dá)
    expect(body).toContain(notice.original.trim());
    expect(again.removed).toHaveLength(first.removed.length - 3);
    // Every remaining change still points at its text in the real source.
    for (const c of again.removed) expect(first.source.slice(c.start, c.end)).toBe(c.original);
    for (const w of again.warnings.filter((x) => x.end > 0)) expect(first.source.slice(w.start, w.end)).toBe(w.excerpt);
    // The structure is still recognised around the restored text.
    expect(again.draft.meeting.chair.name).toBe('宋巍');
    expect(again.draft.sections.find((s) => s.lead === '會議要求')?.items).toHaveLength(6);
  });

  it('refuses overlapping or out-of-range keep ranges, and keep without text', async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    await expect(
      api['import:parse']!({
        text: SEED,
        keep: [
          { start: 0, end: 5 },
          { start: 3, end: 8 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(api['import:parse']!({ text: SEED, keep: [{ start: 0, end: SEED.length + 5 }] })).rejects.toMatchObject({ code: 'validation' });
    const schema = contract['import:parse'].request;
    expect(schema.safeParse({ html: '<p>x</p>', keep: [{ start: 0, end: 1 }] }).success).toBe(false);
    expect(schema.safeParse({ text: 'x', keep: [{ start: 2, end: 1 }] }).success).toBe(false);
  });
});

describe('import:parse of a picked file (bytes, as browser mode sends them)', () => {
  it('detects the encoding of the bytes like a file on disk', async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    const gbk = iconv.encode('3月5日上午，市科技局局长张伟主持召开专题会议。\n会议指出，要抓好科技创新。\n', 'gbk');
    const r = await api['import:parse']!({ file: { name: 'report.txt', base64: gbk.toString('base64') } });
    expect(r.encoding).toBe('gb18030');
    expect(r.draft.meeting.chair.name).toBe('张伟');
  });

  it('refuses a binary file and an empty file with a reason the UI can word', async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const bin = await api['import:parse']!({ file: { name: 'photo.png', base64: png.toString('base64') } }).catch((e: AppError) => e);
    expect(bin).toMatchObject({ code: 'validation', params: { reason: 'binary', path: 'photo.png' } });
    const empty = await api['import:parse']!({ file: { name: 'empty.txt', base64: '' } }).catch((e: AppError) => e);
    expect(empty).toMatchObject({ code: 'validation', params: { reason: 'empty' } });
  });
});

describe('check:dismissed (per-document dismissals in dismissed.json)', () => {
  it('stores, reads back after a restart, and serialises concurrent writes', async () => {
    const api = { ...importFeature(ctx()).api, ...checkFeature(ctx()).api };
    expect(await api['check:dismissed:get']!({ docId: 'doc-aaaaaa' })).toEqual({ keys: [] });
    await Promise.all([api['check:dismissed:set']!({ docId: 'doc-aaaaaa', keys: ['LNG-02|于'] }), api['check:dismissed:set']!({ docId: 'doc-bbbbbb', keys: ['PUN-01|,', 'PUN-01|,'] })]);
    const fresh = createDismissedStore(dir);
    expect(await fresh.get('doc-aaaaaa')).toEqual(['LNG-02|于']);
    expect(await fresh.get('doc-bbbbbb')).toEqual(['PUN-01|,']);
    await fresh.set('doc-aaaaaa', []);
    expect(JSON.parse(await readFile(dismissedPath(dir), 'utf8')).docs).toEqual({ 'doc-bbbbbb': ['PUN-01|,'] });
  });
});
