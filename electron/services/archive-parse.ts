import { strFromU8 } from 'fflate';
import type { z } from 'zod';
import { AppError } from '../../shared/api';

/**
 * One zip entry of a library archive, read and validated: a missing entry, bad JSON or a value
 * the schema refuses is `archiveInvalid` with one line saying which entry and where.
 */
export function parseEntry<S extends z.ZodType>(files: Map<string, Uint8Array>, name: string, schema: S): z.output<S> {
  const bytes = files.get(name);
  if (!bytes) throw invalid(`missing ${name}`);
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(bytes));
  } catch {
    throw invalid(`${name}: not JSON`);
  }
  return checked(name, schema, raw);
}

/** Validates a value read from entry `name` (one line: the first problem and where, not zod's whole report). */
export function checked<S extends z.ZodType>(name: string, schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = [name, ...(issue?.path ?? []).map(String)].join('.');
  throw invalid(`${where}: ${(issue?.message ?? 'invalid').replace(/\s+/g, ' ').slice(0, 200)}`);
}

export function invalid(detail: string): AppError {
  return new AppError('archiveInvalid', detail, { detail });
}
