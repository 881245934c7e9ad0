import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Api } from '../../../shared/api';
import type { ExportFormat } from '../../../shared/api/channels/export';
import type { IssueRow } from '../../../shared/api/channels/issues';
import {
  ADDRESS_BOOK_FORMAT,
  AddressBookFile,
  ISSUE_SCHEMA_VERSION,
  NO_POLICY,
  itemFromDocument,
  localIsoDate,
  newId,
  newIssue,
  Series,
  type AddressBook,
  type AddressEntry,
  type CopyRange,
  type Issue,
  type IssueItem,
} from '../../../shared/model';
import { readText } from '../disk';
import { exportIssueToFile as exportIssue } from '../export/issue-export';
import { writeFileAtomic } from '../export/atomic-write';
import { normalizeText, parseQuery } from '../../../shared/editor';
import type { Feature, FeatureContext } from '../feature-context';
import { EXPORTS_DIR } from '../files/file-access';
import { IssueFiles, issuePaths } from './issue-files';
import { seedFromPolicy } from './policy-seed';
import { issueSearchText } from './items';
import { NumberRegister, type SequenceKey } from './register';

export type IssueChannels =
  | 'series:list'
  | 'series:save'
  | 'series:retire'
  | 'addressBook:get'
  | 'addressBook:set'
  | 'addressBook:export'
  | 'addressBook:import'
  | 'issues:list'
  | 'issues:get'
  | 'issues:create'
  | 'issues:save'
  | 'issues:delete'
  | 'issues:addFromLibrary'
  | 'issues:addImported'
  | 'issues:refreshItem'
  | 'issues:issue'
  | 'issues:void'
  | 'issues:nextNumber'
  | 'issues:register'
  | 'issues:export'
  | 'issues:search';

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
  // A library restore in progress (exclusive below): readers wait for it rather than open the
  // register while the restore appends to it.
  let restoring: Promise<unknown> = Promise.resolve();
  const register = async () => {
    await restoring;
    return openRegister();
  };
  const openRegister = () =>
    (registerReady ??= (async () => {
      await files.ensure();
      const reg = await NumberRegister.open(files.paths.register);
      for (const [issueId, entry] of reg.allocations()) {
        const issue = await files.issue(issueId).catch(() => undefined);
        if (!issue || issue.status !== 'draft') continue;
        await files.writeIssue(issuedAs(issue, entry.number, entry.total, entry.at));
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
  const keyOf = (issue: Pick<Issue, 'kind' | 'date'>, series: Series): SequenceKey => ({
    seriesId: series.id,
    sequence: issue.kind,
    // 期号 year = 印发日期 year (design note §1)
    year: series.numbering.resetYearly ? issue.date.slice(0, 4) : '',
  });
  /** Item ids whose library source moved on since the copy was taken. */
  const staleOf = (issue: Issue): string[] => {
    const revs = new Map(ctx.store.list().map((e) => [e.id, e.revision]));
    return issue.items.filter((it) => it.source && (revs.get(it.source.docId) ?? it.source.revision) !== it.source.revision).map((it) => it.id);
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
        kind: i.kind,
        number: i.number,
        totalNumber: i.totalNumber,
        date: i.date,
        status: i.status,
        titles: i.items.map((it) => it.title),
        updatedAt: i.updatedAt,
        staleItems: staleOf(i).length,
      }))
      .sort((a, b) => a.seriesName.localeCompare(b.seriesName) || a.kind.localeCompare(b.kind) || b.date.slice(0, 4).localeCompare(a.date.slice(0, 4)) || b.number - a.number);
  };

  const api: Pick<Api, IssueChannels> = {
    async 'series:list'(req) {
      const all = await files.series();
      return { series: req.retired ? all : all.filter((s) => !s.retired) };
    },
    'series:save': (req) =>
      serial(async () => {
        await files.ensure();
        const all = await files.series();
        const at = now();
        // an id not stored yet is a new series (newSeries on the client made it)
        const old = req.series.id ? all.find((s) => s.id === req.series.id) : undefined;
        if (old && req.series.revision !== undefined && req.series.revision !== old.revision) throw new AppError('conflict', `series ${old.id} revision ${old.revision}`, { id: old.id });
        const series = Series.parse({
          ...req.series,
          schemaVersion: ISSUE_SCHEMA_VERSION,
          id: old?.id ?? req.series.id ?? newId('r'),
          retired: old?.retired ?? false,
          builtIn: old?.builtIn ?? false,
          createdAt: old?.createdAt ?? at,
          updatedAt: at,
          revision: old ? old.revision + 1 : 0,
        });
        await files.writeSeries(old ? all.map((s) => (s.id === series.id ? series : s)) : [...all, series]);
        return { series };
      }),
    'series:retire': (req) =>
      serial(async () => {
        const all = await files.series();
        const old = await seriesById(req.id);
        const series = { ...old, retired: req.retired, updatedAt: now(), revision: old.revision + 1 };
        await files.writeSeries(all.map((s) => (s.id === series.id ? series : s)));
        return { series };
      }),

    async 'addressBook:get'() {
      return { book: await files.addressBook() };
    },
    'addressBook:set': (req) =>
      serial(async () => {
        const names = new Set<string>();
        for (const e of req.book.entries) {
          if (names.has(e.name.trim())) throw new AppError('validation', `duplicate name ${e.name}`, { path: 'entries', reason: 'duplicate' });
          names.add(e.name.trim());
        }
        await files.ensure();
        await files.writeAddressBook(req.book);
        return { book: req.book };
      }),
    async 'addressBook:export'(req) {
      const target = await ctx.files.write(req);
      const book = await files.addressBook();
      if (path.dirname(path.resolve(target.path)) === path.join(ctx.options.dataDir, EXPORTS_DIR)) await mkdir(path.dirname(target.path), { recursive: true });
      const body = JSON.stringify(AddressBookFile.parse({ ...book, format: ADDRESS_BOOK_FORMAT }), null, 2);
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
        // the file's ids are another office's: entries get ids of this library
        const added = parsed.data.entries.filter((e) => !have.has(e.name.trim())).map((e) => ({ ...e, id: newId('a') }));
        const next: AddressBook = { ...book, entries: [...book.entries, ...added] };
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
        if (series.retired) throw new AppError('readOnly', `series ${series.id} is retired`, { id: series.id, reason: 'retired' });
        const kind = req.kind ?? 'regular';
        const date = localIsoDate(ctx.clock());
        const key = keyOf({ kind, date }, series);
        const issue = newIssue(series, ctx.clock(), { number: reg.next(key), kind, date, totalNumber: kind === 'regular' ? reg.nextTotal(series.id) : null });
        await files.writeIssue(issue);
        return answer(issue);
      }),
    'issues:save': (req) =>
      serial(async () => {
        const old = await draft(req.issue.id, req.issue.revision);
        // the series, the sequence and the status are not the editor's to change
        return answer(
          await saveDraft({
            ...req.issue,
            year: Number(req.issue.date.slice(0, 4)),
            seriesId: old.seriesId,
            kind: old.kind,
            status: 'draft',
            issuedAt: null,
            voidedAt: null,
            createdAt: old.createdAt,
          }),
        );
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
        return answer(await saveDraft({ ...issue, items: [...issue.items, ...docs.map((d) => itemFromDocument(d))] }));
      }),
    'issues:addImported': (req) =>
      serial(async () => {
        const issue = await draft(req.id, req.revision);
        // an imported report is no library document: the item keeps the text, not a source
        return answer(await saveDraft({ ...issue, items: [...issue.items, { ...titledItem(itemFromDocument(req.doc)), source: null }] }));
      }),
    'issues:refreshItem': (req) =>
      serial(async () => {
        const issue = await draft(req.id, req.revision);
        const item = issue.items.find((it) => it.id === req.itemId);
        if (!item?.source) throw new AppError('notFound', `item ${req.itemId} has no source`, { id: req.itemId });
        const fresh = itemFromDocument((await ctx.store.get(item.source.docId)).doc);
        return answer(await saveDraft({ ...issue, items: issue.items.map((it) => (it.id === item.id ? { ...it, title: fresh.title, sections: fresh.sections, source: fresh.source } : it)) }));
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
        if (number !== issue.number) await files.writeIssue({ ...issue, number });
        // the register line first: once it is on disk the number is this issue's, whatever happens next
        const entry = await reg.append({ ...base, action, number, total });
        const issued = issuedAs(issue, number, total, entry.at);
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
        const entry = await reg.append({
          at: now(),
          seriesId: series.id,
          sequence: key.sequence,
          year: key.year,
          number: issue.number,
          total: issue.totalNumber ?? 0,
          issueId: issue.id,
          action: 'void',
          reason: req.reason,
        });
        const voided: Issue = { ...issue, status: 'void', voidReason: req.reason, voidedAt: entry.at, revision: issue.revision + 1, updatedAt: entry.at };
        await files.writeIssue(voided);
        return answer(voided);
      }),
    async 'issues:nextNumber'(req) {
      const reg = await register();
      const series = await seriesById(req.seriesId);
      const date = req.date || localIsoDate(ctx.clock());
      const kind = req.kind ?? 'regular';
      return { number: reg.next(keyOf({ kind, date }, series)), totalNumber: kind === 'regular' && series.numbering.total ? reg.nextTotal(series.id) : null };
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
      const book = (await files.addressBook()).entries;
      // numbered copies only where the series is controlled (it prints an 编号); checked before any file is touched
      if (req.copies && series && !series.layout.copyNumbers) throw new AppError('validation', 'numbered copies: the series prints no 编号', { field: 'copies', code: 'notControlled' });
      const result = await exportIssueToFile({ issue, series, book }, req.format, target.path, target.viaHandle || (req.overwrite ?? false), ctx, req.copies);
      return { ...result, path: target.display };
    },
    async 'issues:search'(req) {
      const all = await rows();
      const series = new Map((await files.series()).map((s) => [s.id, s]));
      // the documents' rules (shared/editor/search-text): NFKC, case and 繁/简 folded, every phrase must occur
      const { phrases } = parseQuery(req.query);
      const hits = new Set<string>();
      for (const issue of await files.allIssues()) {
        const hay = normalizeText(issueSearchText(issue, series.get(issue.seriesId)));
        if (phrases.every((w) => hay.includes(w))) hits.add(issue.id);
      }
      return { issues: all.filter((r) => hits.has(r.id)) };
    },
  };
  // The policy's default series and shared address book, applied once per start before any answer
  // (policy-seed.ts); a failure is retried at the next request rather than kept.
  let seeded: Promise<void> | undefined;
  const policyReady = () =>
    (seeded ??= serial(() => seedFromPolicy(files, (ctx.options.policy ?? NO_POLICY).policy, ctx.clock())).catch((e: unknown) => {
      seeded = undefined;
      throw e;
    }));
  const ready = Object.fromEntries(Object.entries(api).map(([channel, handler]) => [channel, async (req: never) => (await policyReady(), (handler as (r: never) => unknown)(req))])) as typeof api;
  return {
    api: ready,
    async dispose() {
      await queue;
    },
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      return serial(async () => {
        // set only while fn runs (not while it waits in the queue): a writer ahead of it in the
        // queue that opens the register must not wait for the restore that waits for it
        let done = () => {};
        restoring = new Promise<void>((resolve) => (done = resolve));
        try {
          return await fn();
        } finally {
          // the register file changed under us: the next request reads it again and rolls forward
          registerReady = undefined;
          done();
        }
      });
    },
  };
}

