import type { ActionItem, Briefing, Person, Section } from '../model';
import { chineseNumber } from '../templates';
import type { FontRole } from './fonts';
import { LABELS, chineseDate, type Labels } from './labels';
import { joinLead } from './lead';
import type { LayoutOptions, LayoutPreset } from './options';

/**
 * The neutral structure of a printed document: what the print HTML, the DOCX and the expected
 * text of the tests are all made from, so the three can never disagree about the words.
 */
export interface Run {
  text: string;
  /** A run in another face than its block (a 黑体 label in a 仿宋 line). */
  role?: FontRole;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface ImprintRow {
  /** 抄送 / 报 / 送 … printed with a full-width colon; empty for the 印发 row. */
  label: string;
  text: string;
  /** Text set flush right on the same line (印发日期, 共印份数). */
  right: string;
  /** The rule above this row: the first row's is thick, a middle one thin, none between 主送 and 抄送. */
  ruleAbove: 'thick' | 'thin' | 'none';
}

export type Block =
  | { kind: 'classification'; text: string }
  | { kind: 'minutes-masthead'; mark: string; issue: string; issuer: string; date: string }
  | { kind: 'briefing-masthead'; name: string; issue: string; issuer: string; date: string }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: HeadingLevel; number: string; text: string; sectionId: string }
  | { kind: 'paragraph'; runs: Run[]; sectionId: string }
  | { kind: 'people'; label: string; text: string }
  | { kind: 'table'; head: readonly string[]; rows: string[][]; sectionId: string }
  | { kind: 'blank' }
  | { kind: 'imprint'; rows: ImprintRow[] }
  // 简报 issues (issue-blocks.ts): the fixed L1–L7 报头, 本期要目, an item's title, the rule between items
  | { kind: 'issue-masthead'; classification: string; copyNo: string; meeting: string; name: string; nameMaxPt: number; issue: string; issuer: string; date: string }
  | { kind: 'contents'; heading: string; lines: ContentsLine[] }
  | { kind: 'item-title'; text: string; size: 'large' | 'small'; contributor: string; itemId: string }
  | { kind: 'rule' };

/** A line of 本期要目: a 栏目 head (【工作动态】) or an entry (1.标题). */
export interface ContentsLine {
  column: boolean;
  text: string;
}

/** The face of each heading level: 一、黑体 （一）楷体 1. 仿宋 （1）仿宋 (GB/T 9704 §7.3.3). */
export const HEADING_ROLE: Record<HeadingLevel, FontRole> = { 1: 'hei', 2: 'kai', 3: 'fs', 4: 'fs' };

export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

const TERMINAL = /[。；！？…”’）]$/;

