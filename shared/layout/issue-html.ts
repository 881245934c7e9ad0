import type { Block } from './blocks';
import { TITLE_LINE_PT } from './css';
import { escapeHtml as e } from './escape';
import { BODY_PT, CELL_PT, CHARS_PER_LINE, LINE_PITCH_PT, TITLE_PT, cells, lines, linesFor, mmToPt, round3 } from './grid';
import { gridText } from './grid-text';
import { MEETING_PT } from './issue-blocks';
import { estimateLines, fitMarkSize } from './measure';

/**
 * The print HTML of the blocks only an issue has (briefing-issue-spec §2–§3). The CSS is in
 * css.ts beside the single documents' (the .masthead, .title and .p rules are shared).
 */
const AREA_W = CHARS_PER_LINE * CELL_PT;

/** Lines the 报头 takes on page 1 (L1–L7); the first body element starts on L8. */
export const ISSUE_MASTHEAD_LINES = 7;

/**
 * The 报头 as a fixed box of seven grid lines whatever it holds, so every issue of a series looks
 * alike and can go on pre-printed red stock: L1 密级/内部资料 left and 编号 right, the name centred
 * in the band L2–L4, the 期号 on L5, 编印单位 and 印发日期 on L6, the red rule 4 mm under L6's text.
 */
export function issueMasthead(b: Extract<Block, { kind: 'issue-masthead' }>): string {
  const size = fitMarkSize(b.name, b.nameMaxPt, AREA_W);
  const markLines = estimateLines(b.name, size, AREA_W);
  const band = lines(3);
  // 会议简报: the meeting's name (2号, red) over the 简报名称, the two centred together in the band
  const meetingPt = b.meeting ? fitMarkSize(b.meeting, MEETING_PT, AREA_W) : 0;
  const meetingH = meetingPt * 1.1;
  const blockTop = lines(1) + Math.max(0, (band - meetingH - markLines * size * 1.1) / 2);
  const markTop = blockTop + meetingH;
  const meeting = b.meeting ? `<div class="mark meeting" style="top:${round3(blockTop)}pt;font-size:${meetingPt}pt;line-height:${round3(meetingH)}pt;white-space:nowrap">${e(b.meeting)}</div>\n` : '';
  // glyph bottom of a 16 pt line sits (pitch + 16) / 2 under its top; the rule goes 4 mm lower
  const ruleTop = lines(5) + (LINE_PITCH_PT + BODY_PT) / 2 + mmToPt(4);
  const l1 = b.classification || b.copyNo ? `<div class="l1" style="top:0pt"><span class="cls">${e(b.classification)}</span><span class="copy">${e(b.copyNo)}</span></div>\n` : '';
  const issue = b.issue ? `<div class="issue" style="top:${lines(4)}pt">${e(b.issue)}</div>\n` : '';
  const byline = b.issuer || b.date ? `<div class="byline" style="top:${lines(5)}pt"><span>${e(b.issuer)}</span><span>${e(b.date)}</span></div>\n` : '';
  return `<header class="masthead issue-head" style="height:${lines(ISSUE_MASTHEAD_LINES)}pt">
${l1}${meeting}<div class="mark" style="top:${round3(markTop)}pt;font-size:${size}pt;line-height:${round3(size * 1.1)}pt">${e(b.name)}</div>
${issue}${byline}<div class="redline" style="top:${round3(ruleTop)}pt"></div>
</header>`;
}

/** 本期要目: heading centred in 黑体, entries in 楷体 two cells in (a long title hangs after its number). */
export function contentsHtml(b: Extract<Block, { kind: 'contents' }>): string {
  const rows = b.lines.map((l) => (l.column ? `<p class="cc">${gridText(l.text)}</p>` : `<p class="ce" style="padding-left:${cells(4)}pt;text-indent:-${cells(2)}pt">${gridText(l.text)}</p>`));
  return `<section class="contents"><h2 class="contents-head">${e(b.heading)}</h2>\n${rows.join('\n')}</section>`;
}

/**
 * An item's title: 2号小标宋 centred on 36 pt lines in a box of whole grid lines (1 line -> 2, as
 * the single document's title), or 3号 on the body pitch for dense issues; the 供稿 line under it.
 */
export function itemTitleHtml(b: Extract<Block, { kind: 'item-title' }>): string {
  const contributor = b.contributor ? `\n<p class="contributor">${gridText(b.contributor)}</p>` : '';
  if (b.size === 'small') {
    return `<h1 class="title item-title small" data-item="${e(b.itemId)}"><span>${gridText(b.text)}</span></h1>${contributor}`;
  }
  const n = estimateLines(b.text, TITLE_PT, AREA_W);
  return `<h1 class="title item-title snap" data-item="${e(b.itemId)}" style="min-height:${lines(linesFor(n * TITLE_LINE_PT))}pt"><span>${e(b.text)}</span></h1>${contributor}`;
}
