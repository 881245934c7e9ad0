import { joinLead } from '../layout/lead';
import type { Briefing, Section } from '../model';
import { chineseNumber } from '../templates';

/**
 * 字数 and a page estimate on the GB/T 9704 type area (22 lines of 28 characters).
 *
 * 字数 follows the convention clerks know from WPS and Word: every Han character and every
 * full-width punctuation mark or symbol counts one; a run of Latin letters or digits (a word,
 * "2024") counts one; spaces count nothing.
 */
const HAN_OR_WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026\u2014]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function countChars(text: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of text) {
    if (HAN_OR_WIDE.test(ch)) {
      n++;
      inWord = false;
    } else if (WORD_CHAR.test(ch)) {
      if (!inWord) n++;
      inWord = true;
    } else if (/\s/u.test(ch)) {
      inWord = false;
    } else {
      n++;
      inWord = false;
    }
  }
  return n;
}

export const GRID = { linesPerPage: 22, charsPerLine: 28 } as const;

/** Width of a text in grid cells: full-width characters take one cell, half-width (ASCII) half. */
export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return w;
}

/** Lines a body paragraph takes: a two-cell first-line indent, then 28 cells a line. */
export function paragraphLines(text: string, indent = 2): number {
  return Math.max(1, Math.ceil((indent + cellWidth(text)) / GRID.charsPerLine - 1e-9));
}

function sectionLines(s: Section, topicNo: number): number {
  let lines = 0;
  if (s.kind === 'topic') return paragraphLines(`${chineseNumber(topicNo)}、${s.heading}`);
  if (s.heading) lines += paragraphLines(s.heading);
  s.paragraphs.forEach((p, i) => (lines += paragraphLines(i === 0 ? joinLead(s.lead, p) : p)));
  if (s.paragraphs.length === 0 && s.lead && s.items.length === 0) lines += 1;
  s.items.forEach((item, i) => {
    const text = `${chineseNumber(i + 1)}是${item.text}`;
    lines += paragraphLines(i === 0 && s.paragraphs.length === 0 ? joinLead(s.lead, text) : text);
  });
  return lines;
}

export interface DocumentStats {
  /** 字数 of the title and body. */
  chars: number;
  /** Estimated grid lines of the body and title. */
  lines: number;
  /** Estimated pages, at least 1. */
  pages: number;
}

/**
 * An estimate for the status bar, computed on every keystroke (linear, no layout). The title is
 * set in 2号 (22 pt against the 16 pt body), so each of its lines takes about two grid lines,
 * plus one blank line after it. The exact pagination belongs to the print layout.
 */
export function documentStats(doc: Pick<Briefing, 'title' | 'sections'>): DocumentStats {
  let chars = countChars(doc.title);
  let lines = doc.title ? Math.ceil(cellWidth(doc.title) / 20 - 1e-9) * 2 + 1 : 0;
  let topic = 0;
  for (const s of doc.sections) {
    if (s.kind === 'topic') topic++;
    chars += countChars(s.heading) + countChars(s.lead);
    for (const p of s.paragraphs) chars += countChars(p);
    for (const i of s.items) chars += countChars(i.text);
    lines += sectionLines(s, topic);
  }
  return { chars, lines, pages: Math.max(1, Math.ceil(lines / GRID.linesPerPage)) };
}
