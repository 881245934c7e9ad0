import type { IndexEntry } from '../../../shared/api/channels/core';
import type { Briefing } from '../../../shared/model';

const EXCERPT_CHARS = 120;

/** The list row of a document: what the library shows without opening the file. */
export function entryOf(doc: Briefing, extra: Partial<IndexEntry> = {}): IndexEntry {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    status: doc.status,
    script: doc.script,
    meetingName: doc.meeting.name,
    meetingDate: doc.meeting.date,
    excerpt: excerptOf(doc),
    templateId: doc.templateId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    revision: doc.revision,
    newerSchema: false,
    trashedAt: '',
    ...extra,
  };
}

function excerptOf(doc: Briefing): string {
  let out = '';
  for (const s of doc.sections) {
    for (const p of [s.heading, ...s.paragraphs, ...s.items.map((i) => i.text)]) {
      if (!p) continue;
      out += (out ? ' ' : '') + p;
      if (out.length >= EXCERPT_CHARS) return out.slice(0, EXCERPT_CHARS);
    }
  }
  return out;
}
