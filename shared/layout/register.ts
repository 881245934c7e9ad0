import type { RegisterTable } from '../tasks/sheet';
import { escapeHtml } from './escape';
import { fontStack } from './fonts';
import { BODY_PT, PAGE, SMALL_PT, TITLE_PT } from './grid';

/**
 * Print HTML of the 督办台账 and of the one-page 督办通知单 / 催办单 (design note §6, §7). Same page
 * geometry and fonts as the 纪要 (grid.ts, fonts.ts): A4 portrait with the 156 × 225 mm 版心, or
 * landscape with the 版心 rotated (GB/T 9704 §8). Table text is 小四 (12 pt) 仿宋, the header
 * 小四黑体 in a <thead>, which Chromium repeats at the top of every printed page. No script: the
 * printer prints at once.
 */
export const TABLE_PT = 12;

function pageCss(orientation: 'portrait' | 'landscape'): string {
  const m =
    orientation === 'portrait'
      ? `${PAGE.topMm}mm ${PAGE.outerMm}mm ${PAGE.bottomMm}mm ${PAGE.bindingMm}mm`
      : // the 版心 turned a quarter: 225 mm across, 156 mm down; the binding edge is now at the top
        `${PAGE.bindingMm}mm ${PAGE.bottomMm}mm ${PAGE.outerMm}mm ${PAGE.topMm}mm`;
  return `@page { size: A4 ${orientation}; margin: ${m};
  @bottom-center { content: "— " counter(page) " —"; white-space: pre; font-family: ${fontStack('song')}; font-size: ${SMALL_PT}pt; padding-top: 7mm; vertical-align: top; } }`;
}

const BASE_CSS = `
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: ${fontStack('fs')}; font-size: ${BODY_PT}pt; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-family: ${fontStack('xbs')}; font-size: ${TITLE_PT}pt; font-weight: normal; text-align: center; margin: 0 0 6mm; line-height: 1.4; }
.meta { display: flex; justify-content: space-between; padding: 0 1em; margin: 0 0 2mm; }
.summary { font-size: ${TABLE_PT}pt; margin: 0 0 2mm; text-indent: 2em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${TABLE_PT}pt; line-height: 1.35; }
thead { display: table-header-group; }
th { font-family: ${fontStack('hei')}; font-weight: normal; }
th, td { border: 0.5pt solid #000; padding: 1mm 1mm; vertical-align: middle; white-space: pre-line; overflow-wrap: anywhere; }
td.left { text-align: left; } td.center, th { text-align: center; }
tr { break-inside: avoid; }
`;

function tableHtml(t: Pick<RegisterTable, 'columns' | 'cells'>): string {
  // percentages of the 版心: mm widths plus cell padding and borders would overflow it
  const total = t.columns.reduce((s, c) => s + c.widthMm, 0);
  const cols = t.columns.map((c) => `<col style="width:${((c.widthMm / total) * 100).toFixed(3)}%">`).join('');
  const head = t.columns.map((c) => `<th>${escapeHtml(c.caption)}</th>`).join('');
  const body = t.cells.map((row) => `<tr>${row.map((cell, i) => `<td class="${t.columns[i]!.align}">${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function page(lang: string, title: string, orientation: 'portrait' | 'landscape', body: string, extraCss = ''): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${pageCss(orientation)}${BASE_CSS}${extraCss}</style></head><body>${body}</body></html>`;
}

/** The register: title, 督办单位 / 截至 line, the summary line, the table. */
export function buildRegisterHtml(t: RegisterTable, opts: { orientation: 'portrait' | 'landscape'; lang: string }): string {
  const body = `<h1>${escapeHtml(t.title)}</h1>
<p class="meta"><span>${escapeHtml(t.issuer)}</span><span>${escapeHtml(t.asOf)}</span></p>
<p class="summary">${escapeHtml(t.summary)}</p>
${tableHtml(t)}`;
  return page(opts.lang, t.title, opts.orientation, body);
}

export interface NoticeContent {
  title: string;
  /** The unit the notice goes to (承办单位), as the register names it. */
  unit: string;
  to: string;
  intro: string;
  columns: RegisterTable['columns'];
  cells: string[][];
  feedback: string;
  issuerLabel: string;
  issuer: string;
  date: string;
}

/**
 * The table sizes a 督办通知单 / 催办单 steps down through to stay on one A4 page (小四, 五号, 小五).
 * The services print at each in turn and keep the first that gives one page; when none does the
 * user is told (design note §7: never a silent second page).
 */
export const NOTICE_SIZES = [TABLE_PT, 10.5, 9] as const;

/** 督办通知单 / 催办单 for one unit, on one A4 portrait page, its table at `size` pt. */
export function buildNoticeHtml(n: NoticeContent, lang: string, size: number = TABLE_PT): string {
  const body = `<h1>${escapeHtml(n.title)}</h1>
<p class="to">${escapeHtml(n.to)}</p>
<p class="para">${escapeHtml(n.intro)}</p>
${tableHtml(n)}
<p class="para">${escapeHtml(n.feedback)}</p>
<p class="sign">${escapeHtml(n.issuerLabel)}：${escapeHtml(n.issuer)}<br>${escapeHtml(n.date)}</p>`;
  const css = `table { font-size: ${size}pt; } .to { margin: 0; } .para { text-indent: 2em; margin: 2mm 0; } .sign { text-align: right; margin-top: 8mm; padding-right: 4em; }`;
  return page(lang, n.title, 'portrait', body, css);
}
