/**
 * The settle script: this module runs INSIDE the print page (tools/build-page-scripts.mjs bundles
 * it into one string, shared/layout/page/generated.ts, which the print HTML inlines and the CSP
 * allows by hash). It runs in screen media, where the document is laid out as the preview (one
 * 225 mm column per page, which fragments exactly as print does), and:
 *  1. snaps blocks whose height was estimated (titles) to whole grid lines;
 *  2. splits 督办 tables where a page begins and repeats their header (see splitTable);
 *  3. sizes the spacer before the 版记/报尾 so that its last rule lies on the bottom of the type
 *     area of the last page (GB/T 9704 §7.4.1) — CSS has no "float to the page foot";
 *  4. writes the preview's page numbers and the page count, then marks the document ready.
 * Printing switches to print media; the sizes it set stay. Without scripts the document still
 * prints, with the 版记 right after the text and the table header repeated natively.
 *
 * Speed (issue 15): every DOM change forces the next measurement to lay out again, and a forced
 * layout of a multi-column flow costs in proportion to what follows the change (~25 ms for 100
 * pages on this machine, once per table split). So the flow is measured through a window: the
 * blocks are taken out of the flow before the first layout and put back a table at a time; once a
 * block starts at the top of a page, everything before it is final (nothing it contains can move
 * it: blocks have no margins, counters or floats) and leaves the flow until the end. Each layout
 * then covers a few pages, not the rest of the document. Page numbers of the window are offset by
 * the pages already set aside. The blocks go back in their order at the end, untouched.
 *
 * The print page names local fonts (shared/layout/fonts.ts); the printers give it subsets of them
 * as @font-face (electron/services/fonts), which settle-entry.ts loads before the first measurement.
 */
import { LINES_PER_PAGE, LINE_PITCH_PT, PAGE, PX_PER_PT } from '../grid';
import { PAGES_ATTRIBUTE, READY_ATTRIBUTE, READY_VALUE, SETTLE_MEASURE } from './names';

/** One grid line in CSS px. */
const PITCH_PX = LINE_PITCH_PT * PX_PER_PT;
const mmPx = (mm: number): number => (mm * 96) / 25.4;
/** One page (column + gap) across the preview. */
const PERIOD_PX = mmPx(PAGE.widthMm);

/**
 * How many blocks (about 6 a page) the window holds before it stops at a table. Smaller windows
 * lay out less per step but take more steps, each with a fixed cost: a table at a time made the
 * 19-page bench document's settle slower than no window at all. 40 (about 7 pages) measured about
 * as fast as a table at a time on 100 pages and no slower than no window on 19 (bench/
 * export-settle.ts, A/B under load 13-15: the choice is rough, the result is the same either way).
 */
const WINDOW_BLOCKS = 40;

/** Where a point of the window lies: page (column) and grid line, counted from the window's start. */
interface Grid {
  at(x: number, y: number): { col: number; line: number };
  /** The column of an x; a quarter period of slack for rects that start in the gap. */
  colOf(x: number): number;
}

function gridOf(flow: HTMLElement): Grid & { top: number } {
  const fr = flow.getBoundingClientRect();
  return {
    top: fr.top,
    at: (x, y) => ({ col: Math.round((x - fr.left) / PERIOD_PX), line: Math.round((y - fr.top) / PITCH_PX) }),
    colOf: (x) => Math.floor((x - fr.left + PERIOD_PX / 4) / PERIOD_PX),
  };
}

/** Takes every child out of the flow (before the first layout, the flow is then empty and cheap). */
export function detachBlocks(flow: HTMLElement): Node[] {
  const nodes = Array.from(flow.childNodes);
  for (const n of nodes) flow.removeChild(n);
  return nodes;
}

const isDuban = (n: Node): n is HTMLTableElement => n instanceof HTMLTableElement && n.classList.contains('duban');

/**
 * Snaps the estimated blocks among `added` to whole grid lines: clear all, measure all (one
 * layout), then set all, rather than a layout per block.
 */
function snapBlocks(added: Element[]): void {
  const snaps: HTMLElement[] = [];
  for (const el of added) {
    if (el instanceof HTMLElement && el.matches('.snap')) snaps.push(el);
    el.querySelectorAll<HTMLElement>('.snap').forEach((s) => snaps.push(s));
  }
  if (!snaps.length) return;
  for (const el of snaps) el.style.minHeight = '';
  const heights = snaps.map((el) => el.getBoundingClientRect().height);
  snaps.forEach((el, i) => {
    el.style.minHeight = `${Math.max(1, Math.ceil(heights[i]! / PITCH_PX - 0.02)) * LINE_PITCH_PT}pt`;
  });
}

