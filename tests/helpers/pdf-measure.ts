import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';

/**
 * The project's own measurement of an exported PDF against the GB/T 9704 grid, from pdfjs-dist
 * text positions: every check of the team's gridcheck tool, kept here so the tests need nothing
 * outside the repository. Lengths in pt, measured from the top-left of the page.
 */
const MM = 72 / 25.4;
export const GRID = {
  pageW: 210 * MM,
  pageH: 297 * MM,
  top: 37 * MM,
  binding: 28 * MM,
  outer: 26 * MM,
  areaW: 156 * MM,
  areaH: 225 * MM,
  pitchY: (225 * MM) / 22,
  pitchX: (156 * MM) / 28,
  mm: MM,
} as const;

export interface TextItem {
  s: string;
  x: number;
  base: number;
  size: number;
  w: number;
}
export interface Line {
  base: number;
  size: number;
  text: string;
  left: number;
  right: number;
  parts: TextItem[];
}
export interface MeasuredPage {
  n: number;
  w: number;
  h: number;
  items: TextItem[];
  lines: Line[];
  /** Type-area left edge on this page: 28 mm, or 26 mm on a mirrored even page. */
  areaLeft: number;
  body: Line[];
  pageNumber: Line | undefined;
}

const isPageNo = (s: string) => /^[—–\-－]\s*\d+\s*[—–\-－]$/.test(s.trim());
export const countChars = (s: string) => [...s.replace(/\s/g, '')].length;

function group(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.base - b.base || a.x - b.x);
  const out: Line[] = [];
  for (const it of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(last.base - it.base) < 1.5) {
      last.parts.push(it);
      last.size = Math.max(last.size, it.size);
    } else out.push({ base: it.base, size: it.size, parts: [it], text: '', left: 0, right: 0 });
  }
  for (const l of out) {
    l.parts.sort((a, b) => a.x - b.x);
    l.text = l.parts.map((p) => p.s).join('');
    l.left = l.parts[0]!.x;
    l.right = Math.max(...l.parts.map((p) => p.x + p.w));
  }
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<MeasuredPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: MeasuredPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    const tc = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of tc.items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const t = it.transform as number[];
      items.push({ s: it.str, x: t[4]!, base: vp.height - t[5]!, size: Math.hypot(t[0]!, t[1]!), w: it.width });
    }
    const lines = group(items);
    const body = lines.filter((l) => !isPageNo(l.text) && l.size > 15.5 && l.size < 16.5);
    const bodyLeft = body.length ? Math.min(...body.map((l) => l.left)) : GRID.binding;
    const mirrored = n % 2 === 0 && Math.abs(bodyLeft - GRID.outer) < Math.abs(bodyLeft - GRID.binding);
    pages.push({
      n,
      w: vp.width,
      h: vp.height,
      items,
      lines,
      body,
      areaLeft: mirrored ? GRID.outer : GRID.binding,
      pageNumber: lines.find((l) => isPageNo(l.text)),
    });
  }
  await doc.destroy();
  return pages;
}

export interface GridReport {
  pages: number;
  a4: boolean;
  /** Median body left edge relative to the binding side, per page normalised to an odd page (mm). */
  bindingMarginMm: number;
  /** Median right edge of the body, normalised to an odd page (mm from the left sheet edge). */
  rightEdgeMm: number;
  mirroredEvenPages: number;
  evenPages: number;
  linePitchPt: number;
  /** Grid line of the last body line on each page. */
  lastLineSlots: number[];
  fullLines: number;
  /** Characters (+ indent cells) of full lines: {28: 120, 27: 3}. */
  fullLineCounts: Record<number, number>;
  /** Same, counting a half-width character as half a cell (what the grid actually holds). */
  fullLineCells: Record<number, number>;
  pageNumbers: { page: number; text: string; sizePt: number; underMm: number; inMm: number; ok: boolean }[];
  offLines: string[];
  /** Text lines (page numbers aside) whose baseline lies above or below the type area. */
  outsideTypeArea: string[];
}

/** Half-width characters (ASCII and the like) take half a cell on the grid. */
export function cellsOf(s: string): number {
  let c = 0;
  for (const ch of s.replace(/\s/g, '')) c += ch.codePointAt(0)! < 0x2e80 && !/[—…“”‘’]/.test(ch) ? 0.5 : 1;
  return c;
}

