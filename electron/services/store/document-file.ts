import { z } from 'zod';
import { Briefing, SCHEMA_VERSION } from '../../../shared/model/briefing';
import { migrate, schemaVersionOf, NewerSchemaError } from '../../../shared/model/migrations';

/** How many earlier versions each document file carries (the in-file revision history). */
export const HISTORY_DEPTH = 5;

export const DocumentFile = z.object({
  format: z.literal('briefing-desk/document'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  doc: Briefing,
  history: z.array(Briefing).max(HISTORY_DEPTH).default([]),
});
export type DocumentFile = z.infer<typeof DocumentFile>;

/**
 * Runs before validation: migrates the file and every document in it; a file from a newer app
 * throws NewerSchemaError (the caller lists it read-only instead of calling it corrupt).
 */
export function prepareDocumentFile(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const file = raw as Record<string, unknown>;
  const fileVersion = schemaVersionOf(file);
  const docVersion = schemaVersionOf(file.doc);
  if (fileVersion > SCHEMA_VERSION || docVersion > SCHEMA_VERSION) throw new NewerSchemaError(Math.max(fileVersion, docVersion), SCHEMA_VERSION);
  if (fileVersion === SCHEMA_VERSION && docVersion === SCHEMA_VERSION) return raw;
  return {
    ...file,
    schemaVersion: SCHEMA_VERSION,
    doc: migrate(file.doc),
    history: Array.isArray(file.history) ? file.history.map((h) => migrate(h)) : [],
  };
}

/** Title, meeting and a little body text of a newer-schema file, read leniently for the list. */
export function peekNewer(raw: unknown): { title: string; kind: string; updatedAt: string; revision: number } {
  const doc = (raw as { doc?: Record<string, unknown> })?.doc ?? {};
  return {
    title: typeof doc.title === 'string' ? doc.title : '',
    kind: typeof doc.kind === 'string' ? doc.kind : 'minutes',
    updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : '',
    revision: typeof doc.revision === 'number' ? doc.revision : 0,
  };
}