/** A split found while measuring: applied only after every measurement of the pass (see splitTable). */
type Split = () => HTMLTableElement;

/**
 * A 督办 table that runs onto a new page repeats its header there. Chromium repeats <thead> when
 * printing but not in a multi-column preview, so the header is repeated in the DOM instead: the
 * table is split where a page begins (a row that straddles the break is split by its text), and
 * the new part starts with a copy of the header. Print and preview then hold the same boxes.
 * Measures only; returns the change to make, or null when the table stays whole.
 */
function splitTable(table: HTMLTableElement, grid: Grid): Split | null {
  const head = table.tHead;
  const body = table.tBodies[0];
  if (!head || !body) return null;
  const startCol = grid.colOf(head.getBoundingClientRect().left);
  for (let i = 0; i < body.rows.length; i++) {
    const row = body.rows[i]!;
    const rects = row.getClientRects();
    if (!rects.length) continue;
    const first = grid.colOf(rects[0]!.left);
    if (first > startCol && i > 0) return () => moveRows(table, i, null);
    if (rects.length > 1 && grid.colOf(rects[rects.length - 1]!.left) > first) {
      const cut = splitRow(row, grid, first);
      if (cut) return () => moveRows(table, i + 1, cut());
    }
  }
  return null;
}

/** Moves the rows from `from` on (after `firstRow`, if any) into a copy of the table with its header. */
function moveRows(table: HTMLTableElement, from: number, firstRow: HTMLTableRowElement | null): HTMLTableElement {
  const copy = table.cloneNode(false) as HTMLTableElement;
  const cols = table.querySelector('colgroup');
  if (cols) copy.appendChild(cols.cloneNode(true));
  copy.appendChild(table.tHead!.cloneNode(true));
  const body = document.createElement('tbody');
  copy.appendChild(body);
  if (firstRow) body.appendChild(firstRow);
  const rows = table.tBodies[0]!.rows;
  while (rows.length > from) body.appendChild(rows[from]!);
  copy.classList.add('continued');
  table.parentNode!.insertBefore(copy, table.nextSibling);
  return copy;
}

/**
 * Splits each cell's text at the first character that lies in a later column. All cuts are
 * measured before any cell changes (a change forces a new layout before the next measurement;
 * the cuts do not depend on each other: cells are top-aligned). Returns the change: it shortens
 * the cells and gives the row of the rest, or null when no cell has text in a later column.
 */
function splitRow(row: HTMLTableRowElement, grid: Grid, col: number): (() => HTMLTableRowElement) | null {
  const cuts: { cell: HTMLTableCellElement; text: string; cut: number }[] = [];
  for (const cell of Array.from(row.cells)) {
    const text = cell.textContent ?? '';
    const node = cell.firstChild;
    let cut = text.length;
    if (node && node.nodeType === Node.TEXT_NODE && text.length) {
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const r = document.createRange();
        r.setStart(node, mid);
        r.setEnd(node, mid + 1);
        const rr = r.getClientRects()[0];
        if (rr && grid.colOf(rr.left) > col) hi = mid;
        else lo = mid + 1;
      }
      cut = lo;
    }
    cuts.push({ cell, text, cut });
  }
  if (!cuts.some((x) => x.cut < x.text.length)) return null;
  return () => {
    const tail = row.cloneNode(false) as HTMLTableRowElement;
    for (const x of cuts) {
      const td = x.cell.cloneNode(false) as HTMLTableCellElement;
      td.textContent = x.text.slice(x.cut);
      if (x.cut < x.text.length) x.cell.textContent = x.text.slice(0, x.cut);
      tail.appendChild(td);
    }
    return tail;
  };
}

/**
 * The last block, up to `limit`, that starts at the top of a page after the window's first: the
 * blocks before it are final. Null when there is none.
 */
function pageStart(flow: HTMLElement, limit: Element | null, grid: Grid & { top: number }): { el: Element; col: number } | null {
  let found: { el: Element; col: number } | null = null;
  for (let el = flow.firstElementChild; el; el = el.nextElementSibling) {
    const r = el.getClientRects()[0];
    if (r && Math.abs(r.top - grid.top) < 0.5) {
      const col = grid.colOf(r.left);
      if (col > 0) found = { el, col };
    }
    if (el === limit) break;
  }
  return found;
}

