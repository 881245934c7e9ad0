import type { Block, ImprintRow } from '../layout/blocks';
import { CHARS_PER_LINE } from '../layout/grid';
import { emWidth } from '../layout/measure';
import { ISSUE_MASTHEAD_LINES } from '../layout/issue-html';

/**
 * Grid lines each block takes in the DOCX, as Word and LibreOffice lay it out (every body line
 * is exactly one 579-twip grid line, 28 cells wide). Used to place the 版记 at the foot of the
 * last page with blank grid lines: a layout engine cannot be asked from a pure module, and
 * blank lines of the body style are the one thing both applications paginate identically.
 */

/** Half-width runs: one cell a character (gridRuns), never broken inside. */
const HALF_RUN = /[\u0021-\u007e\u00a1-\u00ff]+/y;
/**
 * Marks that may not start a line. LibreOffice (w:overflowPunct, on by default) and Word hang
 * them past the right edge instead of carrying the previous character over, so they cost no cell.
 */
const NO_START = new Set([...'，。、；：？！）》」』】〉”’…—·']);

/** Lines of a text laid on `width` cells, the first line starting `first` cells in. */
export function textLines(text: string, width: number = CHARS_PER_LINE, first = 2, next = 0): number {
  let lines = 1;
  let x = first;
  let i = 0;
  const chars = [...text];
  const flat = chars.join('');
  let pos = 0; // index into flat (UTF-16) for the sticky regex
  while (i < chars.length) {
    const ch = chars[i]!;
    HALF_RUN.lastIndex = pos;
    const run = HALF_RUN.exec(flat);
    const len = run ? [...run[0]].length : 1;
    const w = len;
    if (!run && NO_START.has(ch) && x >= width) {
      i++;
      pos += ch.length; // hangs
      continue;
    }
    if (x + w > width && x > next) {
      lines++;
      x = next;
    }
    x += w;
    i += len;
    pos += run ? run[0].length : ch.length;
  }
  return lines;
}

/** Cells in a 督办 column (TABLE_CELLS, less the quarter-cell padding each side). */
const TABLE_CELLS = [3, 13, 7, 5] as const;

/** The 4号 版记 row: 14 pt characters in the type area less one character each side. */
const IMPRINT_CHARS = Math.floor((CHARS_PER_LINE * 15.79 - 28) / 14);

export function imprintRowLines(r: ImprintRow): number {
  const label = r.label ? [...r.label].length + 1 : 0;
  // the right-hand text (印发日期, copies) at least an ideographic space after the rest
  const text = (r.label ? `${r.label}：` : '') + r.text + (r.right ? `\u3000${r.right}` : '');
  const first = Math.max(1, IMPRINT_CHARS);
  const width = emWidth(text);
  if (width <= first) return 1;
  return 1 + Math.ceil((width - first) / Math.max(1, IMPRINT_CHARS - label) - 1e-9);
}

export function imprintLines(rows: readonly ImprintRow[]): number {
  return rows.reduce((n, r) => n + imprintRowLines(r), 0);
}

/**
 * The masthead in LibreOffice: the mark paragraph (grid-snapped, its space before plus one
 * exact line of 1.1 x its size) rounds to whole grid lines; 期号 one line; the byline and the
 * red rule 11 pt under it two; the blank line after. Rounding (not ceiling) is what LibreOffice
 * does with the snapped mark, measured on the 纪要 (before 35 mm: 5 lines) and 简报 fixtures
 * (before half a line: 2 lines).
 */
export function mastheadLines(beforeTwip: number, markLineTwip: number, issue: boolean, byline: boolean, lineTwip: number): number {
  const mark = Math.max(1, Math.round((beforeTwip + markLineTwip) / lineTwip));
  return mark + (issue ? 1 : 0) + (byline ? 2 : 0) + 1;
}

/** Lines of one 督办 row: its tallest cell. */
export function tableRowLines(cells: readonly string[]): number {
  return Math.max(1, ...cells.map((c, i) => textLines(c, (TABLE_CELLS[i] ?? 4) - 0.5, 0)));
}

export function tableLines(head: readonly string[], rows: readonly string[][]): number {
  return tableRowLines(head) + rows.reduce((n, r) => n + tableRowLines(r), 0);
}

/** Lines of a block other than the masthead (computed where its spacing is) and the 版记. */
export function blockLines(b: Block, titleLines: (text: string) => number): number {
  switch (b.kind) {
    case 'classification':
    case 'blank':
      return 1;
    case 'title':
      return titleLines(b.text);
    case 'heading':
      return textLines(b.number + b.text);
    case 'paragraph':
      return textLines(b.runs.map((r) => r.text).join(''));
    case 'people': {
      // left 5 cells, hanging 3: the label starts two cells in, continuation lines five
      return textLines(`${b.label}：${b.text}`, CHARS_PER_LINE, 2, 5);
    }
    case 'table':
      return tableLines(b.head, b.rows);
    case 'imprint':
      return imprintLines(b.rows);
    case 'minutes-masthead':
    case 'briefing-masthead':
      return 0;
    case 'issue-masthead':
      return ISSUE_MASTHEAD_LINES;
    case 'contents':
      // heading, then each line: a 栏目 head two cells in, an entry two cells in hanging at four
      return 1 + b.lines.reduce((n, l) => n + (l.column ? textLines(l.text) : textLines(l.text, CHARS_PER_LINE, 2, 4)), 0);
    case 'item-title':
      return (b.size === 'small' ? textLines(b.text, CHARS_PER_LINE, 0, 0) : titleLines(b.text)) + (b.contributor ? 1 : 0);
    case 'rule':
      return 1;
  }
}
