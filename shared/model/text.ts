import { z } from 'zod';

/**
 * Control characters (other than tab and line breaks) have no place in a meeting summary; they
 * arrive from broken pastes and would corrupt the DOCX XML. We refuse them at the schema with a
 * clear code rather than silently dropping characters, and offer `stripControlChars` to the UI
 * so a paste can be cleaned visibly.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlChars(value: string): string {
  return value.replace(CONTROL_CHARS, '');
}

export function hasControlChars(value: string): boolean {
  CONTROL_CHARS.lastIndex = 0;
  const found = CONTROL_CHARS.test(value);
  CONTROL_CHARS.lastIndex = 0;
  return found;
}

/** Limits, in characters. Generous for real documents, small enough to keep saves fast. */
export const LIMITS = {
  title: 200,
  line: 500,
  paragraph: 200_000,
  paragraphsPerSection: 2_000,
  sectionsPerDocument: 1_000,
  itemsPerSection: 500,
  peoplePerList: 500,
} as const;

/** A text field: bounded length, no control characters. Messages are i18n keys. */
export function text(max: number) {
  return z
    .string()
    .max(max, { message: 'validation.tooLong' })
    .refine((v) => !hasControlChars(v), { message: 'validation.controlChars' });
}

export const isoDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'validation.date' })
  .refine((v) => v === '' || isRealDate(v), { message: 'validation.date' });

export const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { message: 'validation.time' });

export function isRealDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}
