import { BorderStyle, Tab, TextRun, type IBorderOptions } from 'docx';
import { HALF_WIDTH_SPACING_TWIP, font } from './styles';

// Runs and borders every block renderer of the DOCX uses (index.ts, issue.ts).

/** A run with its East Asian font; a leading \t becomes a real <w:tab/> (a tab inside w:t is just a space). */
export function text(t: string, role: keyof typeof ROLE_OF = 'fs', extra: Record<string, unknown> = {}): TextRun {
  if (t.startsWith('\t')) return new TextRun({ children: [new Tab(), t.slice(1)], font: font(ROLE_OF[role]), ...extra });
  return new TextRun({ text: t, font: font(ROLE_OF[role]), ...extra });
}
export const ROLE_OF = { fs: 'fs', hei: 'hei', kai: 'kai', xbs: 'xbs', song: 'song' } as const;

const HALF_WIDTH = /[\u0021-\u007e\u00a1-\u00ff]+|[^\u0021-\u007e\u00a1-\u00ff]+/g;

/**
 * Body text on the grid, as the print HTML sets it (shared/layout gridText): every character takes
 * one cell, half-width ones included, so a line breaks where the PDF's does. Runs of half-width
 * characters get the spacing that widens a half-em glyph (8 pt) to a cell (15.75 pt).
 */
export function gridRuns(t: string, role: keyof typeof ROLE_OF = 'fs'): TextRun[] {
  return (t.match(HALF_WIDTH) ?? []).map((part) => (/^[\u0021-\u007e\u00a1-\u00ff]/.test(part) ? text(part, role, { characterSpacing: HALF_WIDTH_SPACING_TWIP }) : text(part, role)));
}

export function border(sizeEighths: number, color = '000000', space = 0): IBorderOptions {
  return { style: BorderStyle.SINGLE, size: sizeEighths, color, space };
}