export function measureGrid(pages: MeasuredPage[]): GridReport {
  const lefts: number[] = [],
    rights: number[] = [],
    slots: number[] = [];
  let pitchSum = 0,
    pitchSlots = 0,
    fullLines = 0,
    mirrored = 0;
  const counts: Record<number, number> = {},
    cellCounts: Record<number, number> = {};
  const offLines: string[] = [];
  const outsideTypeArea: string[] = [];
  const pageNumbers: GridReport['pageNumbers'] = [];
  for (const p of pages) {
    const AL = p.areaLeft;
    if (p.n % 2 === 0 && AL === GRID.outer) mirrored++;
    const pn = p.pageNumber;
    if (pn) {
      const under = (pn.base - pn.size * 0.88 - (GRID.top + GRID.areaH)) / GRID.mm;
      const odd = p.n % 2 === 1;
      const inMm = odd ? (AL + GRID.areaW - pn.right) / GRID.mm : (pn.left - AL) / GRID.mm;
      const num = Number(pn.text.replace(/\D/g, ''));
      const ok = num === p.n && pn.size > 13.5 && pn.size < 14.5 && under > 4 && under < 10 && Math.abs(inMm - 14 / GRID.mm) < 1.5;
      pageNumbers.push({ page: p.n, text: pn.text, sizePt: pn.size, underMm: under, inMm, ok });
    }
    for (const l of p.lines) {
      if (l !== pn && (l.base < GRID.top || l.base > GRID.top + GRID.areaH + 2)) outsideTypeArea.push(`p${p.n} ${(l.base / GRID.mm).toFixed(1)} mm: ${l.text}`);
    }
    const body = p.body;
    if (!body.length) continue;
    lefts.push(Math.min(...body.map((l) => l.left)) - AL + GRID.binding);
    rights.push(Math.max(...body.map((l) => l.right)) - AL + GRID.binding);
    for (let i = 1; i < body.length; i++) {
      const d = body[i]!.base - body[i - 1]!.base;
      const k = Math.round(d / GRID.pitchY);
      if (k >= 1) {
        pitchSum += d;
        pitchSlots += k;
      }
    }
    slots.push(Math.floor((body.at(-1)!.base - GRID.top) / GRID.pitchY) + 1);
    body.forEach((l, i) => {
      if (Math.abs(l.right - (AL + GRID.areaW)) >= 3 || !body[i + 1]) return;
      const indent = Math.round((l.left - AL) / GRID.pitchX);
      const c = countChars(l.text) + indent;
      const cells = Math.round(cellsOf(l.text) + indent);
      fullLines++;
      counts[c] = (counts[c] ?? 0) + 1;
      cellCounts[cells] = (cellCounts[cells] ?? 0) + 1;
      if (c !== 28) offLines.push(`p${p.n} ${c}: ${l.text}`);
    });
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? NaN;
  return {
    pages: pages.length,
    a4: pages.every((p) => Math.abs(p.w - GRID.pageW) < 2 && Math.abs(p.h - GRID.pageH) < 2),
    bindingMarginMm: med(lefts) / GRID.mm,
    rightEdgeMm: med(rights) / GRID.mm,
    mirroredEvenPages: mirrored,
    evenPages: pages.filter((p) => p.n % 2 === 0 && p.body.length).length,
    linePitchPt: pitchSum / pitchSlots,
    lastLineSlots: slots,
    fullLines,
    fullLineCounts: counts,
    fullLineCells: cellCounts,
    pageNumbers,
    offLines,
    outsideTypeArea,
  };
}

/** All text of the PDF in reading order (lines top to bottom, page by page), page numbers left out. */
export function extractedText(pages: MeasuredPage[]): string {
  return pages
    .map((p) =>
      p.lines
        .filter((l) => l !== p.pageNumber)
        .map((l) => l.text)
        .join('\n'),
    )
    .join('\n');
}

export const normalise = (s: string) => s.replace(/\s/g, '');

/** pdffonts rows: name, type, embedded. Empty when poppler-utils is missing. */
export function pdfFonts(bytes: Uint8Array): { name: string; type: string; embedded: boolean }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdffonts-'));
  try {
    const file = path.join(dir, 'f.pdf');
    writeFileSync(file, bytes);
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    return out
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((row) => {
        const cols = row.split(/\s{2,}/);
        return { name: cols[0] ?? '', type: cols[1] ?? '', embedded: / yes /.test(row.slice(row.indexOf(cols[1] ?? ''))) };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function hasPdffonts(): boolean {
  try {
    execFileSync('pdffonts', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every font dictionary of a PDF: its subtype (Type0, TrueType, Type3 …) and base font name. Needs no
 * poppler, so the Electron smoke test can ask it on Windows and macOS: a Type 3 font means a CFF face
 * was drawn as pictures, whose text extracts wrong.
 */
export async function fontDicts(pdf: Uint8Array): Promise<{ subtype: string; name: string }[]> {
  const doc = await PDFDocument.load(pdf);
  const out: { subtype: string; name: string }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const name = (key: string) => String(obj.get(PDFName.of(key)) ?? '').replace(/^\//, '');
    out.push({ subtype: name('Subtype'), name: name('BaseFont') });
  }
  return out;
}

/** The fonts embedded in a PDF: name, bytes of the font program, glyphs in it (its maxp). */
export async function embeddedFonts(pdf: Uint8Array): Promise<{ name: string; bytes: number; glyphs: number }[]> {
  const doc = await PDFDocument.load(pdf);
  const out: { name: string; bytes: number; glyphs: number }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const ref = obj.get(PDFName.of('FontFile2'));
    if (!ref) continue;
    const stream = doc.context.lookup(ref) as PDFRawStream;
    const font = stream.dict.get(PDFName.of('Filter')) ? inflateSync(stream.contents) : Buffer.from(stream.contents);
    let glyphs = -1;
    for (let i = 0; i < font.readUInt16BE(4); i++) {
      if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'maxp') glyphs = font.readUInt16BE(font.readUInt32BE(12 + i * 16 + 8) + 4);
    }
    out.push({ name: String(obj.get(PDFName.of('FontName'))).replace(/^\//, ''), bytes: font.length, glyphs });
  }
  return out;
}
