import type { Block, HeadingLevel, ImprintRow, Run } from './blocks';
import { MASTHEAD_TOP_PT, TITLE_LINE_PT, printCss } from './css';
import { escapeHtml } from './escape';
import { gridText } from './grid-text';
import { contentsHtml, issueMasthead, itemTitleHtml } from './issue-html';
import { BODY_PT, CHARS_PER_LINE, CELL_PT, LINE_PITCH_PT, PAGE, SMALL_PT, TITLE_PT, cells, linesFor, lines, mmToPt, round3 } from './grid';
import { estimateLines, fitMarkSize } from './measure';
import { previewBridgeScript } from './preview-bridge';
import { settleScript } from './settle';

const AREA_W = CHARS_PER_LINE * CELL_PT;
export { gridText };
const e = escapeHtml;

export interface HtmlParts {
  title: string;
  lang: string;
  blocks: Block[];
  watermark: string;
  /** Include the settle script (imprint at the foot, preview page numbers) and the preview bridge. */
  script: boolean;
  /** Give the 版记 the spacer the settle script sizes (false: it simply follows the text). */
  imprintAtFoot: boolean;
}

export function renderHtml(parts: HtmlParts): string {
  const hasClassification = parts.blocks[0]?.kind === 'classification';
  const body = parts.blocks.map((b) => renderBlock(b, hasClassification, parts.imprintAtFoot)).join('\n');
  const watermark = parts.watermark ? `<div class="watermark" aria-hidden="true">${e(parts.watermark)}</div>` : '';
  return `<!doctype html>
<html lang="${e(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${e(parts.title)}</title>
<style>${printCss()}</style>
</head>
<body>
<main class="flow" id="flow">
${body}
</main>
${watermark}
<div class="preview-marks" aria-hidden="true" data-watermark="${e(parts.watermark)}"></div>
${parts.script ? `<script>${settleScript()}</script>\n<script>${previewBridgeScript()}</script>` : ''}
</body>
</html>
`;
}

function renderBlock(b: Block, hasClassification: boolean, atFoot: boolean): string {
  switch (b.kind) {
    case 'classification':
      return `<div class="classification">${e(b.text)}</div>`;
    case 'minutes-masthead':
      return minutesMasthead(b, hasClassification);
    case 'briefing-masthead':
      return briefingMasthead(b);
    case 'title': {
      const n = estimateLines(b.text, TITLE_PT, AREA_W);
      return `<h1 class="title snap" style="min-height:${lines(linesFor(n * TITLE_LINE_PT))}pt"><span>${e(b.text)}</span></h1>`;
    }
    case 'heading':
      return heading(b.level, b.number, b.text, b.sectionId);
    case 'paragraph':
      return `<p class="p" data-section="${e(b.sectionId)}">${runs(b.runs)}</p>`;
    case 'people': {
      // 出席：names — continuation lines align after the colon (GB/T 9704 §10.3)
      const label = [...b.label].length + 1;
      return `<p class="people" style="padding-left:${cells(2 + label)}pt;text-indent:-${cells(label)}pt"><span class="label role-hei">${e(b.label)}：</span>${gridText(b.text)}</p>`;
    }
    case 'table':
      return table(b.head, b.rows, b.sectionId);
    case 'blank':
      return `<div class="blank"></div>`;
    case 'imprint':
      return imprint(b.rows, atFoot);
    case 'issue-masthead':
      return issueMasthead(b);
    case 'contents':
      return contentsHtml(b);
    case 'item-title':
      return itemTitleHtml(b);
    case 'rule':
      return `<div class="rule" role="separator"></div>`;
  }
}

function runs(list: Run[]): string {
  return list.map((r) => (r.role ? `<span class="role-${r.role}">${gridText(r.text)}</span>` : gridText(r.text))).join('');
}

function heading(level: HeadingLevel, number: string, text: string, sectionId: string): string {
  const tag = `h${level + 1}`;
  return `<${tag} class="h h${level}" data-section="${e(sectionId)}">${gridText(number + text)}</${tag}>`;
}

