import { SCHEMA_VERSION } from './briefing';

/**
 * Stored documents carry `schemaVersion`. A migration lifts a raw object from version N to N+1;
 * they run in order on read, before validation. Version 1 is the first released shape, so the
 * list is empty today; the mechanism is exercised by tests with injected steps so the first real
 * migration lands on tested code.
 */
export type Migration = { from: number; migrate: (raw: Record<string, unknown>) => Record<string, unknown> };

export const MIGRATIONS: readonly Migration[] = [];

export class NewerSchemaError extends Error {
  constructor(readonly found: number, readonly supported: number) {
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

export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): unknown {
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
