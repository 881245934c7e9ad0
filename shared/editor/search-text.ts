import type { Briefing } from '../model';

/**
 * Search text handling shared by the search service (Node) and the library (renderer):
 * tokenising for the index, parsing a query, exact phrase checks, highlight ranges, snippets.
 *
 * Why overlapping bigrams for Han text and not dictionary words: Intl.Segmenter's word boundaries
 * depend on context (市科技局 segments as 市|科技|局, 科技局召开 may not), so a word the user
 * types is often not a word of the document and a word index would miss it. Overlapping bigrams
 * are context-free: every 2-character substring of the query is a term of any document holding
 * the query, so AND over bigrams finds every document that contains a Han phrase, and an exact
 * substring check on the candidates removes the rare false hit (科技…技局 apart). A single Han
 * character is searched as a prefix of bigrams. Non-Han text (Latin words, numbers, 5G, GB/T) is
 * split by Intl.Segmenter into word-like segments and indexed as whole lower-case words.
 */
const HAN_RUN = /\p{Script=Han}+/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function hanBigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) out.push(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Index terms of a text: Han bigrams plus Segmenter words of everything else. */
export function tokenize(text: string): string[] {
  const n = normalizeText(text);
  const out: string[] = [];
  for (const m of n.matchAll(HAN_RUN)) hanBigrams(m[0], out);
  const rest = n.replace(HAN_RUN, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) {
    for (const seg of segmenter.segment(rest)) if (seg.isWordLike) out.push(seg.segment);
  }
  return out;
}

export interface ParsedQuery {
  /** Normalised parts of the query as typed (split at spaces): each must occur in a hit; used to highlight. */
  phrases: string[];
  /** Index terms that must all match. */
  terms: string[];
  /** Single Han characters, matched as prefixes of bigrams. */
  prefixes: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases = normalizeText(query).split(/[\s\u3000]+/u).filter(Boolean);
  const terms: string[] = [];
  const prefixes: string[] = [];
  for (const p of phrases) {
    for (const t of tokenize(p)) {
      if (Array.from(t).length === 1 && /\p{Script=Han}/u.test(t)) prefixes.push(t);
      else terms.push(t);
    }
  }
  return { phrases: [...new Set(phrases)], terms: [...new Set(terms)], prefixes: [...new Set(prefixes)] };
}

/** Does a (normalised) text contain every phrase? The exact check after the index lookup. */
export function containsAll(normalizedText: string, phrases: readonly string[]): boolean {
  return phrases.every((p) => normalizedText.includes(p));
}

export interface Range {
  start: number;
  end: number;
}

/** Where the phrases occur in `text` (case-insensitive), merged and sorted: for <mark>. */
export function highlightRanges(text: string, phrases: readonly string[]): Range[] {
  if (!text || phrases.length === 0) return [];
  const lower = text.toLowerCase();
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
  const lower = text.toLowerCase();
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
  const meeting = [
    m.name, m.date, m.location, m.chair.name, m.chair.title, m.recorder, ...people,
    doc.masthead.issuer, doc.masthead.issueNo, doc.masthead.docNumber,
  ].filter(Boolean).join('\n');
  const body: string[] = [];
  for (const s of doc.sections) {
    if (s.heading) body.push(s.heading);
    s.paragraphs.forEach((p, i) => body.push(i === 0 && s.lead ? `${s.lead}，${p}` : p));
    if (s.paragraphs.length === 0 && s.lead) body.push(s.lead);
    for (const item of s.items) body.push([item.text, item.owner].filter(Boolean).join(' '));
  }
  return { title: doc.title, meeting, body: body.join('\n') };
}
