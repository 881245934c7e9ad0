import { LIMITS, newActionItem, newId, newParagraphId, paragraphIdsOf, withParagraphIds, type ActionItem, type Briefing, type Person, type Section, type SectionKind } from '../model';
import { LEAD_PHRASES, defaultLead, sectionFromTemplate } from '../templates';
import { caretAt, fk, type Selection } from './selection';

/**
 * Document operations for the editor: pure functions from a document to a new document, sharing
 * every untouched part (so React can skip unchanged sections and undo costs a pointer).
 * Operations that create or move text return, beside the document, the selection that goes with
 * it (a Transaction: the caret the editor shows and the history restores on redo); they also keep
 * returning the new id or position for callers that only need that.
 */

type Doc = Briefing;

/**
 * The section's paragraph ids after replacing `remove` paragraphs at `at` with `insert` new ones;
 * the paragraph at `at` keeps its id when `keepFirst` (a split keeps the id on its first half).
 */
function spliceIds(s: Section, at: number, remove: number, insert: number, keepFirst = false): string[] {
  const ids = paragraphIdsOf(s).slice();
  const kept = keepFirst && remove > 0 && insert > 0 ? [ids[at]!] : [];
  const fresh = Array.from({ length: insert - kept.length }, newParagraphId);
  ids.splice(at, remove, ...kept, ...fresh);
  return ids;
}

function indexOfSection(doc: Doc, id: string): number {
  return doc.sections.findIndex((s) => s.id === id);
}

export function updateSection(doc: Doc, id: string, fn: (s: Section) => Section): Doc {
  const i = indexOfSection(doc, id);
  if (i < 0) return doc;
  const next = fn(doc.sections[i]!);
  if (next === doc.sections[i]) return doc;
  const sections = doc.sections.slice();
  sections[i] = next;
  return { ...doc, sections };
}

/** A new section of `kind` after section `afterId` (or at the end), starting with its stock lead in the document's script. */
export function addSection(doc: Doc, kind: SectionKind, afterId?: string): { doc: Doc; id: string; selection: Selection | null } {
  if (doc.sections.length >= LIMITS.sectionsPerDocument) return { doc, id: '', selection: null };
  const section = withParagraphIds(sectionFromTemplate(kind, doc.script));
  const at = afterId ? indexOfSection(doc, afterId) + 1 : doc.sections.length;
  const sections = doc.sections.slice();
  sections.splice(at <= 0 ? doc.sections.length : at, 0, section);
  const key = kind === 'topic' ? fk.heading(section.id) : kind === 'action-list' ? fk.kind(section.id) : fk.paragraph(section.id, 0);
  return { doc: { ...doc, sections }, id: section.id, selection: caretAt(key) };
}

export function duplicateSection(doc: Doc, id: string): { doc: Doc; id: string; selection: Selection | null } {
  const i = indexOfSection(doc, id);
  if (i < 0 || doc.sections.length >= LIMITS.sectionsPerDocument) return { doc, id: '', selection: null };
  const s = doc.sections[i]!;
  const copy: Section = { ...s, id: newId('s'), paragraphs: [...s.paragraphs], paragraphIds: s.paragraphs.map(newParagraphId), items: s.items.map((x) => ({ ...x, id: newId('a') })) };
  const sections = doc.sections.slice();
  sections.splice(i + 1, 0, copy);
  return { doc: { ...doc, sections }, id: copy.id, selection: caretAt(fk.kind(copy.id)) };
}

export function removeSection(doc: Doc, id: string): Doc {
  const i = indexOfSection(doc, id);
  if (i < 0) return doc;
  return { ...doc, sections: doc.sections.filter((s) => s.id !== id) };
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x as T);
  return out;
}

/** Moves a section to position `to` (clamped). Used by drag and drop. */
export function moveSectionTo(doc: Doc, id: string, to: number): Doc {
  const from = indexOfSection(doc, id);
  const target = Math.max(0, Math.min(doc.sections.length - 1, to));
  if (from < 0 || from === target) return doc;
  return { ...doc, sections: move(doc.sections, from, target) };
}

