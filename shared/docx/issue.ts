import { AlignmentType, LineRuleType, Paragraph, TabStopType } from 'docx';
import type { Block } from '../layout/blocks';
import { TITLE_LINE_PT } from '../layout/css';
import { BODY_PT, CELL_PT, CHARS_PER_LINE, TITLE_PT, linesFor } from '../layout/grid';
import { estimateLines, fitMarkSize } from '../layout/measure';
import { MEETING_PT } from '../layout/issue-blocks';
import { border, gridRuns, text } from './runs';
import { CELL_TWIP, LINE_TWIP, STYLE, half, twip } from './styles';

/**
 * The DOCX of the blocks only a 简报 issue has (briefing-issue-spec §2–§3), each in a named style
 * (简报名称, 本期要目, 要目条目, 条目标题, 供稿单位, 条目分隔线) so an official can restyle or edit one
 * item in Word or WPS. Grid rules as in index.ts: whole grid lines per block, nothing floating.
 */
const AREA_PT = CHARS_PER_LINE * CELL_PT;
const AREA_TWIP = twip(AREA_PT);
const RED = 'FF0000';
/** Half a point less padding each side than the whole lines leave: LibreOffice's 1/100 mm rounding (index.ts). */
const SLACK_TWIP = 10;

/** Space before and after a centred block of `n` exact lines of `lineTwip` so it fills `gridLines` whole grid lines. */
export function padToLines(n: number, lineTwip: number, gridLines: number): number {
  return Math.max(0, Math.floor((gridLines * LINE_TWIP - n * lineTwip) / 2) - SLACK_TWIP);
}

/** A 2号 title's lines (36 pt each) and the grid lines that hold them (1 -> 2, 2 -> 3, 3 -> 4). */
export function titleBox(t: string): { lines: number; gridLines: number } {
  const lines = estimateLines(t, TITLE_PT, AREA_PT);
  return { lines, gridLines: linesFor(lines * TITLE_LINE_PT) };
}

/** L1 密级 | 编号, the name centred in L2–L4, 期号 on L5, byline on L6 with the red rule 4 mm (11 pt) under it. */
export function issueMastheadDocx(b: Extract<Block, { kind: 'issue-masthead' }>): Paragraph[] {
  const size = fitMarkSize(b.name, b.nameMaxPt, AREA_PT);
  const lineTwip = twip(size * 1.1);
  const nameLines = estimateLines(b.name, size, AREA_PT);
  // 会议简报: the meeting's name (2号, red) over the 简报名称; the two share the band L2–L4
  const meetingPt = b.meeting ? fitMarkSize(b.meeting, MEETING_PT, AREA_PT) : 0;
  const meetingTwip = twip(meetingPt * 1.1);
  const pad = b.meeting ? Math.max(0, Math.floor((3 * LINE_TWIP - meetingTwip - nameLines * lineTwip) / 2) - SLACK_TWIP) : padToLines(nameLines, lineTwip, 3);
  const meeting = b.meeting
    ? [
        new Paragraph({
          style: STYLE.issueName,
          spacing: { before: pad, after: 0, line: meetingTwip, lineRule: LineRuleType.EXACT },
          children: [text(b.meeting, 'xbs', { size: half(meetingPt), color: RED })],
        }),
      ]
    : [];
  // 1.5 pt ≈ 0.5 mm, 11 pt ≈ 4 mm under the text, as index.ts; LibreOffice adds the rule and its
  // space to the line without snapping what follows to the grid, so the space after makes L6 and
  // the rule exactly two grid lines (L6, L7) and the body starts on L8 as in the PDF
  const rule = { bottom: border(12, RED, 11) };
  const ruleTwip = twip(1.5 + 11);
  return [
    new Paragraph({
      style: STYLE.classification,
      tabStops: [{ type: TabStopType.RIGHT, position: AREA_TWIP }],
      children: [text(b.classification, 'hei'), ...(b.copyNo ? [text(`\t${b.copyNo}`, 'hei')] : [])],
    }),
    ...meeting,
    new Paragraph({
      style: STYLE.issueName,
      spacing: { before: b.meeting ? 0 : pad, after: pad, line: lineTwip, lineRule: LineRuleType.EXACT },
      children: [text(b.name, 'xbs', { size: half(size), color: RED })],
    }),
    new Paragraph({ style: STYLE.masthead, children: b.issue ? [text(b.issue)] : [] }),
    new Paragraph({
      style: STYLE.masthead,
      alignment: AlignmentType.LEFT,
      indent: { left: CELL_TWIP, right: CELL_TWIP, firstLine: 0 },
      tabStops: [{ type: TabStopType.RIGHT, position: AREA_TWIP - 2 * CELL_TWIP }],
      border: rule,
      spacing: { before: 0, after: LINE_TWIP - ruleTwip, line: LINE_TWIP, lineRule: LineRuleType.EXACT },
      children: [text(b.issuer), text(`\t${b.date}`)],
    }),
  ];
}

export function contentsDocx(b: Extract<Block, { kind: 'contents' }>): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.contentsHead, children: gridRuns(b.heading, 'hei') }),
    ...b.lines.map((l) => new Paragraph({ style: l.column ? STYLE.contentsColumn : STYLE.contents, children: gridRuns(l.text, l.column ? 'hei' : 'kai') })),
  ];
}

export function itemTitleDocx(b: Extract<Block, { kind: 'item-title' }>): Paragraph[] {
  const out: Paragraph[] = [];
  if (b.size === 'small') {
    // 3号 on the body pitch: the style's 2号 size overridden on the run
    out.push(
      new Paragraph({
        style: STYLE.itemTitle,
        spacing: { before: 0, after: 0, line: LINE_TWIP, lineRule: LineRuleType.EXACT },
        children: [text(b.text, 'xbs', { size: half(BODY_PT) })],
      }),
    );
  } else {
    const box = titleBox(b.text);
    const pad = padToLines(box.lines, twip(TITLE_LINE_PT), box.gridLines);
    out.push(
      new Paragraph({
        style: STYLE.itemTitle,
        spacing: { before: pad, after: pad, line: twip(TITLE_LINE_PT), lineRule: LineRuleType.EXACT },
        children: [text(b.text, 'xbs', { size: half(TITLE_PT) })],
      }),
    );
  }
  if (b.contributor) out.push(new Paragraph({ style: STYLE.contributor, children: gridRuns(b.contributor, 'kai') }));
  return out;
}

/** The thin rule between items: half a line, the rule, the rest of the line after it: one grid line in all. */
export function itemRuleDocx(): Paragraph {
  const rule = 15; // 6/8 pt
  const half = Math.floor(LINE_TWIP / 2);
  return new Paragraph({
    style: STYLE.itemRule,
    spacing: { before: 0, line: half, lineRule: LineRuleType.EXACT, after: LINE_TWIP - half - rule },
    border: { bottom: border(6) },
  });
}