/** Sizes the spacer so that the 版记's last rule lies on the last grid line of its page. */
function placeImprint(grid: Grid): void {
  const spacer = document.getElementById('imprint-spacer');
  const imprint = document.getElementById('imprint');
  if (!spacer || !imprint) return;
  spacer.style.height = '0px';
  const sr = spacer.getBoundingClientRect();
  let e = grid.at(sr.left, sr.top).line;
  if (e >= LINES_PER_PAGE) e = 0;
  const k = Math.round(imprint.getBoundingClientRect().height / PITCH_PX);
  if (k > LINES_PER_PAGE) return;
  // on this page if it fits, else at the foot of the next
  const n = k <= LINES_PER_PAGE - e ? LINES_PER_PAGE - e - k : LINES_PER_PAGE - e + (LINES_PER_PAGE - k);
  spacer.style.height = `${n * LINE_PITCH_PT}pt`;
  const rects = imprint.getClientRects();
  const last = rects[rects.length - 1];
  const off = last ? LINES_PER_PAGE - grid.at(last.left, last.bottom).line : 0;
  if (off !== 0 && n + off >= 0) spacer.style.height = `${(n + off) * LINE_PITCH_PT}pt`;
}

/** The preview's page numbers and watermarks, one per page. */
function writeMarks(pages: number): void {
  const marks = document.querySelector('.preview-marks');
  if (!marks) return;
  let html = '';
  const wm = marks.getAttribute('data-watermark') ?? '';
  for (let p = 1; p <= pages; p++) {
    const left = mmPx(PAGE.bindingMm) + (p - 1) * PERIOD_PX;
    html += `<div class="pn ${p % 2 ? 'odd' : 'even'}" style="left:${left}px">\u2014 ${p} \u2014</div>`;
    if (wm) html += `<div class="wm" style="left:${(p - 1) * PERIOD_PX}px"></div>`;
  }
  marks.innerHTML = html;
  marks.querySelectorAll('.wm').forEach((w) => (w.textContent = wm));
  // a custom property, read only by the screen CSS: an inline width would also bind the print
  document.body.style.setProperty('--preview-width', `${pages * PERIOD_PX - mmPx(PAGE.bindingMm + PAGE.outerMm)}px`);
}

/** Lays out `blocks` (the flow's children, detached) through the window and puts them back. */
export function settle(flow: HTMLElement, blocks: Node[]): void {
  const root = document.documentElement;
  const started = performance.now();
  // setContent keeps the window (and its timeline): only this run's measure may remain
  performance.clearMeasures(SETTLE_MEASURE);
  root.setAttribute(READY_ATTRIBUTE, 'settling');
  const done = document.createDocumentFragment();
  let pagesDone = 0;
  let next = 0;
  let pages = 1;
  let grow = true;
  try {
    for (let guard = 0; guard < 10_000; guard++) {
      // the next stretch: up to and including a 督办 table once the window holds WINDOW_BLOCKS
      // blocks, or all that is left (not after a split: the continuation is measured first)
      const added: Element[] = [];
      while (grow && next < blocks.length) {
        const node = blocks[next++]!;
        flow.appendChild(node);
        if (node instanceof Element) added.push(node);
        if (isDuban(node) && flow.childElementCount >= WINDOW_BLOCKS) break;
      }
      snapBlocks(added);
      // measure (one layout), then change: a split table and its continuation are measured again
      const grid = gridOf(flow);
      let split: Split | null = null;
      let limit: Element | null = null;
      for (const table of Array.from(flow.querySelectorAll<HTMLTableElement>('table.duban'))) {
        split = splitTable(table, grid);
        if (split) {
          limit = table;
          break;
        }
      }
      const start = pageStart(flow, limit, grid);
      if (!split && next >= blocks.length) {
        placeImprint(grid);
        const tail = flow.lastElementChild;
        if (tail) {
          const tr = tail.getClientRects();
          const lr = tr[tr.length - 1] ?? tail.getBoundingClientRect();
          pages = pagesDone + grid.at(lr.left, lr.top).col + 1;
        }
        break;
      }
      split?.();
      grow = !split;
      if (start) {
        while (flow.firstChild && flow.firstChild !== start.el) done.appendChild(flow.firstChild);
        pagesDone += start.col;
      }
    }
  } finally {
    // everything back, in order, whatever happened above
    flow.insertBefore(done, flow.firstChild);
    while (next < blocks.length) flow.appendChild(blocks[next++]!);
  }
  writeMarks(pages);
  root.setAttribute(PAGES_ATTRIBUTE, String(pages));
  performance.measure(SETTLE_MEASURE, { start: started, end: performance.now() });
  root.setAttribute(READY_ATTRIBUTE, READY_VALUE);
}