/** Text of a block as it reads on paper (number and runs joined). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'classification':
    case 'title':
      return block.text;
    case 'minutes-masthead':
      return [block.mark, block.issue, block.issuer, block.date].join('');
    case 'briefing-masthead':
      return [block.name, block.issue, block.issuer, block.date].join('');
    case 'heading':
      return block.number + block.text;
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'people':
      return `${block.label}：${block.text}`;
    case 'table':
      return [block.head.join(''), ...block.rows.map((r) => r.join(''))].join('');
    case 'blank':
      return '';
    case 'imprint':
      return block.rows.map((r) => (r.label ? `${r.label}：` : '') + r.text + r.right).join('');
    case 'issue-masthead':
      return [block.classification, block.copyNo, block.meeting, block.name, block.issue, block.issuer, block.date].join('');
    case 'contents':
      return block.heading + block.lines.map((l) => l.text).join('');
    case 'item-title':
      return block.text + block.contributor;
    case 'rule':
      return '';
  }
}

/** Builds the blocks of a document for a preset, in the document's own script. */
export function buildBlocks(doc: Briefing, preset: LayoutPreset, options: LayoutOptions): Block[] {
  const labels = LABELS[doc.script];
  const out: Block[] = [];
  const classification = (options.classification || doc.masthead.classification).trim();
  if (classification) out.push({ kind: 'classification', text: classification });

  const issuer = doc.distribution.printedBy.trim() || doc.masthead.issuer.trim();
  const date = chineseDate(doc.distribution.printedOn || doc.meeting.date);
  const issue = doc.masthead.issueNo.trim() ? labels.issue(doc.masthead.issueNo.trim()) : doc.masthead.docNumber.trim();

  if (preset === 'minutes') {
    const title = doc.title.trim();
    const own = doc.masthead.issuer.trim();
    // 纪要标志 is the issuer's name and the kind, e.g. 市科技局专题会议纪要
    const mark = own && !title.startsWith(own) ? own + title : title;
    out.push({ kind: 'minutes-masthead', mark, issue, issuer, date });
  } else if (preset === 'briefing') {
    const name = options.mastheadName.trim() || labels.briefingName;
    out.push({ kind: 'briefing-masthead', name, issue, issuer, date });
    if (doc.title.trim()) out.push({ kind: 'title', text: doc.title.trim() });
  } else if (doc.title.trim()) {
    out.push({ kind: 'title', text: doc.title.trim() });
  }
  if (out.some((b) => b.kind === 'title')) out.push({ kind: 'blank' });

  out.push(...bodyBlocks(doc.sections, labels, options));

  if (preset === 'minutes') {
    const people = peopleBlocks(doc, labels);
    if (people.length) out.push({ kind: 'blank' }, ...people);
  }
  const imprint = preset === 'minutes' ? minutesImprint(doc, labels) : preset === 'briefing' ? briefingImprint(doc, labels) : null;
  if (imprint) out.push(imprint);
  return out;
}

/** The body of a document (or of an issue item): headings numbered afresh, paragraphs, action lists. */
export function bodyBlocks(sections: readonly Section[], labels: Labels, options: LayoutOptions): Block[] {
  const out: Block[] = [];
  const counters = [0, 0, 0, 0, 0];
  let depth = 0; // 1 inside a topic
  const next = (level: HeadingLevel): string => {
    counters[level] = (counters[level] ?? 0) + 1;
    for (let l = level + 1; l <= 4; l++) counters[l] = 0;
    return headingNumber(level, counters[level]!);
  };
  for (const s of sections) {
    let level = depth;
    if (s.kind === 'topic') {
      depth = 1;
      level = 1;
      if (s.heading.trim()) out.push({ kind: 'heading', level: 1, number: next(1), text: s.heading.trim(), sectionId: s.id });
    } else if (s.heading.trim()) {
      level = Math.min(4, depth + 1);
      out.push({ kind: 'heading', level: level as HeadingLevel, number: next(level as HeadingLevel), text: s.heading.trim(), sectionId: s.id });
    }
    const paragraphs = s.paragraphs
      .flatMap((p) => p.split(/\r?\n/))
      .map((p) => p.trim())
      .filter(Boolean);
    const lead = s.lead.trim();
    const withLead = (text: string, i: number) => (i === 0 && lead ? joinLead(lead, text) : text);
    if (s.kind !== 'action-list' || s.items.filter((i) => i.text.trim()).length === 0) {
      paragraphs.forEach((p, i) => out.push({ kind: 'paragraph', runs: [{ text: withLead(p, i) }], sectionId: s.id }));
      continue;
    }
    const items = s.items.filter((i) => i.text.trim());
    const style = options.actionStyles[s.id] ?? s.actionStyle;
    if (style === 'inline') {
      // 一是……二是……: one paragraph, like the seed article's 会议要求
      const head = paragraphs.slice(0, -1);
      const last = paragraphs.at(-1);
      head.forEach((p, i) => out.push({ kind: 'paragraph', runs: [{ text: withLead(p, i) }], sectionId: s.id }));
      const joined = items.map((it, i) => `${chineseNumber(i + 1)}是${itemText(it, labels, i === items.length - 1 ? '。' : '；')}`).join('');
      // the lead runs into 一是…… by the same rule when no paragraph stands between them
      const text = last !== undefined ? withLead(last, head.length) + joined : lead ? joinLead(lead, joined) : joined;
      out.push({ kind: 'paragraph', runs: [{ text }], sectionId: s.id });
      continue;
    }
    if (paragraphs.length) paragraphs.forEach((p, i) => out.push({ kind: 'paragraph', runs: [{ text: withLead(p, i) }], sectionId: s.id }));
    else if (lead) out.push({ kind: 'paragraph', runs: [{ text: `${lead}：` }], sectionId: s.id });
    if (style === 'numbered') {
      // numbered items take the next level below the heading they sit under, at least （一）
      const itemLevel = Math.min(4, Math.max(2, level + 1)) as HeadingLevel;
      items.forEach((it, i) => out.push({ kind: 'paragraph', runs: [{ text: headingNumber(itemLevel, i + 1) + itemText(it, labels, '。') }], sectionId: s.id }));
    } else {
      out.push({
        kind: 'table',
        head: labels.tableHead,
        rows: items.map((it, i) => [String(i + 1), it.text.trim(), it.owner.trim(), it.due.trim()]),
        sectionId: s.id,
      });
    }
  }
  return out;
}

