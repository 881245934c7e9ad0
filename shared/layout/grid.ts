/**
 * The GB/T 9704-2012 page grid in numbers (spec A.2, A.3). Every length the layouts use is
 * derived here, so the print CSS, the on-screen preview and the DOCX agree by construction.
 */

export const PT_PER_MM = 72 / 25.4;
export const PX_PER_PT = 4 / 3;

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** 天头 */
  topMm: 37,
  /** 订口: the binding edge; left on odd pages, right on even pages (duplex). */
  bindingMm: 28,
  /** 翻口: the outer edge. */
  outerMm: 26,
  /** Derived: 297 - 37 - 225. */
  bottomMm: 35,
  areaWidthMm: 156,
  areaHeightMm: 225,
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 3号: the body size. */
export const BODY_PT = 16;
/** 4号: page numbers and the imprint. */
export const SMALL_PT = 14;
/** 2号: titles. */
export const TITLE_PT = 22;

/**
 * Line pitch. 225 mm / 22 = 28.99 pt exactly, but Chromium rounds line boxes to 1/64 px and
 * 22 x 28.99 pt can end a hair below the page area, pushing line 22 onto the next page. 28.98 pt
 * keeps all 22 lines inside with 0.2 pt to spare, within any measurement tolerance.
 */
export const LINE_PITCH_PT = 28.98;

/** One grid cell: 156 mm / 28 = 15.793 pt. */
export const CELL_PT = (PAGE.areaWidthMm * PT_PER_MM) / CHARS_PER_LINE;

/**
 * Letter spacing that sets a 16 pt full-width font on 28 cells. The exact figure is -0.207 pt;
 * -0.21 pt leaves 0.08 pt of slack per line so rounding can never drop the 28th character.
 */
export const LETTER_SPACING_PT = -0.21;

/** The advance of one full-width character as laid out: 15.79 pt. */
export const ADVANCE_PT = BODY_PT + LETTER_SPACING_PT;

/** A length of n grid cells, in pt, as laid out (n advances). */
export function cells(n: number): number {
  return round3(n * ADVANCE_PT);
}

/** A length of n grid lines, in pt. */
export function lines(n: number): number {
  return round3(n * LINE_PITCH_PT);
}

/** The smallest whole number of grid lines that holds `pt` points. */
export function linesFor(pt: number): number {
  return Math.max(1, Math.ceil(pt / LINE_PITCH_PT - 1e-6));
}

export function mmToPt(mm: number): number {
  return round3(mm * PT_PER_MM);
}

export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** DOCX units. */
export const TWIP_PER_PT = 20;
export function mmToTwip(mm: number): number {
  return Math.round(mm * PT_PER_MM * TWIP_PER_PT);
}
