import { describe, expect, it } from 'vitest';
import { AddressBookFile, Issue, Series, blankItem, documentFromTemplate, itemFromDocument, newIssue, newSeries, resolveLists, sourceChanged } from '../../shared/model';
import { BUILTIN_TEMPLATES } from '../../shared/templates';

const NOW = new Date('2026-03-05T08:00:00Z');

describe('issue model', () => {
  it('makes a draft issue that copies the series defaults', () => {
    const series = newSeries({
      name: '工作简报',
      issuer: '某市人民政府办公室',
      now: NOW,
      numbering: { resetYearly: true, total: true, supplements: false },
      classification: '内部资料　注意保存',
      copies: 120,
      distribution: { report: [{ type: 'text', text: '市委办公室' }], send: [], issue: [], extra: [] },
    });
    expect(Series.safeParse(series).success).toBe(true);
    const issue = newIssue(series, NOW, { number: 5, totalNumber: 123, date: '2026-03-05' });
    expect(Issue.safeParse(issue).success).toBe(true);
    expect(issue).toMatchObject({ number: 5, totalNumber: 123, year: 2026, status: 'draft', copies: 120, classification: '内部资料　注意保存' });
    expect(issue.distribution.report).toEqual([{ type: 'text', text: '市委办公室' }]);
    // a supplement never carries 总期号
    expect(newIssue(series, NOW, { number: 1, totalNumber: 124, kind: 'supplement' }).totalNumber).toBeNull();
  });

  it('keeps its own copy of a document and tells when the source moved on', () => {
    const doc = documentFromTemplate(BUILTIN_TEMPLATES[0]!, NOW);
    const item = itemFromDocument(doc, { note: '请各地对照检查。' });
    expect(item.source).toEqual({ docId: doc.id, revision: doc.revision, kind: doc.kind });
    expect(item.sections.map((s) => s.id)).not.toEqual(doc.sections.map((s) => s.id));
    item.sections[0]!.paragraphs.push('只在简报里');
    expect(doc.sections[0]!.paragraphs).not.toContain('只在简报里');
    expect(sourceChanged(item, doc)).toBe(false);
    expect(sourceChanged(item, { ...doc, revision: doc.revision + 1 })).toBe(true);
    expect(sourceChanged(blankItem('新条目'), doc)).toBe(false);
  });

  it('resolves recipients through the address book and refuses bad shapes', () => {
    const book = AddressBookFile.parse({
      format: 'briefing-desk/address-book',
      schemaVersion: 1,
      entries: [
        { id: 'unit-0001', kind: 'unit', name: '市委办公室' },
        { id: 'person-01', kind: 'person', name: '张三', title: '市长' },
      ],
    });
    const lists = resolveLists(
      {
        report: [
          { type: 'entry', entryId: 'unit-0001' },
          { type: 'entry', entryId: 'gone-0001' },
        ],
        send: [{ type: 'entry', entryId: 'person-01' }],
        issue: [{ type: 'text', text: '各县（市、区）人民政府' }],
        extra: [],
      },
      book.entries,
    );
    expect(lists).toEqual({ report: ['市委办公室'], send: ['市长张三'], issue: ['各县（市、区）人民政府'], extra: [] });
    expect(AddressBookFile.safeParse({ format: 'other', schemaVersion: 1, entries: [] }).success).toBe(false);
    const series = newSeries({ name: '工作简报', now: NOW });
    expect(Issue.safeParse({ ...newIssue(series, NOW, { number: 1 }), number: 0 }).success).toBe(false);
    expect(Series.safeParse({ ...series, layout: { ...series.layout, mastheadSize: 20 } }).success).toBe(false);
  });
});
