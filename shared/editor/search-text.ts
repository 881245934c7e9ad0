import { joinLead } from '../layout/lead';
import type { Briefing } from '../model';
import { foldToSimplified, prepareFold } from '../script/fold';

/**
 * Search text handling shared by the search service (Node) and the library (renderer): parsing a
 * query, highlight ranges, snippets, and the searchable fields of a document.
 *
 * Matching is by substring of the NFKC-normalised, lower-cased text with Traditional characters
 * folded to Simplified (会议 finds 會議 and the reverse), so a Chinese phrase is found wherever it
 * stands, whatever the word boundaries or the script (why not a word or bigram index: see
 * electron/services/search/search-index.ts, where the measurements are).
 */
export function normalizeText(text: string): string {
  return foldToSimplified(text.normalize('NFKC').toLowerCase());
}

/** Lower case and script folding only: keeps every position, for highlights and snippets. */
function matchable(text: string): string {
  return foldToSimplified(text.toLowerCase());
}

/** The normalised parts of a query, split at spaces: every one must occur in a hit, each is highlighted. */
export function parseQuery(query: string): { phrases: string[] } {
  const phrases = normalizeText(query)
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
  return { phrases: [...new Set(phrases)] };
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Builds what highlighting needs (the Traditional fold table) ahead of the first search, at most
 * `budgetMs` at a time; true when ready.
 */
export const prepareHighlight = prepareFold;

/** Where the phrases occur in `text` (case-insensitive), merged and sorted: for <mark>. */
export function highlightRanges(text: string, phrases: readonly string[]): Range[] {
  if (!text || phrases.length === 0) return [];
  const lower = matchable(text);
  const ranges: Range[] = [];
  for (const p of phrases) {
    if (!p) continue;
    let at = lower.indexOf(p);
    while (at >= 0 && ranges.length < 1000) {
      ranges.push({ start: at, end: at + p.length });
      at = lower.indexOf(p, at + p.length);
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Splits text into plain and matched pieces, for rendering highlights without HTML. */
export function highlightPieces(text: string, phrases: readonly string[]): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const r of highlightRanges(text, phrases)) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), match: false });
    out.push({ text: text.slice(r.start, r.end), match: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** About `radius` characters either side of the first match, with ellipses where cut. */
export function snippetAround(text: string, phrases: readonly string[], radius = 36): string {
  const lower = matchable(text);
  let first = -1;
  for (const p of phrases) {
    const at = lower.indexOf(p);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : '');
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
}

/** The searchable fields of a document: title, the meeting's particulars, and the body. */
export function searchFields(doc: Briefing): { title: string; meeting: string; body: string } {
  const m = doc.meeting;
  const people = [...m.attendees, ...m.absentees, ...m.observers].map((p) => [p.name, p.title, p.unit].filter(Boolean).join(' '));
  const meeting = [m.name, m.date, m.location, m.chair.name, m.chair.title, m.recorder, ...people, doc.masthead.issuer, doc.masthead.issueNo, doc.masthead.docNumber].filter(Boolean).join('\n');
  const body: string[] = [];
  for (const s of doc.sections) {
    if (s.heading) body.push(s.heading);
    s.paragraphs.forEach((p, i) => body.push(i === 0 ? joinLead(s.lead, p) : p));
    if (s.paragraphs.length === 0 && s.lead) body.push(s.lead);
    for (const item of s.items) body.push([item.text, item.owner, item.due].filter(Boolean).join(' '));
  }
  return { title: doc.title, meeting, body: body.join('\n') };
}