/** Moves a section up (-1) or down (+1). Used by Alt+Up/Down and the arrow buttons. */
export function moveSection(doc: Doc, id: string, delta: number): Doc {
  const from = indexOfSection(doc, id);
  return from < 0 ? doc : moveSectionTo(doc, id, from + delta);
}

/** Is `lead` one of the stock phrases (in either script) of `kind`, or empty? Such a lead follows a kind change. */
export function isStockLead(kind: SectionKind, lead: string): boolean {
  if (!lead) return true;
  if (kind === 'text' || kind === 'topic') return false;
  return LEAD_PHRASES.hans[kind].includes(lead) || LEAD_PHRASES.hant[kind].includes(lead);
}

/**
 * Changes a section's kind without losing text: a stock lead becomes the new kind's stock lead
 * (a lead the user wrote is kept); leaving an action list turns its items into paragraphs;
 * entering one with no items adds an empty item.
 */
export function changeSectionKind(doc: Doc, id: string, kind: SectionKind): Doc {
  return updateSection(doc, id, (s) => {
    if (s.kind === kind) return s;
    const lead = isStockLead(s.kind, s.lead) ? defaultLead(kind, doc.script) : s.lead;
    let paragraphs = s.paragraphs;
    let items = s.items;
    if (s.kind === 'action-list' && kind !== 'action-list' && items.length > 0) {
      paragraphs = [...paragraphs, ...items.map((i) => i.text).filter((t) => t !== '')];
      items = [];
    }
    if (kind === 'action-list' && items.length === 0) items = [newActionItem()];
    if (kind !== 'topic' && kind !== 'action-list' && paragraphs.length === 0) paragraphs = [''];
    const paragraphIds = spliceIds(s, s.paragraphs.length, 0, paragraphs.length - s.paragraphs.length);
    return { ...s, kind, lead, paragraphs, paragraphIds, items };
  });
}

// ------------------------------------------------------------------ paragraphs

export function setParagraph(doc: Doc, sectionId: string, index: number, text: string): Doc {
  return updateSection(doc, sectionId, (s) => {
    if (s.paragraphs[index] === text) return s;
    const paragraphs = s.paragraphs.slice();
    paragraphs[index] = text;
    return { ...s, paragraphs };
  });
}

/**
 * Replaces the selection [start, end) of paragraph `index` with `pieces`: the first piece joins
 * the text before the selection, the last the text after it, the others become paragraphs of
 * their own. Enter is `pieces = ['', '']`; a multi-line paste is its lines.
 * Returns where the caret goes: the paragraph index and offset.
 */
export function replaceInParagraph(
  doc: Doc,
  sectionId: string,
  index: number,
  start: number,
  end: number,
  pieces: readonly string[],
): { doc: Doc; index: number; caret: number; selection: Selection } {
  let caret = { index, caret: start };
  const next = updateSection(doc, sectionId, (s) => {
    const current = s.paragraphs[index] ?? '';
    const before = current.slice(0, start);
    const after = current.slice(end);
    const parts = pieces.length === 0 ? [''] : pieces;
    const made = parts.map((p, i) => (i === 0 ? before : '') + p + (i === parts.length - 1 ? after : ''));
    const room = LIMITS.paragraphsPerSection - s.paragraphs.length + 1;
    const kept = made.length > room ? [...made.slice(0, room - 1), made.slice(room - 1).join('')] : made;
    const paragraphs = s.paragraphs.slice();
    paragraphs.splice(index, 1, ...kept);
    const last = kept.length - 1;
    caret = { index: index + last, caret: (kept[last] ?? '').length - after.length };
    return { ...s, paragraphs, paragraphIds: spliceIds(s, index, 1, kept.length, true) };
  });
  return { doc: next, ...caret, selection: caretAt(fk.paragraph(sectionId, caret.index), caret.caret) };
}

export function splitParagraph(doc: Doc, sectionId: string, index: number, caret: number, caretEnd = caret) {
  return replaceInParagraph(doc, sectionId, index, caret, caretEnd, ['', '']);
}

