import { describe, expect, it } from 'vitest';
import {
  addItem,
  addSection,
  canRedo,
  canUndo,
  changeSectionKind,
  cleanPaste,
  countChars,
  createHistory,
  documentStats,
  duplicateSection,
  mergeWithPrevious,
  moveItem,
  moveSection,
  moveSectionTo,
  paragraphLines,
  parseDateInput,
  parsePeople,
  parseTimeInput,
  record,
  redo,
  removeItem,
  removeSection,
  replaceInParagraph,
  splitParagraph,
  undo,
} from '../../shared/editor';
import { LIMITS, documentFromTemplate, type Briefing } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';

function doc(id = 'builtin-office-minutes-hans'): Briefing {
  return documentFromTemplate(builtinTemplate(id)!, new Date('2026-03-05T08:00:00Z'));
}

describe('undo history', () => {
  it('coalesces typing in one field within the merge window, and not across fields or pauses', () => {
    let h = createHistory('a');
    h = record(h, 'ab', { key: 'title', at: 1000 });
    h = record(h, 'abc', { key: 'title', at: 1500 });
    expect(h.past).toEqual(['a']);
    h = record(h, 'abcd', { key: 'title', at: 4000 });
    expect(h.past).toEqual(['a', 'abc']);
    h = record(h, 'abcde', { key: 'other', at: 4100 });
    expect(h.past).toEqual(['a', 'abc', 'abcd']);
  });

  it('undoes and redoes, and a new edit clears the redo list', () => {
    let h = createHistory(1);
    h = record(h, 2, { at: 0 });
    h = record(h, 3, { at: 0 });
    h = undo(h);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe(3);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = record(redo(h), 9, { at: 0 });
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 2]);
  });

  it('typing right after an undo starts a new step', () => {
    let h = createHistory('');
    h = record(h, 'x', { key: 'p', at: 0 });
    h = undo(h);
    h = record(h, 'y', { key: 'p', at: 10 });
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('keeps the caret with each step: undo restores it from before the edit, redo from after', () => {
    const at = (start: number) => ({ key: 'p:s1:0', start, end: start });
    let h = createHistory('ab');
    h = record(h, 'aXb', { key: 'p:s1:0', at: 0, before: at(1), after: at(2) });
    h = record(h, 'aXYb', { key: 'p:s1:0', at: 100, before: at(2), after: at(3) });
    h = record(h, 'aXYb!', { key: 'title', at: 5000, before: { key: 'title', start: 4, end: 4 }, after: { key: 'title', start: 5, end: 5 } });
    h = undo(h);
    expect(h.present).toBe('aXYb');
    expect(h.selection).toEqual({ key: 'title', start: 4, end: 4 });
    h = undo(h);
    expect(h.present).toBe('ab');
    expect(h.selection).toEqual(at(1)); // where the merged burst of typing began
    h = redo(h);
    expect(h.present).toBe('aXYb');
    expect(h.selection).toEqual(at(3));
    expect(h.pastEdits.length).toBe(h.past.length);
    expect(h.futureEdits.length).toBe(h.future.length);
  });

  it('keeps at most the limit of steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 50; i++) h = record(h, i, { at: 0, limit: 10 });
    expect(h.past.length).toBe(10);
    expect(h.past[0]).toBe(40);
    expect(h.pastEdits.length).toBe(10);
  });
});

