import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, dispatch } from '../../shared/api';
import { Section, blankItem, newSeries } from '../../shared/model';
import { createServices, type Services } from '../../electron/services';
import { steppingClock, tempDir } from '../helpers/tmp';

let t: { dir: string; cleanup: () => Promise<void> };
let services: Services;
let dataDir: string;

beforeEach(async () => {
  t = await tempDir('briefing-issues-');
  dataDir = path.join(t.dir, 'data');
  services = await createServices({ dataDir, mode: 'cli', clock: steppingClock('2026-05-18T02:00:00Z') });
});
afterEach(async () => {
  await services.close();
  await t.cleanup();
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof AppError ? `${e.code}${e.params.reason ? `:${e.params.reason}` : ''}` : String(e);
  }
  return 'ok';
}

async function series(overrides: Partial<Parameters<typeof newSeries>[0]> = {}) {
  const { api } = services;
  return (
    await api['series:save']({ series: newSeries({ name: '工作简报', issuer: '市政府办公室', numbering: { resetYearly: true, total: true, supplements: true }, now: new Date(), ...overrides }) })
  ).series;
}

async function issueOne(seriesId: string, kind: 'regular' | 'supplement' = 'regular', number?: number, extra: { confirmGap?: boolean; confirmReuse?: boolean } = {}) {
  const { api } = services;
  const { issue } = await api['issues:create']({ seriesId, kind });
  const { issue: filled } = await api['issues:save']({ issue: { ...issue, items: [blankItem('一项')] } });
  return (await api['issues:issue']({ id: filled.id, revision: filled.revision, number, ...extra })).issue;
}

describe('issues: composing from the library and imports', () => {
  it("copies three documents and an imported report; the copy is the issue's own and shows a changed source", async () => {
    const { api } = services;
    const s = await series();
    const docs = [];
    for (const title of ['防汛工作推进会', '科技创新调研', '安全生产检查']) docs.push((await api['docs:create']({ templateId: 'builtin-topic-report-hans', title })).doc);
    const { issue } = await api['issues:create']({ seriesId: s.id });
    expect(issue.number).toBe(1);
    expect(issue.date).toBe('2026-05-18');
    let r = await api['issues:addFromLibrary']({ id: issue.id, revision: issue.revision, docIds: docs.map((d) => d.id) });
    const imported = (await api['import:parse']({ text: '关于基层减负的报告\n\n今年以来，我区持续推进基层减负。' })).draft;
    r = await api['issues:addImported']({ id: issue.id, revision: r.issue.revision, doc: imported });
    // the importer found no title: the report's first line is the item's
    expect(r.issue.items.map((i) => i.title)).toEqual(['防汛工作推进会', '科技创新调研', '安全生产检查', '关于基层减负的报告']);
    expect(r.issue.items[3]!.source).toBeNull();
    await expect(api['docs:list']({}).then((l) => l.entries.length)).resolves.toBe(3);

    // shorten an item and reorder: the library document is untouched
    const [a, b, c, d] = r.issue.items;
    const short = { ...a!, sections: a!.sections.slice(0, 1), note: '请各地对照检查。' };
    r = await api['issues:save']({ issue: { ...r.issue, items: [c!, short, b!, d!] } });
    expect((await api['docs:get']({ id: docs[0]!.id })).doc.sections.length).toBe(docs[0]!.sections.length);
    expect(r.stale).toEqual([]);

    // the source moves on: the issue says so, and a refresh takes the new text on request only
    const changed = (await api['docs:save']({ doc: { ...docs[0]!, title: '防汛工作推进会（修订）' } })).doc;
    r = await api['issues:get']({ id: issue.id });
    expect(r.stale).toEqual([short.id]);
    r = await api['issues:refreshItem']({ id: issue.id, revision: r.issue.revision, itemId: short.id });
    expect(r.issue.items[1]!.title).toBe(changed.title);
    expect(r.issue.items[1]!.note).toBe('请各地对照检查。');
    expect(r.stale).toEqual([]);

    // listed and found like documents
    expect((await api['issues:list']({})).issues.map((i) => i.id)).toEqual([issue.id]);
    expect((await api['issues:search']({ query: '基层减负' })).issues.map((i) => i.id)).toEqual([issue.id]);
    expect((await api['issues:search']({ query: '不存在的词' })).issues).toEqual([]);
  });

  it('finds issues the way the library finds documents: series name, number, item titles and text, either script', async () => {
    const { api } = services;
    const s = await series();
    const other = await series({ name: '科技工作动态' });
    const { issue } = await api['issues:create']({ seriesId: s.id });
    const item = { ...blankItem('防汛工作推进会'), sections: [Section.parse({ id: 's-flood-01', kind: 'text', paragraphs: ['全市已转移安置群众1200余人，没有发生人员伤亡。'] })] };
    await api['issues:save']({ issue: { ...issue, items: [item] } });
    const { issue: second } = await api['issues:create']({ seriesId: other.id });
    await api['issues:save']({ issue: { ...second, items: [blankItem('科技创新调研')] } });
    const found = async (query: string) => (await api['issues:search']({ query })).issues.map((r) => r.id);
    expect(await found('防汛')).toEqual([issue.id]);
    expect(await found('转移安置群众')).toEqual([issue.id]);
    expect(await found('工作简报')).toEqual([issue.id]);
    expect(await found('科技工作动态')).toEqual([second.id]);
    // 繁体 words find 简体 text, as in the documents' search; several words must all occur
    expect(await found('防汛 轉移安置')).toEqual([issue.id]);
    expect(await found('防汛 科技')).toEqual([]);
    expect(await found('第1期')).toHaveLength(2);
  });
});

