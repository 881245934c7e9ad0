import type { Briefing } from './briefing';
import { reidSections } from './factory';
import { newId } from './ids';
import { ISSUE_SCHEMA_VERSION, Issue, IssueItem, Series, type AddressEntry, type DistributionLists, type IssueKind, type Recipient } from './issue';

/**
 * Pure constructors for series, issues and items. The number an issue is given here is only a
 * proposal (the series' next one, from the register); the register owns the real allocation.
 */

export function newSeries(fields: { name: string; issuer?: string; now: Date } & Partial<Omit<Series, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'schemaVersion'>>): Series {
  const { now, ...rest } = fields;
  const iso = now.toISOString();
  return Series.parse({ ...rest, schemaVersion: ISSUE_SCHEMA_VERSION, id: newId('r'), createdAt: iso, updatedAt: iso, revision: 0 });
}

/** Today's date as YYYY-MM-DD in local time (the 印发日期 a secretariat means by "today"). */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A draft issue of a series: next number, today's date, the series' defaults copied in. */
export function newIssue(series: Series, now: Date, numbers: { number: number; totalNumber?: number | null; kind?: IssueKind; date?: string }): Issue {
  const iso = now.toISOString();
  const date = numbers.date ?? localIsoDate(now);
  const kind = numbers.kind ?? 'regular';
  return Issue.parse({
    schemaVersion: ISSUE_SCHEMA_VERSION,
    id: newId('i'),
    seriesId: series.id,
    kind,
    number: numbers.number,
    totalNumber: kind === 'supplement' || !series.numbering.total ? null : (numbers.totalNumber ?? null),
    year: Number(date.slice(0, 4)),
    date,
    status: 'draft',
    script: series.script,
    classification: series.classification,
    distribution: structuredClone(series.distribution),
    copies: series.copies,
    createdAt: iso,
    updatedAt: iso,
    revision: 0,
  });
}

/** An item holding its own copy of a library document's body (a 纪要 goes in as its sections), titled by the document. */
export function itemFromDocument(doc: Briefing, extra: Partial<Pick<IssueItem, 'column' | 'note' | 'noteLabel' | 'contributor'>> = {}): IssueItem {
  return IssueItem.parse({
    ...extra,
    id: newId('t'),
    // an imported report may have no title line: its meeting's name heads the item instead
    title: doc.title.trim() || doc.meeting.name.trim(),
    sections: reidSections(doc.sections),
    source: { docId: doc.id, revision: doc.revision, kind: doc.kind },
  });
}

export function blankItem(title = ''): IssueItem {
  return IssueItem.parse({ id: newId('t'), title, sections: [] });
}

/** True when the library document moved on since the item copied it. */
export function sourceChanged(item: IssueItem, current: Pick<Briefing, 'id' | 'revision'> | undefined): boolean {
  if (!item.source || !current || current.id !== item.source.docId) return false;
  return current.revision !== item.source.revision;
}

/** A recipient as printed: an entry by its name (and post), free text as typed; missing entries drop out. */
export function recipientName(r: Recipient, book: readonly AddressEntry[]): string {
  if (r.type === 'text') return r.text.trim();
  const e = book.find((x) => x.id === r.entryId);
  if (!e) return '';
  return e.kind === 'person' && e.title.trim() ? `${e.title.trim()}${e.name.trim()}` : e.name.trim();
}

/** The four 报尾 lists as printed names, empty ones kept (the layout omits them). */
export type ResolvedLists = Record<keyof DistributionLists, string[]>;

export function resolveLists(lists: DistributionLists, book: readonly AddressEntry[]): ResolvedLists {
  const names = (rs: readonly Recipient[]) => rs.map((r) => recipientName(r, book)).filter(Boolean);
  return { report: names(lists.report), send: names(lists.send), issue: names(lists.issue), extra: names(lists.extra) };
}