/** Column shares of the 督办 table in grid cells: 序号 3, 事项 13, 责任单位 7, 完成时限 5. */
const TABLE_CELLS = [3, 13, 7, 5] as const;

function table(head: readonly string[], rows: string[][], sectionId: string): string {
  const cols = TABLE_CELLS.map((c) => `<col style="width:${round3((c / CHARS_PER_LINE) * 100)}%">`).join('');
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  const cls = ['n', 'text', 'owner', 'due'];
  const tr = rows.map((r) => `<tr>${r.map((c, i) => `<td class="${cls[i]}">${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="duban" data-section="${e(sectionId)}"><colgroup>${cols}</colgroup><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

function imprint(rows: ImprintRow[], atFoot: boolean): string {
  const html = rows
    .map((r) => {
      const label = r.label ? `${r.label}：` : '';
      const hang = r.label ? `padding-left:${label.length * SMALL_PT}pt;text-indent:-${label.length * SMALL_PT}pt` : '';
      const right = r.right ? `<span class="right">${e(r.right)}</span>` : '';
      return `<div class="row rule-${r.ruleAbove}"><span class="text" style="${hang}">${e(label)}${e(r.text)}</span>${right}</div>`;
    })
    .join('');
  if (!atFoot) return `<div class="imprint">${html}</div>`;
  return `<div class="imprint-spacer" id="imprint-spacer"></div>\n<div class="imprint" id="imprint">${html}</div>`;
}

function markSize(text: string, max: number): number {
  return fitMarkSize(text, max, AREA_W);
}

interface Line {
  top: number;
  html: string;
}

/**
 * A masthead is a box of whole grid lines with its parts placed inside it: the big red mark off
 * the grid, the 16 pt lines on grid lines (so they measure as body lines would), the red rule
 * 4 mm under the last of them. The body then starts on a grid line again.
 */
function mastheadBox(cls: string, markTop: number, mark: string, markMax: number, issue: string, issuer: string, date: string): string {
  const size = markSize(mark, markMax);
  const markLines = estimateLines(mark, size, AREA_W);
  const markBottom = markTop + markLines * size * 1.1;
  const parts: Line[] = [];
  let line = Math.ceil(markBottom / LINE_PITCH_PT - 1e-6);
  if (issue) parts.push({ top: lines(line++), html: `<div class="issue">${e(issue)}</div>` });
  if (issuer || date) parts.push({ top: lines(line++), html: `<div class="byline"><span>${e(issuer)}</span><span>${e(date)}</span></div>` });
  // glyph bottom of a 16 pt line sits (pitch + 16) / 2 under its top; the rule goes 4 mm lower
  const ruleTop = parts.length ? lines(line - 1) + (LINE_PITCH_PT + BODY_PT) / 2 + mmToPt(4) : markBottom + mmToPt(4);
  const height = lines(linesFor(ruleTop + 2) + 1);
  return `<header class="masthead ${cls}" style="height:${height}pt">
<div class="mark" style="top:${round3(markTop)}pt;font-size:${size}pt;line-height:${round3(size * 1.1)}pt">${e(mark)}</div>
${parts.map((p) => p.html.replace('<div class="', `<div style="top:${p.top}pt" class="`)).join('\n')}
<div class="redline" style="top:${round3(ruleTop)}pt"></div>
</header>`;
}

function minutesMasthead(b: Extract<Block, { kind: 'minutes-masthead' }>, hasClassification: boolean): string {
  // GB/T 9704 §10.3: the mark's top edge 35 mm under the top of the type area
  const top = MASTHEAD_TOP_PT - (hasClassification ? LINE_PITCH_PT : 0);
  return mastheadBox('minutes', top, b.mark, 36, b.issue, b.issuer, b.date);
}

function briefingMasthead(b: Extract<Block, { kind: 'briefing-masthead' }>): string {
  return mastheadBox('briefing', LINE_PITCH_PT / 2, b.name, 42, b.issue, b.issuer, b.date);
}

export const TYPE_AREA_PT = { width: AREA_W, height: mmToPt(PAGE.areaHeightMm) };