/** An item's text with owner and due date in brackets before its closing mark. */
function itemText(item: ActionItem, labels: Labels, closing: string): string {
  let text = item.text.trim();
  const tail = TERMINAL.test(text) && !/[”’）]$/.test(text) ? text.slice(-1) : '';
  if (tail) text = text.slice(0, -1);
  const notes = [item.owner.trim() && `${labels.owner}：${item.owner.trim()}`, item.due.trim() && `${labels.due}：${item.due.trim()}`].filter(Boolean);
  if (notes.length) text += `（${notes.join('；')}）`;
  return text + (tail || closing);
}

function personText(p: Person): string {
  return `${p.unit.trim()}${p.title.trim()}${p.name.trim()}`;
}

function peopleBlocks(doc: Briefing, labels: Labels): Block[] {
  const out: Block[] = [];
  const chair = `${doc.meeting.chair.title.trim()}${doc.meeting.chair.name.trim()}`;
  if (chair) out.push({ kind: 'people', label: labels.chair, text: chair });
  const lists: [string, Person[]][] = [
    [labels.attendees, doc.meeting.attendees],
    [labels.absentees, doc.meeting.absentees],
    [labels.observers, doc.meeting.observers],
  ];
  for (const [label, people] of lists) {
    const text = people.map(personText).filter(Boolean).join('、');
    if (text) out.push({ kind: 'people', label, text });
  }
  return out;
}

export function withFullStop(text: string): string {
  return /[。！？]$/.test(text) ? text : `${text}。`;
}

function minutesImprint(doc: Briefing, labels: Labels): Block | null {
  const d = doc.distribution;
  const rows: ImprintRow[] = [];
  if (d.to.trim()) rows.push({ label: labels.to, text: withFullStop(d.to.trim()), right: '', ruleAbove: 'thick' });
  if (d.cc.trim()) rows.push({ label: labels.cc, text: withFullStop(d.cc.trim()), right: '', ruleAbove: rows.length ? 'none' : 'thick' });
  const printedBy = d.printedBy.trim() || doc.masthead.issuer.trim();
  const printedOn = d.printedOn ? `${chineseDate(d.printedOn)}${labels.printed}` : '';
  if (printedBy || printedOn) rows.push({ label: '', text: printedBy, right: printedOn, ruleAbove: rows.length ? 'thin' : 'thick' });
  return rows.length ? { kind: 'imprint', rows } : null;
}

function briefingImprint(doc: Briefing, labels: Labels): Block | null {
  const d = doc.distribution;
  const rows: ImprintRow[] = [];
  if (d.to.trim()) rows.push({ label: labels.reportTo, text: d.to.trim(), right: '', ruleAbove: 'thick' });
  if (d.cc.trim()) rows.push({ label: labels.sendTo, text: d.cc.trim(), right: '', ruleAbove: rows.length ? 'none' : 'thick' });
  const printedBy = d.printedBy.trim() || doc.masthead.issuer.trim();
  const copies = d.copies > 0 ? labels.copies(d.copies) : '';
  if (printedBy || copies) rows.push({ label: '', text: printedBy, right: copies, ruleAbove: rows.length ? 'thin' : 'thick' });
  return rows.length ? { kind: 'imprint', rows } : null;
}
