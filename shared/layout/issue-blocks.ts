import { resolveLists, type AddressEntry, type Issue, type IssueItem, type Series } from '../model';
import { bodyBlocks, withFullStop, type Block, type ContentsLine, type ImprintRow, type Run } from './blocks';
import { ISSUE_LABELS, copyNumberText, type IssueLabels } from './issue-labels';
import { LABELS, chineseDate } from './labels';
import type { LayoutOptions } from './options';

/**
 * What an issue needs to be printed: the issue, the series parts the page shows, the address
 * book its lists name, and (for a numbered copy of a classified series) the copy number.
 */
export interface IssuePrintInput {
  issue: Issue;
  series: Pick<Series, 'name' | 'issuer' | 'layout'> & Partial<Pick<Series, 'meeting'>>;
  book?: readonly AddressEntry[];
  /** 编号 of this printed copy; printed top right only when the series asks for copy numbers. */
  copyNumber?: number;
}

/** 简报名称 size cap under a 会议简报's meeting name (初号); the meeting name itself is 2号 (22 pt). */
export const MEETING_NAME_MAX_PT = 42;
export const MEETING_PT = 22;

/** 第5期（总第123期） or 增刊第2期 (briefing-issue-spec §1). */
export function issueNumberText(issue: Pick<Issue, 'kind' | 'number' | 'totalNumber'>, labels: IssueLabels): string {
  if (issue.kind === 'supplement') return labels.supplement(issue.number);
  return labels.issue(issue.number) + (issue.totalNumber ? labels.total(issue.totalNumber) : '');
}

/**
 * An issue as blocks, in its own script: the 报头 (L1–L7), the issue's 编者按, 本期要目 (two or
 * more items), the items one after another (title, 按语, body; 编后 after it) with the series'
 * separator between them, and the 报尾. The same blocks make the print HTML and the DOCX.
 */
export function buildIssueBlocks(input: IssuePrintInput, options: LayoutOptions): Block[] {
  const { issue, series } = input;
  const labels = ISSUE_LABELS[issue.script];
  const out: Block[] = [];
  out.push({
    kind: 'issue-masthead',
    classification: (options.classification || issue.classification).trim(),
    copyNo: series.layout.copyNumbers && input.copyNumber !== undefined ? copyNumberText(input.copyNumber) : '',
    meeting: (series.meeting ?? '').trim(),
    name: series.name.trim(),
    // under a meeting's name the 简报名称 shares the band: at most 初号 so both fit in L2–L4
    nameMaxPt: series.meeting?.trim() ? Math.min(series.layout.mastheadSize, MEETING_NAME_MAX_PT) : series.layout.mastheadSize,
    issue: issueNumberText(issue, labels),
    issuer: series.issuer.trim(),
    date: chineseDate(issue.date),
  });
  const items = issue.items;
  if (issue.editorNote.trim()) out.push(notePara(labels.note.editor, issue.editorNote, issue.id));
  if (items.length >= 2) out.push({ kind: 'contents', heading: labels.contents, lines: contentsLines(items) });
  items.forEach((item, i) => {
    // one blank grid line before the first item (after the 要目 or the 编者按); the series' separator between items
    if (i > 0 && series.layout.separator === 'rule') out.push({ kind: 'rule' });
    else if (i > 0 || out.length > 1) out.push({ kind: 'blank' });
    out.push(...itemBlocks(item, series.layout.titleSize === '3' ? 'small' : 'large', labels, issue, options));
  });
  const imprint = issueImprint(input, labels);
  if (imprint) out.push(imprint);
  return out;
}

/** Entries from the item titles (never typed: BRF-03), numbered 1. 2. …, a 栏目 head where the column changes. */
export function contentsLines(items: readonly IssueItem[]): ContentsLine[] {
  const out: ContentsLine[] = [];
  let column = '';
  items.forEach((item, i) => {
    const c = item.column.trim();
    if (c && c !== column) out.push({ column: true, text: `【${c.replace(/^【|】$/g, '')}】` });
    column = c;
    out.push({ column: false, text: `${i + 1}.${item.title.trim()}` });
  });
  return out;
}

function notePara(label: string, text: string, id: string): Block {
  const runs: Run[] = [
    { text: `${label}：`, role: 'hei' },
    { text: text.trim().replace(/\s*\n\s*/g, ''), role: 'kai' },
  ];
  return { kind: 'paragraph', runs, sectionId: id };
}

function itemBlocks(item: IssueItem, size: 'large' | 'small', labels: IssueLabels, issue: Issue, options: LayoutOptions): Block[] {
  const out: Block[] = [];
  const contributor = item.contributor.trim().replace(/^（|）$/g, '');
  out.push({ kind: 'item-title', text: item.title.trim(), size, contributor: contributor ? labels.contributor(contributor) : '', itemId: item.id });
  const note = item.note.trim();
  if (note && item.noteLabel !== 'after') out.push(notePara(labels.note[item.noteLabel], note, item.id));
  out.push(...bodyBlocks(item.sections, LABELS[issue.script], options));
  if (note && item.noteLabel === 'after') out.push(notePara(labels.note.after, note, item.id));
  return out;
}

/**
 * 报尾 (spec §4, default layout (b)): 报/送/发/本期增发 between a thick rule and a thin one, each
 * list ending with 。; then 编印单位 with the 印发日期 on the right, and 共印N份 right under it.
 */
function issueImprint(input: IssuePrintInput, labels: IssueLabels): Block | null {
  const { issue, series } = input;
  const lists = resolveLists(issue.distribution, input.book ?? []);
  const rows: ImprintRow[] = [];
  const groups: [string, string[]][] = [
    [labels.report, lists.report],
    [labels.send, lists.send],
    [labels.issueTo, lists.issue],
    [labels.extra, lists.extra],
  ];
  for (const [label, names] of groups) {
    if (names.length) rows.push({ label, text: withFullStop(names.join('，')), right: '', ruleAbove: rows.length ? 'none' : 'thick' });
  }
  const issuer = series.issuer.trim();
  const date = issue.date ? `${chineseDate(issue.date)}${labels.printed}` : '';
  if (issuer || date) rows.push({ label: '', text: issuer, right: date, ruleAbove: rows.length ? 'thin' : 'thick' });
  if (issue.copies > 0) rows.push({ label: '', text: '', right: labels.copies(issue.copies), ruleAbove: rows.length ? 'none' : 'thick' });
  return rows.length ? { kind: 'imprint', rows } : null;
}
