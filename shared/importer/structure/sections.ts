import type { SectionKind } from '../../model';
import { findItems, ownerAfterCharge, ownerAndDue } from './items';
import { introVerb, leadAt, leadPositions, type Lead } from './leads';

/** A section before ids and limits: what recognition decided. */
export interface DraftSection {
  kind: SectionKind;
  lead: string;
  heading: string;
  paragraphs: string[];
  items: { text: string; owner: string; due: string }[];
  actionStyle: 'inline' | 'numbered';
}

const TOPIC_HEADING = /^[一二三四五六七八九十]{1,3}、(?!.*[。；;]$).{1,60}$/u;
const ITEM_PARAGRAPH = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．](?!\d)|[一二三四五六七八九十]{1,3}是|[\u2460-\u2473])/u;
const CONTINUES = /^(要|必须|必須|同时要|同時要|并要|並要)/u;

export function recogniseSections(paragraphs: readonly string[], names: readonly string[]): DraftSection[] {
  const sections: DraftSection[] = [];
  for (const p of paragraphs) {
    const last = sections[sections.length - 1];
    if (TOPIC_HEADING.test(p) && p.length <= 60) {
      sections.push(section('topic', '', [], { heading: p }));
      continue;
    }
    if (ITEM_PARAGRAPH.test(p) && last && continuesList(last)) {
      const run = findItems(p);
      const text = run && run.start === 0 && run.items.length === 1 ? run.items[0]!.text : p.replace(ITEM_PARAGRAPH, '');
      if (last.kind !== 'action-list') last.kind = 'action-list';
      last.actionStyle = 'numbered';
      last.items.push(ownerAndDue(text));
      continue;
    }
    sections.push(...paragraphSections(p, names, last));
  }
  return sections.filter((s) => s.paragraphs.length || s.items.length || s.lead || s.heading);
}

/** A list goes on when the section already holds items or its text ends by announcing them (：). */
function continuesList(s: DraftSection): boolean {
  if (s.items.length) return true;
  const tail = s.paragraphs[s.paragraphs.length - 1] ?? '';
  return /[：:]$/u.test(tail) || (s.paragraphs.length === 0 && s.lead !== '');
}

function paragraphSections(p: string, names: readonly string[], previous: DraftSection | undefined): DraftSection[] {
  const leads: { pos: number; lead: Lead }[] = [];
  let after = 0;
  for (const { pos, place } of leadPositions(p)) {
    if (pos < after) continue;
    const lead = leadAt(p, pos, place, names);
    if (!lead) continue;
    leads.push({ pos, lead });
    after = lead.bodyStart;
  }
  const out: DraftSection[] = [];
  const firstPos = leads[0]?.pos ?? p.length;
  if (firstPos > 0) {
    const head = p.slice(0, firstPos).trim();
    if (previous && CONTINUES.test(head) && (previous.kind === 'directive' || previous.kind === 'requirement')) previous.paragraphs.push(head);
    else out.push(...fromSegment(head, null));
  }
  leads.forEach(({ lead }, i) => {
    const end = leads[i + 1]?.pos ?? p.length;
    out.push(...fromSegment(p.slice(lead.bodyStart, end).trim(), lead));
  });
  return out;
}

/** One lead's text becomes a section; numbered items make it an action list. */
function fromSegment(body: string, lead: Lead | null): DraftSection[] {
  const kind: SectionKind = lead?.kind ?? 'text';
  const leadText = lead?.text ?? '';
  const run = findItems(body, leadText);
  if (run) {
    const intro = body.slice(0, run.start).trim();
    const items = run.items.map((it) => ownerAndDue(it.text));
    if (!lead) {
      // A list announced mid-paragraph without a lead at its start (…提出了三点要求：一、…): the
      // sentence that announces it opens the action list; what precedes stays text.
      const cut = Math.max(intro.lastIndexOf('。'), intro.lastIndexOf('！'), intro.lastIndexOf('？'));
      const before = cut >= 0 ? intro.slice(0, cut + 1) : '';
      const announce = cut >= 0 ? intro.slice(cut + 1) : intro;
      const verb = introVerb(announce);
      const list = section('action-list', verb, announce ? [announce] : [], { items });
      return before ? [section('text', '', [before]), list] : [list];
    }
    return [section('action-list', leadText, intro ? [intro] : [], { items })];
  }
  if (kind === 'action-list') {
    // 责成X做Y: one assignment, X the owner.
    const item = ownerAndDue(body);
    return [section('action-list', leadText, [], { items: [{ ...item, owner: item.owner || ownerAfterCharge(body) }] })];
  }
  return [section(kind, leadText, body ? [body] : [])];
}

function section(kind: SectionKind, lead: string, paragraphs: string[], extra: Partial<DraftSection> = {}): DraftSection {
  return { kind, lead, heading: '', paragraphs, items: [], actionStyle: 'inline', ...extra };
}
