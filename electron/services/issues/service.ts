import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Api } from '../../../shared/api';
import type { ExportFormat } from '../../../shared/api/channels/export';
import { AddressBookFile, type Issue, type IssueRow, type Series } from '../../../shared/api/channels/issues';
import { newId } from '../../../shared/model';
import { readText } from '../disk';
import { exportToFile } from '../export/export-file';
import { writeFileAtomic } from '../export/atomic-write';
import type { Feature, FeatureContext } from '../feature-context';
import { EXPORTS_DIR } from '../files/file-access';
import { IssueFiles, issuePaths } from './issue-files';
import { issueAsBriefing, issueSearchText, itemFromDocument } from './items';
import { NumberRegister, type SequenceKey } from './register';

export type IssueChannels =
  | 'series:list' | 'series:save' | 'series:retire'
  | 'addressBook:get' | 'addressBook:set' | 'addressBook:export' | 'addressBook:import'
  | 'issues:list' | 'issues:get' | 'issues:create' | 'issues:save' | 'issues:delete'
  | 'issues:addFromLibrary' | 'issues:addImported' | 'issues:refreshItem'
  | 'issues:issue' | 'issues:void' | 'issues:nextNumber' | 'issues:register' | 'issues:export' | 'issues:search';

/** Gaps larger than this are a typo, not a decision: refused even with confirmGap. */
const MAX_GAP = 1000;

/**
 * Series, the address book, issues and the 期号 register (issue 9). Every change runs through one
 * queue: with the data-dir lock (one process per library) that makes number allocation a single
 * writer, so "next number" read from the register can never be handed out twice.
 */
