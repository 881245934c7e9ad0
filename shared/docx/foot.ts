import type { ImprintRow } from '../layout/blocks';
import { LINES_PER_PAGE } from '../layout/grid';

/**
 * Where the 版记 / 报尾 goes in the DOCX so that its last rule lies on the bottom edge of the type
 * area of the last page (GB/T 9704 §7.4.1), found by paginating our own line count the way
 * LibreOffice and Word do (measured on the three export fixtures, tests/integration/docx-*):
 * - a body line is exactly one 579-twip grid line, and a page holds 22 of them with 18 twips
 *   (0.9 pt) to spare;
 * - the 督办 table's 0.5 pt cell rules take layout space, so a page holding any table line
 *   holds 21 lines (2.3 pt lost on a page of table rows: line 22 no longer fits);
 * - on each page the table runs onto, its header row repeats (one line).
 * Anything near those thresholds is reported as uncertain and the caller keeps the 版记 right
 * after the text, as before.
 */

/** One block of the flow: body lines, or a table (its header row and each row, in lines). */
export type FlowItem =
  { kind: 'lines'; lines: number; /** kept with the next line (keepNext, keepLines): an issue item's title */ keep?: boolean } | { kind: 'table'; head: number; rows: readonly number[] };

export interface FootPlan {
  /** Blank body lines between the text and the 版记. */
  blanks: number;
  /** The first blank starts a new page (the 版记 does not fit under the text). */
  pageBreak: boolean;
}

/** Where the flow ends: the page (0-based), lines used on it, whether it holds table lines; null when uncertain. */
export function paginate(flow: readonly FlowItem[]): { page: number; used: number; table: boolean } | null {
  let page = 0;
  let used = 0;
  // the current page holds table lines: at least the header's two rules and one row's, 1.5 pt,
  // more than the page's 0.9 pt to spare
  let table = false;
  const newPage = () => {
    page++;
    used = 0;
    table = false;
  };
  const cap = () => (table ? LINES_PER_PAGE - 1 : LINES_PER_PAGE);
  for (const item of flow) {
    if (item.kind === 'lines') {
      // a kept block that cannot share its page with the next line starts the next page
      if (item.keep && used > 0 && used + item.lines + 1 > cap()) newPage();
      for (let i = 0; i < item.lines; i++) {
        if (used + 1 > cap()) newPage();
        used++;
      }
      continue;
    }
    // the header row and the first row line near the foot of a page: measured, LibreOffice
    // carries a header on line 22 over to the next page; not worth modelling, so give up
    if (used + item.head + 1 > LINES_PER_PAGE - 2) return null;
    table = true;
    used += item.head;
    for (const row of item.rows) {
      for (let i = 0; i < row; i++) {
        if (used + 1 > cap()) {
          newPage();
          table = true;
          used = item.head; // the repeated header row
        }
        used++;
      }
    }
  }
  return { page, used, table };
}

/** Rule thicknesses in twips (index.ts border(): thick 8/8 pt, thin 6/8 pt). */
export const RULE_TWIP = { thick: 20, thin: 15 } as const;

/** The 版记's rules stacked in its height: first and middle rules above rows, the last below. */
export function imprintRulesTwip(rows: readonly ImprintRow[]): number {
  const above = rows.reduce((t, r) => t + (r.ruleAbove === 'none' ? 0 : RULE_TWIP[r.ruleAbove]), 0);
  return above + (rows.length ? RULE_TWIP.thick : 0);
}

/**
 * Blank lines before a 版记 of `imprint` lines so its last line is the last line of its page
 * (22; 21 on a page that also holds the 督办 table, whose rules take line 22): at least one
 * blank between text and 版记; where that does not fit, a page break and the 版记 at the foot
 * of the next page. Null (keep the 版记 after the text) when the count is uncertain.
 */
export function planFoot(flow: readonly FlowItem[], imprint: number): FootPlan | null {
  if (imprint + 1 > LINES_PER_PAGE) return null;
  const end = paginate(flow);
  if (!end) return null;
  const left = (end.table ? LINES_PER_PAGE - 1 : LINES_PER_PAGE) - end.used;
  if (end.used > 0 && imprint + 1 <= left) return { blanks: left - imprint, pageBreak: false };
  return { blanks: LINES_PER_PAGE - imprint, pageBreak: true };
}
