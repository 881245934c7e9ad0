import { Briefing, LIMITS, SCHEMA_VERSION, newId, type DocumentKind, type Person, type Script } from '../model';
import type { Recognition } from './recognise';

/**
 * Recognition result -> a valid Briefing. Limits are met by splitting, never by dropping text:
 * an over-long paragraph is cut at sentence ends, surplus paragraphs and items go to a following
 * section of the same kind.
 */
export function buildDraft(r: Recognition, title: string, script: Script, kind: DocumentKind, now: Date): Briefing {
  const iso = now.toISOString();
  const sections = r.sections.flatMap((s) => {
    const paragraphs = s.paragraphs.flatMap(splitLong);
    const out = [];
    const chunks = Math.max(1, Math.ceil(paragraphs.length / LIMITS.paragraphsPerSection), Math.ceil(s.items.length / LIMITS.itemsPerSection));
    for (let c = 0; c < chunks; c++) {
      out.push({
        id: newId('s'),
        kind: s.kind,
        lead: c === 0 ? line(s.lead) : '',
        heading: c === 0 ? line(s.heading) : '',
        paragraphs: paragraphs.slice(c * LIMITS.paragraphsPerSection, (c + 1) * LIMITS.paragraphsPerSection),
        items: s.items.slice(c * LIMITS.itemsPerSection, (c + 1) * LIMITS.itemsPerSection).map((it) => ({
          id: newId('a'),
          text: it.text.slice(0, LIMITS.paragraph),
          owner: line(it.owner),
          due: line(it.due),
          status: 'open' as const,
        })),
        actionStyle: s.actionStyle,
      });
    }
    return out;
  });
  return Briefing.parse({
    schemaVersion: SCHEMA_VERSION,
    id: newId('d'),
    kind,
    title: title.slice(0, LIMITS.title),
    script,
    status: 'draft',
    meeting: {
      name: line(r.meeting.name),
      date: r.meeting.date,
      time: '',
      location: line(r.meeting.location),
      chair: { name: line(r.meeting.chair.name), title: line(r.meeting.chair.title) },
      attendees: people(r.meeting.attendees),
      absentees: people(r.meeting.absentees),
      observers: people(r.meeting.observers),
      recorder: line(r.meeting.recorder),
    },
    sections: sections.slice(0, LIMITS.sectionsPerDocument),
    masthead: { issuer: '', issueNo: '', year: '', docNumber: '', classification: '', urgency: '' },
    distribution: { to: '', cc: '', printedBy: '', printedOn: '', copies: 0 },
    templateId: '',
    createdAt: iso,
    updatedAt: iso,
    revision: 0,
  });
}

function line(s: string): string {
  return s.slice(0, LIMITS.line);
}

function people(list: Person[]): Person[] {
  return list.slice(0, LIMITS.peoplePerList).map((p) => ({ name: line(p.name), title: line(p.title), unit: line(p.unit) }));
}

/** Cuts a paragraph longer than the schema allows at the last sentence end before the limit. */
export function splitLong(p: string): string[] {
  const out: string[] = [];
  let rest = p;
  while (rest.length > LIMITS.paragraph) {
    const window = rest.slice(0, LIMITS.paragraph);
    const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'));
    const at = cut > LIMITS.paragraph / 2 ? cut + 1 : LIMITS.paragraph;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** 纪要 by its title or labelled header, 简报 by its title, otherwise a report (报道). */
export function guessKind(title: string, hasLabels: boolean): DocumentKind {
  if (/纪要|紀要/u.test(title) || hasLabels) return 'minutes';
  if (/简报|簡報|工作动态|工作動態|信息/u.test(title)) return 'briefing';
  return 'report';
}