describe('issues: the number register', () => {
  it('issuing freezes the issue; a number is never held twice; gaps and reuses need a flag and are logged', async () => {
    const { api } = services;
    const s = await series();
    const first = await issueOne(s.id);
    expect([first.status, first.number, first.totalNumber]).toEqual(['issued', 1, 1]);
    expect(await code(api['issues:save']({ issue: first }))).toBe('readOnly:issued');
    expect(await code(api['issues:delete']({ id: first.id }))).toBe('readOnly:issued');

    // a draft proposing a held number is refused at issue time
    expect(await code(issueOne(s.id, 'regular', 1))).toBe('conflict:numberTaken');
    // skipping needs confirmGap, and writes one gap line per skipped number
    expect(await code(issueOne(s.id, 'regular', 4))).toBe('conflict:numberGap');
    const fourth = await issueOne(s.id, 'regular', 4, { confirmGap: true });
    expect(fourth.number).toBe(4);
    // supplements: their own sequence, no 总期号
    const supp = await issueOne(s.id, 'supplement');
    expect([supp.number, supp.totalNumber]).toEqual([1, null]);
    // a voided number stays taken until reused explicitly
    await api['issues:void']({ id: first.id, reason: '内容有误' });
    expect(await code(issueOne(s.id, 'regular', 1))).toBe('conflict:numberReuse');
    const again = await issueOne(s.id, 'regular', 1, { confirmReuse: true });
    expect(again.number).toBe(1);
    const skipped = await issueOne(s.id, 'regular', 2, { confirmReuse: true });
    expect(skipped.number).toBe(2);
    expect((await api['issues:nextNumber']({ seriesId: s.id, date: '2026-06-01' })).number).toBe(5);
    // next year starts again at 1 (期号 year = 印发日期 year)
    expect((await api['issues:nextNumber']({ seriesId: s.id, date: '2027-01-05' })).number).toBe(1);

    const log = (await api['issues:register']({ seriesId: s.id })).entries.map((e) => `${e.action} ${e.sequence} ${e.number}`);
    expect(log).toEqual(['allocate regular 1', 'gap regular 2', 'gap regular 3', 'allocate regular 4', 'allocate supplement 1', 'void regular 1', 'reuse regular 1', 'reuse regular 2']);
  });

  it('a register line whose issue file still says draft is rolled forward on open; a torn tail is cut', async () => {
    const { api } = services;
    const s = await series();
    const issued = await issueOne(s.id);
    const { issue } = await api['issues:create']({ seriesId: s.id });
    const { issue: draft } = await api['issues:save']({ issue: { ...issue, items: [blankItem('二')] } });
    await services.close();
    // as if killed after the register append and before the issue file was written
    const log = path.join(dataDir, 'issues', 'register.log');
    const line = JSON.stringify({ seq: 2, at: '2026-05-18T03:00:00.000Z', action: 'allocate', seriesId: s.id, sequence: 'regular', year: '2026', number: 2, total: 2, issueId: draft.id, reason: '' });
    const { appendFile } = await import('node:fs/promises');
    await appendFile(log, `${line}\n{"seq":3,"act`);
    services = await createServices({ dataDir, mode: 'cli' });
    const back = (await services.api['issues:get']({ id: draft.id })).issue;
    expect([back.status, back.number]).toEqual(['issued', 2]);
    expect((await readFile(log, 'utf8')).endsWith('}\n')).toBe(true);
    expect((await services.api['issues:get']({ id: issued.id })).issue.number).toBe(1);
    expect((await issueOne(s.id)).number).toBe(3);
  });
});