/** One issue to one file through the issue layout (shared/layout, shared/docx): whole or absent. */
export async function exportIssueToFile(
  { issue, series, book }: { issue: Issue; series: Series | undefined; book: readonly AddressEntry[] },
  format: ExportFormat,
  file: string,
  overwrite: boolean,
  ctx: Pick<FeatureContext, 'printer'>,
  copies?: CopyRange,
) {
  if (!series) throw new AppError('notFound', `series ${issue.seriesId}`, { id: issue.seriesId });
  return exportIssue({ input: { issue, series, book }, format, path: file, overwrite, printer: ctx.printer, ...(copies ? { copies } : {}) });
}

/** The issue as 已印发 with the number the register gave it (总第N期 only where the series prints it). */
function issuedAs(issue: Issue, number: number, total: number, at: string): Issue {
  return { ...issue, number, totalNumber: issue.kind === 'regular' && issue.totalNumber !== null ? total : null, status: 'issued', issuedAt: at, revision: issue.revision + 1, updatedAt: at };
}

/**
 * A report pasted without a recognised title starts with its title line: that line becomes the
 * item's title (an item without one would print a blank 2号 line and an empty 要目 entry).
 */
function titledItem(item: IssueItem): IssueItem {
  if (item.title.trim()) return item;
  const first = item.sections.find((s) => s.heading.trim() || s.paragraphs.some((p) => p.trim()));
  if (!first) return item;
  if (first.heading.trim()) return { ...item, title: first.heading.trim(), sections: item.sections.map((s) => (s === first ? { ...s, heading: '' } : s)) };
  const i = first.paragraphs.findIndex((p) => p.trim());
  const line = first.paragraphs[i]!.trim();
  if (line.length > 60) return item;
  return { ...item, title: line, sections: item.sections.map((s) => (s === first ? { ...s, paragraphs: s.paragraphs.filter((_, j) => j !== i) } : s)) };
}