/** Backspace at the start of a paragraph: joins it to the one before. Returns the caret in the joined paragraph. */
export function mergeWithPrevious(doc: Doc, sectionId: string, index: number): { doc: Doc; index: number; caret: number; selection: Selection } {
  if (index <= 0) return { doc, index, caret: 0, selection: caretAt(fk.paragraph(sectionId, index), 0) };
  let caret = 0;
  const next = updateSection(doc, sectionId, (s) => {
    const prev = s.paragraphs[index - 1] ?? '';
    caret = prev.length;
    const paragraphs = s.paragraphs.slice();
    paragraphs.splice(index - 1, 2, prev + (s.paragraphs[index] ?? ''));
    return { ...s, paragraphs, paragraphIds: spliceIds(s, index, 1, 0) };
  });
  return { doc: next, index: index - 1, caret, selection: caretAt(fk.paragraph(sectionId, index - 1), caret) };
}

export function addParagraph(doc: Doc, sectionId: string): { doc: Doc; index: number; selection: Selection } {
  let index = 0;
  const next = updateSection(doc, sectionId, (s) => {
    if (s.paragraphs.length >= LIMITS.paragraphsPerSection) return s;
    index = s.paragraphs.length;
    return { ...s, paragraphs: [...s.paragraphs, ''], paragraphIds: spliceIds(s, index, 0, 1) };
  });
  return { doc: next, index, selection: caretAt(fk.paragraph(sectionId, index), 0) };
}

export function removeParagraph(doc: Doc, sectionId: string, index: number): Doc {
  return updateSection(doc, sectionId, (s) =>
    index < 0 || index >= s.paragraphs.length ? s : { ...s, paragraphs: s.paragraphs.filter((_, i) => i !== index), paragraphIds: spliceIds(s, index, 1, 0) },
  );
}

// ------------------------------------------------------------------ action items

export function addItem(doc: Doc, sectionId: string, afterId?: string): { doc: Doc; id: string; selection: Selection | null } {
  const item = newActionItem();
  const next = updateSection(doc, sectionId, (s) => {
    if (s.items.length >= LIMITS.itemsPerSection) return s;
    const at = afterId ? s.items.findIndex((i) => i.id === afterId) + 1 : s.items.length;
    const items = s.items.slice();
    items.splice(at <= 0 ? s.items.length : at, 0, item);
    return { ...s, items };
  });
  return next === doc ? { doc, id: '', selection: null } : { doc: next, id: item.id, selection: caretAt(fk.item(item.id, 'text'), 0) };
}

export function updateItem(doc: Doc, sectionId: string, itemId: string, patch: Partial<Omit<ActionItem, 'id'>>): Doc {
  return updateSection(doc, sectionId, (s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? { ...i, ...patch } : i)) }));
}

export function moveItem(doc: Doc, sectionId: string, itemId: string, delta: number): Doc {
  return updateSection(doc, sectionId, (s) => {
    const from = s.items.findIndex((i) => i.id === itemId);
    const to = Math.max(0, Math.min(s.items.length - 1, from + delta));
    if (from < 0 || from === to) return s;
    return { ...s, items: move(s.items, from, to) };
  });
}

export function removeItem(doc: Doc, sectionId: string, itemId: string): Doc {
  return updateSection(doc, sectionId, (s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) }));
}

// ------------------------------------------------------------------ people

export type PeopleList = 'attendees' | 'absentees' | 'observers';

/**
 * Splits what a clerk types or pastes into a list of people: names separated by 、，,；; or
 * line breaks. "张三（办公室主任）" keeps the bracketed part as the title.
 */
export function parsePeople(text: string): Person[] {
  return text
    .split(/[、，,；;\n\r]+/u)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)[（(]([^）)]*)[）)]$/u.exec(s);
      return m ? { name: m[1]!.trim(), title: m[2]!.trim(), unit: '' } : { name: s, title: '', unit: '' };
    });
}

export function setPeople(doc: Doc, list: PeopleList, people: Person[]): Doc {
  return { ...doc, meeting: { ...doc.meeting, [list]: people.slice(0, LIMITS.peoplePerList) } };
}
