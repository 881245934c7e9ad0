import { Briefing, SCHEMA_VERSION, type ActionItem, type Section, type SectionKind } from './briefing';
import { newId } from './ids';
import type { Template } from './template';

/** Fresh ids for every section and item, so two documents from one template never share ids. */
export function reidSections(sections: readonly Section[]): Section[] {
  return sections.map((s) => ({
    ...s,
    id: newId('s'),
    paragraphs: [...s.paragraphs],
    items: s.items.map((i) => ({ ...i, id: newId('a') })),
  }));
}

export function documentFromTemplate(template: Template, now: Date, overrides: { title?: string } = {}): Briefing {
  const iso = now.toISOString();
  return Briefing.parse({
    schemaVersion: SCHEMA_VERSION,
    id: newId('d'),
    kind: template.kind,
    title: overrides.title ?? template.body.title,
    script: template.script,
    status: 'draft',
    meeting: structuredClone(template.body.meeting),
    sections: reidSections(template.body.sections),
    masthead: structuredClone(template.body.masthead),
    distribution: structuredClone(template.body.distribution),
    templateId: template.id,
    createdAt: iso,
    updatedAt: iso,
    revision: 0,
  });
}

export function newActionItem(text = ''): ActionItem {
  return { id: newId('a'), text, owner: '', due: '', status: 'open' };
}

export function newSection(kind: SectionKind, lead: string, paragraphs: string[] = ['']): Section {
  return {
    id: newId('s'),
    kind,
    lead,
    heading: '',
    paragraphs,
    items: kind === 'action-list' ? [newActionItem()] : [],
    actionStyle: 'inline',
  };
}
