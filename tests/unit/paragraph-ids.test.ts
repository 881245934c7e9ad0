import { describe, expect, it } from 'vitest';
import { addParagraph, addSection, changeSectionKind, duplicateSection, mergeWithPrevious, removeParagraph, replaceInParagraph, splitParagraph } from '../../shared/editor';
import { Briefing, SCHEMA_VERSION, alignParagraphIds, documentFromTemplate, migrate, normaliseParagraphIds, type Section } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';

const NOW = new Date('2026-03-05T08:00:00Z');
const fresh = () => Briefing.parse(documentFromTemplate(builtinTemplate('builtin-office-minutes-hans')!, NOW));
const alignedIn = (s: Section) => s.paragraphIds!.length === s.paragraphs.length && new Set(s.paragraphIds).size === s.paragraphIds!.length;

describe('paragraph ids (schema 2)', () => {
  it('the 1 -> 2 migration gives every paragraph an id and keeps the text', () => {
    const v2 = fresh();
    const v1 = { ...JSON.parse(JSON.stringify(v2)), schemaVersion: 1 };
    for (const s of v1.sections) delete s.paragraphIds;
    const lifted = migrate(v1) as { schemaVersion: number; sections: Section[] };
    expect(SCHEMA_VERSION).toBe(2);
    expect(lifted.schemaVersion).toBe(2);
    for (const [i, s] of lifted.sections.entries()) {
      expect(s.paragraphs).toEqual(v2.sections[i]!.paragraphs);
      expect(alignedIn(s)).toBe(true);
    }
    // The migrated raw object is a valid document, and ids survive a parse unchanged.
    const parsed = Briefing.parse(lifted);
    expect(parsed.sections.map((s) => s.paragraphIds)).toEqual(lifted.sections.map((s) => s.paragraphIds));
  });

  it('parsing fills missing or short id arrays, cuts long ones and replaces repeats', () => {
    const d = fresh();
    const s0 = d.sections.find((s) => s.paragraphs.length > 0)!;
    const raw = {
      ...d,
      sections: [
        { ...s0, paragraphs: ['一', '二', '三'], paragraphIds: ['p0000000001', 'p0000000001'] },
        { ...s0, id: 's0000000002', paragraphIds: undefined },
      ],
    };
    const parsed = Briefing.parse(raw);
    expect(parsed.sections[0]!.paragraphIds![0]).toBe('p0000000001');
    for (const s of parsed.sections) expect(alignedIn(s)).toBe(true);
    expect(alignParagraphIds(['p0000000001', 'p0000000002', 'p0000000003'], 1)).toEqual(['p0000000001']);
    // Already aligned: the same object (no new document on load).
    expect(normaliseParagraphIds(parsed)).toBe(parsed);
    // A schema-1 document that never went through the store (a fixture, an old export) still parses.
    expect(Briefing.parse({ ...JSON.parse(JSON.stringify(d)), schemaVersion: 1 }).schemaVersion).toBe(2);
  });

  it("editing operations keep ids aligned: a split keeps the first half's id, a merge the earlier one's", () => {
    const d = fresh();
    const s = d.sections.find((x) => x.paragraphs.length > 0)!;
    const [first] = s.paragraphIds!;
    const split = splitParagraph(d, s.id, 0, 2);
    const after = split.doc.sections.find((x) => x.id === s.id)!;
    expect(alignedIn(after)).toBe(true);
    expect(after.paragraphIds![0]).toBe(first);
    expect(after.paragraphIds![1]).not.toBe(first);
    const merged = mergeWithPrevious(split.doc, s.id, 1).doc.sections.find((x) => x.id === s.id)!;
    expect(merged.paragraphIds).toEqual(s.paragraphIds);

    const pasted = replaceInParagraph(d, s.id, 0, 0, 0, ['甲', '乙', '丙']).doc.sections.find((x) => x.id === s.id)!;
    expect(pasted.paragraphs.length).toBe(s.paragraphs.length + 2);
    expect(alignedIn(pasted)).toBe(true);
    const withAdded = addParagraph(d, s.id).doc;
    expect(alignedIn(withAdded.sections.find((x) => x.id === s.id)!)).toBe(true);
    const removed = removeParagraph(withAdded, s.id, 0);
    expect(alignedIn(removed.sections.find((x) => x.id === s.id)!)).toBe(true);

    const dup = duplicateSection(d, s.id);
    const copy = dup.doc.sections.find((x) => x.id === dup.id)!;
    expect(alignedIn(copy)).toBe(true);
    expect(copy.paragraphIds!.some((id) => s.paragraphIds!.includes(id))).toBe(false);

    const made = addSection(d, 'directive');
    expect(alignedIn(made.doc.sections.find((x) => x.id === made.id)!)).toBe(true);
    const list = d.sections.find((x) => x.kind === 'action-list');
    if (list) {
      const asText = changeSectionKind(d, list.id, 'text').sections.find((x) => x.id === list.id)!;
      expect(alignedIn(asText)).toBe(true);
    }
  });
});
