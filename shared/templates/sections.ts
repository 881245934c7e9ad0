import { newActionItem, newSection, type Script, type Section, type SectionKind } from '../model';
import { defaultLead } from './phrases';

/** Section templates: a new section of a kind starts with its stock lead phrase in the document's script. */
export function sectionFromTemplate(kind: SectionKind, script: Script): Section {
  const section = newSection(kind, defaultLead(kind, script), kind === 'action-list' || kind === 'topic' ? [] : ['']);
  if (kind === 'action-list') section.items = [newActionItem()];
  return section;
}
