import type { Briefing } from '../model';
import { findDeadlinePhrase, parseDeadline } from './deadline';
import type { TaskRecord, TaskStatus } from './model';
import { findOwner, splitUnits } from './units';

/** The part of a task that comes from the document: replaced on every sync, never the progress. */
export type TaskSnapshot = Pick<
  TaskRecord,
  | 'key'
  | 'documentId'
  | 'itemId'
  | 'source'
  | 'sectionId'
  | 'sectionTitle'
  | 'text'
  | 'owner'
  | 'leadUnits'
  | 'units'
  | 'due'
  | 'documentTitle'
  | 'meetingName'
  | 'meetingDate'
  | 'parsedDue'
  | 'dueKind'
  | 'approximate'
> & { initialStatus: TaskStatus };

export function taskKey(documentId: string, itemId: string): string {
  return `${documentId}/${itemId}`;
}

/** A template's placeholder, written wholly in brackets: （任务事项）. Not a task until filled in. */
function isPlaceholder(text: string): boolean {
  const t = text.trim().replace(/[。.]$/, '');
  return !t || /^[（(][^（()）]*[)）]$/.test(t);
}

/** The owner field, or the fuller one the item's text names (由A牵头，B配合 where the field says A). */
function ownerOf(field: string, text: string): string {
  const typed = field.trim();
  const found = findOwner(text);
  return found && found.includes(typed) ? found : typed;
}

const ITEM_STATUS: Record<string, TaskStatus> = { open: 'notStarted', 'in-progress': 'inProgress', done: 'done' };

/**
 * Every action item of the document, and every decision paragraph that names an owner or a
 * deadline, as a task snapshot. A decision paragraph has no id of its own: it is keyed by its
 * section and position, and the register re-links progress by text when paragraphs move.
 */
export function tasksFromDocument(doc: Briefing): TaskSnapshot[] {
  const out: TaskSnapshot[] = [];
  const meetingDate = doc.meeting.date;
  const base = { documentId: doc.id, documentTitle: doc.title, meetingName: doc.meeting.name || doc.title, meetingDate };
  for (const section of doc.sections) {
    const sectionTitle = section.heading || section.lead;
    for (const item of section.items) {
      if (isPlaceholder(item.text)) continue;
      const due = item.due.trim() || findDeadlinePhrase(item.text, meetingDate);
      out.push(
        snapshot({
          ...base,
          itemId: item.id,
          source: 'item',
          sectionId: section.id,
          sectionTitle,
          text: item.text,
          owner: ownerOf(item.owner, item.text),
          due,
          initialStatus: ITEM_STATUS[item.status] ?? 'notStarted',
        }),
      );
    }
    if (section.kind !== 'decision') continue;
    section.paragraphs.forEach((paragraph, i) => {
      if (isPlaceholder(paragraph)) return;
      const owner = findOwner(paragraph);
      const due = findDeadlinePhrase(paragraph, meetingDate);
      if (!owner && !due) return;
      out.push(snapshot({ ...base, itemId: `${section.id}-p${i}`, source: 'decision', sectionId: section.id, sectionTitle, text: paragraph, owner, due, initialStatus: 'notStarted' }));
    });
  }
  return out;
}

function snapshot(s: Omit<TaskSnapshot, 'key' | 'leadUnits' | 'units' | 'parsedDue' | 'dueKind' | 'approximate'>): TaskSnapshot {
  const units = splitUnits(s.owner);
  const parsed = parseDeadline(s.due, s.meetingDate);
  return {
    ...s,
    key: taskKey(s.documentId, s.itemId),
    leadUnits: units.lead,
    units: [...units.lead, ...units.others],
    parsedDue: parsed.date ?? '',
    dueKind: parsed.kind,
    approximate: parsed.approximate,
  };
}
