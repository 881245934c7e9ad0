import { importText } from '../../shared/importer';

/** A fixed "today" for the importer's date reading, so relative dates never move under a test. */
const NOW = new Date('2026-03-05T00:00:00Z');

/** The attendees and observers the importer reads from a made-up report, as [name, title] pairs. */
export function importedPeople(text: string): { attendees: string[][]; observers: string[][] } {
  const m = importText(text, { now: NOW }).draft.meeting;
  return {
    attendees: m.attendees.map((p) => [p.name, p.title]),
    observers: m.observers.map((p) => [p.name, p.title]),
  };
}