describe('document operations', () => {
  it('adds a section after another with its stock lead in the document script', () => {
    const d = doc();
    const { doc: next, id } = addSection(d, 'requirement', d.sections[0]!.id);
    expect(next.sections[1]!.id).toBe(id);
    expect(next.sections[1]!.lead).toBe('会议强调');
    const hant = doc('builtin-minutes-hant');
    expect(addSection(hant, 'directive').doc.sections.at(-1)!.lead).toBe('會議指出');
    expect(d.sections).toHaveLength(5); // untouched
  });

  it('duplicates with fresh ids, moves by one and to a place, removes', () => {
    const d = doc();
    const first = d.sections[0]!;
    const dup = duplicateSection(d, first.id);
    expect(dup.doc.sections[1]!.paragraphs).toEqual(first.paragraphs);
    expect(dup.id).not.toBe(first.id);
    const moved = moveSection(d, first.id, 1);
    expect(moved.sections.map((s) => s.id).slice(0, 2)).toEqual([d.sections[1]!.id, first.id]);
    expect(moveSection(d, first.id, -1)).toBe(d);
    expect(moveSectionTo(d, first.id, 99).sections.at(-1)!.id).toBe(first.id);
    expect(removeSection(d, first.id).sections).toHaveLength(4);
    expect(moved.sections[2]).toBe(d.sections[2]); // untouched sections are shared
  });

  it('changes kind without losing text', () => {
    const d = doc();
    const list = d.sections.find((s) => s.kind === 'action-list')!;
    const asText = changeSectionKind(d, list.id, 'decision').sections.find((s) => s.id === list.id)!;
    expect(asText.lead).toBe('会议决定');
    expect(asText.items).toEqual([]);
    expect(asText.paragraphs).toContain(list.items[0]!.text);
    const directive = d.sections.find((s) => s.kind === 'directive')!;
    const custom = { ...d, sections: d.sections.map((s) => (s.id === directive.id ? { ...s, lead: '会议一致认为' } : s)) };
    expect(changeSectionKind(custom, directive.id, 'requirement').sections.find((s) => s.id === directive.id)!.lead).toBe('会议一致认为');
    expect(changeSectionKind(d, directive.id, 'action-list').sections.find((s) => s.id === directive.id)!.items).toHaveLength(1);
  });

  it('splits a paragraph at the caret (Enter) and merges it back (Backspace)', () => {
    const d = doc();
    const s = d.sections[0]!;
    const split = splitParagraph(d, s.id, 0, 4);
    const paras = split.doc.sections[0]!.paragraphs;
    expect(paras).toEqual([s.paragraphs[0]!.slice(0, 4), s.paragraphs[0]!.slice(4)]);
    expect([split.index, split.caret]).toEqual([1, 0]);
    const merged = mergeWithPrevious(split.doc, s.id, 1);
    expect(merged.doc.sections[0]!.paragraphs).toEqual(s.paragraphs);
    expect([merged.index, merged.caret]).toEqual([0, 4]);
    // The transaction's selection says the same, as a focus key and offsets.
    expect(split.selection).toEqual({ key: `p:${s.id}:1`, start: 0, end: 0 });
    expect(merged.selection).toEqual({ key: `p:${s.id}:0`, start: 4, end: 4 });
  });

  it('pastes lines as paragraphs around the selection', () => {
    const d = { ...doc(), sections: [{ ...doc().sections[0]!, paragraphs: ['前文后文'] }] };
    const r = replaceInParagraph(d, d.sections[0]!.id, 0, 2, 2, ['甲', '乙', '丙']);
    expect(r.doc.sections[0]!.paragraphs).toEqual(['前文甲', '乙', '丙后文']);
    expect([r.index, r.caret]).toEqual([2, 1]);
  });

  it('adds, moves and removes action items', () => {
    const d = doc();
    const list = d.sections.find((s) => s.kind === 'action-list')!;
    const first = list.items[0]!.id;
    const added = addItem(d, list.id, first);
    const items = () => added.doc.sections.find((s) => s.id === list.id)!.items;
    expect(items().map((i) => i.id)).toEqual([first, added.id]);
    const moved = moveItem(added.doc, list.id, added.id, -1);
    expect(moved.sections.find((s) => s.id === list.id)!.items[0]!.id).toBe(added.id);
    expect(removeItem(moved, list.id, first).sections.find((s) => s.id === list.id)!.items).toHaveLength(1);
  });

  it('reads lists of people as clerks type them', () => {
    expect(parsePeople('张三、李四（办公室主任）, 王五\n赵六')).toEqual([
      { name: '张三', title: '', unit: '' },
      { name: '李四', title: '办公室主任', unit: '' },
      { name: '王五', title: '', unit: '' },
      { name: '赵六', title: '', unit: '' },
    ]);
  });
});

describe('字数 and pages', () => {
  it('counts each Han character and full-width mark once, a Latin word or number once, spaces never', () => {
    expect(countChars('会议指出，')).toBe(5);
    expect(countChars('推进 5G 网络建设 in 2024 年')).toBe(2 + 1 + 4 + 1 + 1 + 1);
    expect(countChars('')).toBe(0);
    expect(countChars('GB/T 9704')).toBe(4);
  });

  it('estimates lines on the 28-character line with a two-character indent', () => {
    expect(paragraphLines('')).toBe(1);
    expect(paragraphLines('字'.repeat(26))).toBe(1);
    expect(paragraphLines('字'.repeat(27))).toBe(2);
    expect(paragraphLines('a'.repeat(52))).toBe(1);
  });

  it('estimates pages on the 22 x 28 grid', () => {
    const d = doc('builtin-work-briefing-hans');
    const twentyPages = { ...d, sections: [{ ...d.sections[0]!, paragraphs: Array.from({ length: 20 * 22 }, () => '字'.repeat(26)) }] };
    const stats = documentStats(twentyPages);
    expect(stats.chars).toBe(20 * 22 * 26 + countChars(d.title));
    expect(stats.pages).toBe(21); // 440 body lines + the title block spill onto page 21
    expect(documentStats({ title: '', sections: [] }).pages).toBe(1);
  });
});

describe('pasting', () => {
  it('strips control characters visibly and makes lines paragraphs', () => {
    const r = cleanPaste('\u3000\u3000第一段\u0007\r\n\r\n  第二段\u0000');
    expect(r.pieces).toEqual(['第一段', '第二段']);
    expect(r.removedControls).toBe(2);
  });

  it('cuts a paragraph longer than the limit at a sentence end, keeping every character', () => {
    const long = '一句话。'.repeat(100);
    const r = cleanPaste(long, 50);
    expect(r.pieces.every((p) => p.length <= 50)).toBe(true);
    expect(r.pieces.join('')).toBe(long);
    expect(r.pieces[0]!.endsWith('。')).toBe(true);
    expect(r.cutParagraphs).toBe(1);
    const mb = cleanPaste('字'.repeat(1_048_576));
    expect(mb.pieces.every((p) => p.length <= LIMITS.paragraph)).toBe(true);
    expect(mb.chars).toBe(1_048_576);
  });
});

describe('dates and times', () => {
  it('reads the ways clerks write dates, and refuses impossible ones', () => {
    expect(parseDateInput('2024-03-05')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateInput('2024年3月5日')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateInput('２０２４/3/5')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateInput('2024.3.5').value).toBe('2024-03-05');
    expect(parseDateInput('')).toEqual({ ok: true, value: '' });
    expect(parseDateInput('2023-02-29').ok).toBe(false);
    expect(parseDateInput('2024-13-01').ok).toBe(false);
    expect(parseDateInput('明天').ok).toBe(false);
  });

  it('reads times', () => {
    expect(parseTimeInput('9:30').value).toBe('09:30');
    expect(parseTimeInput('9时30分').value).toBe('09:30');
    expect(parseTimeInput('15点').value).toBe('15:00');
    expect(parseTimeInput('25:00').ok).toBe(false);
  });
});
