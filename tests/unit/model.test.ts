import { describe, expect, it } from 'vitest';
import { Briefing, NewerSchemaError, SCHEMA_VERSION, documentFromTemplate, isRealDate, migrate, stripControlChars } from '../../shared/model';
import { BUILTIN_TEMPLATES, builtinTemplate, chineseNumber, defaultLead, sectionFromTemplate } from '../../shared/templates';

const NOW = new Date('2026-03-05T08:00:00Z');

describe('document model', () => {
  it('builds a valid document from every built-in template', () => {
    expect(BUILTIN_TEMPLATES).toHaveLength(8);
    for (const t of BUILTIN_TEMPLATES) {
      const doc = documentFromTemplate(t, NOW);
      expect(Briefing.safeParse(doc).success).toBe(true);
      expect(doc.templateId).toBe(t.id);
      expect(doc.sections.length).toBeGreaterThan(0);
      expect(doc.revision).toBe(0);
    }
  });

  it('gives two documents from one template distinct section and item ids', () => {
    const t = builtinTemplate('builtin-topic-report-hans')!;
    const a = documentFromTemplate(t, NOW);
    const b = documentFromTemplate(t, NOW);
    expect(a.id).not.toBe(b.id);
    const idsA = new Set(a.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]));
    for (const s of b.sections) {
      expect(idsA.has(s.id)).toBe(false);
      for (const i of s.items) expect(idsA.has(i.id)).toBe(false);
    }
  });

  it('has the seed-article shape in the topic report template: 会议指出, 会议强调, 会议要求 with actions', () => {
    const hans = builtinTemplate('builtin-topic-report-hans')!;
    expect(hans.body.sections.map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['directive', '会议指出'],
      ['requirement', '会议强调'],
      ['action-list', '会议要求'],
    ]);
    const hant = builtinTemplate('builtin-topic-report-hant')!;
    expect(hant.body.sections.map((s) => s.lead)).toEqual(['', '會議指出', '會議強調', '會議要求']);
    expect(hant.script).toBe('hant');
  });

  it('starts a section with its stock lead phrase in the document script', () => {
    expect(sectionFromTemplate('directive', 'hans').lead).toBe('会议指出');
    expect(sectionFromTemplate('decision', 'hant').lead).toBe('會議決定');
    expect(sectionFromTemplate('action-list', 'hans').items).toHaveLength(1);
    expect(defaultLead('text', 'hans')).toBe('');
  });

  it('numbers in Chinese for 一是…十二是', () => {
    expect([1, 2, 10, 11, 12, 20, 23].map(chineseNumber)).toEqual(['一', '二', '十', '十一', '十二', '二十', '二十三']);
  });

  it('refuses control characters, overlong titles and impossible dates with i18n keys', () => {
    const doc = documentFromTemplate(BUILTIN_TEMPLATES[0]!, NOW);
    const bad = (patch: (d: Briefing) => void) => {
      const d = structuredClone(doc);
      patch(d);
      const r = Briefing.safeParse(d);
      expect(r.success).toBe(false);
      return r.error!.issues[0]!.message;
    };
    expect(bad((d) => (d.title = 'a\u0000b'))).toBe('validation.controlChars');
    expect(bad((d) => (d.title = '长'.repeat(300)))).toBe('validation.tooLong');
    expect(bad((d) => (d.meeting.date = '2026-02-30'))).toBe('validation.date');
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(stripControlChars('会\u0007议\n')).toBe('会议\n');
  });

  it('migrates older schemas step by step and refuses newer ones', () => {
    const steps = [
      { from: 1, migrate: (r: Record<string, unknown>) => ({ ...r, added: true }) },
      { from: 2, migrate: (r: Record<string, unknown>) => ({ ...r, second: true }) },
    ];
    expect(migrate({ schemaVersion: 1, a: 1 }, steps, 3)).toEqual({ schemaVersion: 3, a: 1, added: true, second: true });
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(NewerSchemaError);
    expect(() => migrate({ schemaVersion: 1 }, [], 2)).toThrow(/no migration/);
  });
});