export function issuesFeature(ctx: FeatureContext): Feature<Pick<Api, IssueChannels>> {
  const files = new IssueFiles(issuePaths(ctx.options.dataDir));
  const now = () => ctx.clock().toISOString();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  // Opened lazily (first request), then rolled forward: a number the register holds for an issue
  // whose file still says draft was allocated by a process killed before it wrote the file.
  let registerReady: Promise<NumberRegister> | undefined;
  const register = () =>
    (registerReady ??= (async () => {
      await files.ensure();
      const reg = await NumberRegister.open(files.paths.register);
      for (const [issueId, entry] of reg.allocations()) {
        const issue = await files.issue(issueId).catch(() => undefined);
        if (!issue || issue.status !== 'draft') continue;
        await files.writeIssue({ ...issue, status: 'issued', number: entry.number, total: entry.total, issuedAt: entry.at, revision: issue.revision + 1, updatedAt: entry.at });
      }
      return reg;
    })().catch((e) => {
      registerReady = undefined;
      throw e;
    }));

  const seriesById = async (id: string): Promise<Series> => {
    const s = (await files.series()).find((x) => x.id === id);
    if (!s) throw new AppError('notFound', `series ${id}`, { id });
    return s;
  };
  const keyOf = (issue: Pick<Issue, 'seriesId' | 'supplement' | 'date'>, series: Series): SequenceKey => ({
    seriesId: series.id,
    sequence: issue.supplement ? 'supplement' : 'regular',
    // 期号 year = 印发日期 year (design note §1)
    year: series.resetYearly ? issue.date.slice(0, 4) : '',
  });
  /** Item ids whose library source moved on since the copy was taken. */
  const staleOf = (issue: Issue): string[] => {
    const revs = new Map(ctx.store.list().map((e) => [e.id, e.revision]));
    return issue.items.filter((it) => it.sourceId && (revs.get(it.sourceId) ?? it.sourceRevision) > it.sourceRevision).map((it) => it.id);
  };
  const answer = (issue: Issue) => ({ issue, stale: staleOf(issue) });
  const draft = async (id: string, revision: number): Promise<Issue> => {
    await register();
    const issue = await files.mustIssue(id);
    if (issue.status !== 'draft') throw new AppError('readOnly', `issue ${id} is ${issue.status}`, { id, reason: 'issued' });
    if (issue.revision !== revision) throw new AppError('conflict', `issue ${id} revision ${issue.revision}, request ${revision}`, { id });
    return issue;
  };
  const saveDraft = async (issue: Issue): Promise<Issue> => {
    const next = { ...issue, revision: issue.revision + 1, updatedAt: now() };
    await files.writeIssue(next);
    return next;
  };
  const rows = async (): Promise<IssueRow[]> => {
    await register();
    const series = new Map((await files.series()).map((s) => [s.id, s]));
    return (await files.allIssues())
      .map((i) => ({
        id: i.id,
        seriesId: i.seriesId,
        seriesName: series.get(i.seriesId)?.name ?? '',
        supplement: i.supplement,
        number: i.number,
        total: i.total,
        date: i.date,
        status: i.status,
        titles: i.items.map((it) => it.title),
        updatedAt: i.updatedAt,
        staleItems: staleOf(i).length,
      }))
      .sort((a, b) => a.seriesName.localeCompare(b.seriesName) || Number(a.supplement) - Number(b.supplement) || b.date.slice(0, 4).localeCompare(a.date.slice(0, 4)) || b.number - a.number);
  };

  const api: Pick<Api, IssueChannels> = {
    async 'series:list'(req) {
      const all = await files.series();
      return { series: req.retired ? all : all.filter((s) => !s.retiredAt) };
    },
    'series:save': (req) =>
      serial(async () => {
        await files.ensure();
        const all = await files.series();
        const at = now();
        const old = req.series.id ? all.find((s) => s.id === req.series.id) : undefined;
        if (req.series.id && !old) throw new AppError('notFound', `series ${req.series.id}`, { id: req.series.id });
        const series: Series = { ...req.series, id: old?.id ?? newId('sr'), retiredAt: old?.retiredAt ?? '', createdAt: old?.createdAt ?? at, updatedAt: at };
        await files.writeSeries(old ? all.map((s) => (s.id === series.id ? series : s)) : [...all, series]);
        return { series };
      }),
    'series:retire': (req) =>
      serial(async () => {
        const all = await files.series();
        const series = { ...(await seriesById(req.id)), retiredAt: req.retired ? now() : '', updatedAt: now() };
        await files.writeSeries(all.map((s) => (s.id === series.id ? series : s)));
        return { series };
      }),

    async 'addressBook:get'() {
      return files.addressBook();
    },
    'addressBook:set': (req) =>
      serial(async () => {
        const names = new Set<string>();
        for (const e of req.entries) {
          if (names.has(e.name.trim())) throw new AppError('validation', `duplicate name ${e.name}`, { path: 'entries', reason: 'duplicate' });
          names.add(e.name.trim());
        }
        await files.ensure();
        await files.writeAddressBook(req);
        return req;
      }),
    async 'addressBook:export'(req) {
      const target = await ctx.files.write(req);
      const book = await files.addressBook();
      if (path.dirname(path.resolve(target.path)) === path.join(ctx.options.dataDir, EXPORTS_DIR)) await mkdir(path.dirname(target.path), { recursive: true });
      const body = JSON.stringify(AddressBookFile.parse({ format: 'briefing-desk/address-book', version: 1, entries: book.entries }), null, 2);
      await writeFileAtomic(target.path, new TextEncoder().encode(`${body}\n`), { overwrite: target.viaHandle || (req.overwrite ?? false) });
      return { path: target.display, count: book.entries.length };
    },
    'addressBook:import': (req) =>
      serial(async () => {
        const source = await ctx.files.read(req);
        let raw: unknown;
        try {
          raw = JSON.parse(await readText(source.path));
        } catch {
          raw = undefined;
        }
        const parsed = AddressBookFile.safeParse(raw);
        if (!parsed.success) throw new AppError('validation', `not an address book file: ${source.display}`, { path: 'file', reason: 'addressBook' });
        const book = await files.addressBook();
        const have = new Set(book.entries.map((e) => e.name.trim()));
        const added = parsed.data.entries.filter((e) => !have.has(e.name.trim())).map((e) => ({ ...e, id: newId('ab') }));
        const next = { entries: [...book.entries, ...added] };
        await files.ensure();
        await files.writeAddressBook(next);
        return { book: next, added: added.length };
      }),

    async 'issues:list'(req) {
      const all = await rows();
      return { issues: req.seriesId ? all.filter((r) => r.seriesId === req.seriesId) : all };
    },
    async 'issues:get'(req) {
      await register();
      return answer(await files.mustIssue(req.id));
    },
    'issues:create': (req) =>
      serial(async () => {
        const reg = await register();
        const series = await seriesById(req.seriesId);
        if (series.retiredAt) throw new AppError('readOnly', `series ${series.id} is retired`, { id: series.id, reason: 'retired' });
        const at = now();
        const date = localDate(ctx.clock());
        const supplement = req.supplement ?? false;
        const key = keyOf({ seriesId: series.id, supplement, date }, series);
        const issue: Issue = {
          id: newId('is'),
          seriesId: series.id,
          supplement,
          number: reg.next(key),
          total: 0,
          date,
          status: 'draft',
          classification: series.classification,
          distribution: { ...series.distribution },
          items: [],
          issuedAt: '',
          voidReason: '',
          createdAt: at,
          updatedAt: at,
          revision: 0,
        };
        await files.writeIssue(issue);
        return answer(issue);
      }),
    'issues:save': (req) =>
      serial(async () => {
        const old = await draft(req.issue.id, req.issue.revision);
        // the series, the sequence and the status are not the editor's to change
        return answer(await saveDraft({ ...req.issue, seriesId: old.seriesId, supplement: old.supplement, status: 'draft', total: 0, issuedAt: '', createdAt: old.createdAt }));
      }),
    'issues:delete': (req) =>
      serial(async () => {
        await register();
        const issue = await files.mustIssue(req.id);
        // an issued or void issue is part of the register's story: kept for ever
        if (issue.status !== 'draft') throw new AppError('readOnly', `issue ${req.id} is ${issue.status}`, { id: req.id, reason: 'issued' });
        await files.removeIssue(req.id);
        return { ok: true as const };
      }),
    'issues:addFromLibrary': (req) =>
      serial(async () => {
        const issue = await draft(req.id, req.revision);
        const docs = [];
        for (const id of req.docIds) docs.push((await ctx.store.get(id)).doc);
        return answer(await saveDraft({ ...issue, items: [...issue.items, ...docs.map((d) => itemFromDocument(d, 'library'))] }));
      }),
    'issues:addImported': (req) =>
      serial(async () => {
        const issue = await draft(req.id, req.revision);
        return answer(await saveDraft({ ...issue, items: [...issue.items, itemFromDocument(req.doc, 'import')] }));
      }),
    'issues:refreshItem': (req) =>
      serial(async () => {
        const issue = await draft(req.id, req.revision);
        const item = issue.items.find((it) => it.id === req.itemId);
        if (!item?.sourceId) throw new AppError('notFound', `item ${req.itemId} has no source`, { id: req.itemId });
        const fresh = itemFromDocument((await ctx.store.get(item.sourceId)).doc, 'library');
        return answer(await saveDraft({ ...issue, items: issue.items.map((it) => (it.id === item.id ? { ...fresh, id: it.id, column: it.column, note: it.note } : it)) }));
      }),
    'issues:issue': (req) =>
      serial(async () => {
        const reg = await register();
        const issue = await draft(req.id, req.revision);
        if (issue.items.length === 0) throw new AppError('validation', 'an issue needs at least one item', { path: 'items', reason: 'empty' });
        const series = await seriesById(issue.seriesId);
        const key = keyOf(issue, series);
        const next = reg.next(key);
        const number = req.number ?? issue.number;
        const holder = reg.holder(key, number);
        const reason = req.reason ?? '';
        const base = { at: now(), seriesId: series.id, sequence: key.sequence, year: key.year, issueId: issue.id, reason };
        let action: 'allocate' | 'reuse' = 'allocate';
        if (holder && !holder.voided) {
          throw new AppError('conflict', `${key.year}#${number} is held by issue ${holder.issueId}`, { reason: 'numberTaken', number, next });
        } else if (holder?.voided || (number < next && reg.skipped(key, number))) {
          if (!req.confirmReuse) throw new AppError('conflict', `${number} was used or skipped; reuse needs confirmation`, { reason: 'numberReuse', number, next });
          action = 'reuse';
        } else if (number < next) {
          throw new AppError('conflict', `${number} is below the next number ${next}`, { reason: 'numberTaken', number, next });
        } else if (number > next) {
          if (!req.confirmGap || number - next > MAX_GAP) throw new AppError('conflict', `${number} leaves a gap after ${next - 1}`, { reason: 'numberGap', number, next });
          for (let n = next; n < number; n++) await reg.append({ ...base, action: 'gap', number: n, total: 0 });
        }
        const total = key.sequence === 'regular' ? reg.nextTotal(series.id) : 0;
        // the register line first: once it is on disk the number is this issue's, whatever happens next
        const entry = await reg.append({ ...base, action, number, total });
        const issued: Issue = { ...issue, number, total, status: 'issued', issuedAt: entry.at, revision: issue.revision + 1, updatedAt: entry.at };
        await files.writeIssue(issued);
        return answer(issued);
      }),
    'issues:void': (req) =>
      serial(async () => {
        const reg = await register();
        const issue = await files.mustIssue(req.id);
        if (issue.status !== 'issued') throw new AppError('readOnly', `issue ${req.id} is ${issue.status}`, { id: req.id, reason: issue.status });
        const series = await seriesById(issue.seriesId);
        const key = keyOf(issue, series);
        const entry = await reg.append({ at: now(), seriesId: series.id, sequence: key.sequence, year: key.year, number: issue.number, total: issue.total, issueId: issue.id, action: 'void', reason: req.reason });
        const voided: Issue = { ...issue, status: 'void', voidReason: req.reason, revision: issue.revision + 1, updatedAt: entry.at };
        await files.writeIssue(voided);
        return answer(voided);
      }),
    async 'issues:nextNumber'(req) {
      const reg = await register();
      const series = await seriesById(req.seriesId);
      const date = req.date || localDate(ctx.clock());
      return { number: reg.next(keyOf({ seriesId: series.id, supplement: req.supplement ?? false, date }, series)), total: req.supplement ? 0 : reg.nextTotal(series.id) };
    },
    async 'issues:register'(req) {
      return { entries: (await register()).forSeries(req.seriesId) };
    },
    async 'issues:export'(req) {
      const target = await ctx.files.write(req);
      await register();
      const issue = await files.mustIssue(req.id);
      const series = (await files.series()).find((s) => s.id === issue.seriesId);
      if (path.dirname(path.resolve(target.path)) === path.join(ctx.options.dataDir, EXPORTS_DIR)) await mkdir(path.dirname(target.path), { recursive: true });
      const result = await exportIssueToFile(issue, series, req.format, target.path, target.viaHandle || (req.overwrite ?? false), ctx);
      return { ...result, path: target.display };
    },
    async 'issues:search'(req) {
      const all = await rows();
      const series = new Map((await files.series()).map((s) => [s.id, s]));
      const words = req.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const hits = new Set<string>();
      for (const issue of await files.allIssues()) {
        const hay = issueSearchText(issue, series.get(issue.seriesId)).toLowerCase();
        if (words.every((w) => hay.includes(w))) hits.add(issue.id);
      }
      return { issues: all.filter((r) => hits.has(r.id)) };
    },
  };
  return {
    api,
    async dispose() {
      await queue;
    },
  };
}

/** One issue to one file: PATH holds the whole file or is left as it was (export-file.ts). */
export async function exportIssueToFile(issue: Issue, series: Series | undefined, format: ExportFormat, file: string, overwrite: boolean, ctx: Pick<FeatureContext, 'printer'>) {
  return exportToFile({ doc: issueAsBriefing(issue, series), format, path: file, layout: 'briefing', options: { mastheadName: series?.name ?? '' }, overwrite, printer: ctx.printer });
}

/** Today's date where the user is (an issue dated by UTC would be a day off in the morning in China). */
function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