describe('issues: series, address book, export', () => {
  it('retires a series, orders and shares the address book, exports a stored issue', async () => {
    const { api } = services;
    const s = await series();
    await api['series:retire']({ id: s.id, retired: true });
    expect((await api['series:list']({})).series).toEqual([]);
    expect(await code(api['issues:create']({ seriesId: s.id }))).toBe('readOnly:retired');
    await api['series:retire']({ id: s.id, retired: false });

    const entries = [
      { id: 'a00000001', kind: 'unit' as const, name: '市委办公室', title: '', unit: '', note: '' },
      { id: 'a00000002', kind: 'unit' as const, name: '市政府办公室', title: '', unit: '', note: '' },
    ];
    await api['addressBook:set']({ book: { schemaVersion: 1, entries: [entries[1]!, entries[0]!] } });
    expect((await api['addressBook:get']({})).book.entries.map((e) => e.name)).toEqual(['市政府办公室', '市委办公室']);
    expect(await code(api['addressBook:set']({ book: { schemaVersion: 1, entries: [entries[0]!, { ...entries[1]!, name: '市委办公室' }] } }))).toBe('validation:duplicate');
    const file = path.join(t.dir, 'book.json');
    expect((await api['addressBook:export']({ path: file })).count).toBe(2);
    await api['addressBook:set']({ book: { schemaVersion: 1, entries: [entries[0]!] } });
    const imported = await api['addressBook:import']({ path: file });
    expect(imported.added).toBe(1);
    expect(imported.book.entries.map((e) => e.name)).toEqual(['市委办公室', '市政府办公室']);

    const issued = await issueOne(s.id);
    const out = path.join(t.dir, 'issue.docx');
    const r = await api['issues:export']({ id: issued.id, format: 'docx', path: out });
    expect(r.bytes).toBeGreaterThan(1000);
    expect(existsSync(out)).toBe(true);
  });

  it('the contract refuses malformed issue payloads', async () => {
    const call = async (channel: string, payload: unknown) => {
      const r = await dispatch(services.api, channel, payload);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await call('issues:issue', { id: 'x', revision: 0 })).toBe('validation');
    expect(await call('issues:create', { seriesId: 'abcdefgh', extra: 1 })).toBe('validation');
    expect(await call('addressBook:set', { book: { schemaVersion: 1, entries: [{ id: 'abcdefgh', name: '' }] } })).toBe('validation');
  });
});
