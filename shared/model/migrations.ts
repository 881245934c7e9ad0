import { SCHEMA_VERSION } from './briefing';
import { alignParagraphIds } from './paragraph-ids';

/**
 * Stored documents carry `schemaVersion`. A migration lifts a raw object from version N to N+1;
 * they run in order on read, before validation.
 *
 * 1 -> 2: every section gets `paragraphIds`, one new stable id per paragraph.
 */
export type Migration = { from: number; migrate: (raw: Record<string, unknown>) => Record<string, unknown> };

/** Adds paragraph ids to the sections of a raw schema-1 document (anything unexpected is left to validation). */
function addParagraphIds(raw: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(raw.sections)) return raw;
  const sections = raw.sections.map((s: unknown) => {
    if (!s || typeof s !== 'object') return s;
    const section = s as Record<string, unknown>;
    const length = Array.isArray(section.paragraphs) ? section.paragraphs.length : 0;
    const ids = Array.isArray(section.paragraphIds) ? section.paragraphIds.filter((x): x is string => typeof x === 'string') : undefined;
    return { ...section, paragraphIds: alignParagraphIds(ids, length) };
  });
  return { ...raw, sections };
}

export const MIGRATIONS: readonly Migration[] = [{ from: 1, migrate: addParagraphIds }];

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`document schema ${found} is newer than this app supports (${supported})`);
    this.name = 'NewerSchemaError';
  }
}

export function schemaVersionOf(raw: unknown): number {
  if (raw && typeof raw === 'object' && 'schemaVersion' in raw) {
    const v = (raw as { schemaVersion: unknown }).schemaVersion;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
  }
  return 0;
}

export function migrate(raw: unknown, migrations: readonly Migration[] = MIGRATIONS, current: number = SCHEMA_VERSION): unknown {
  let version = schemaVersionOf(raw);
  if (version > current) throw new NewerSchemaError(version, current);
  if (version === current || !raw || typeof raw !== 'object') return raw;
  let value = raw as Record<string, unknown>;
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`no migration from schema ${version}`);
    value = { ...step.migrate(value), schemaVersion: version + 1 };
    version += 1;
  }
  return value;
}
