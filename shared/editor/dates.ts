import { isRealDate } from '../model';

/**
 * What a clerk types in a date or time field, read leniently and stored strictly (ISO):
 * 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, with full-width digits too. Anything else is
 * refused with `ok: false`, and the field keeps what was typed so nothing is lost.
 */
export function parseDateInput(input: string): { ok: boolean; value: string } {
  const s = input.normalize('NFKC').trim();
  if (s === '') return { ok: true, value: '' };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(s);
  if (!m) return { ok: false, value: '' };
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(iso) ? { ok: true, value: iso } : { ok: false, value: '' };
}

/** 9:30, 09:30, 9：30, 9时30分, 9点30 -> 09:30. */
export function parseTimeInput(input: string): { ok: boolean; value: string } {
  const s = input.normalize('NFKC').trim();
  if (s === '') return { ok: true, value: '' };
  const m = /^(\d{1,2})\s*[:时點点時]\s*(\d{1,2})?\s*分?$/u.exec(s);
  if (!m) return { ok: false, value: '' };
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return { ok: false, value: '' };
  return { ok: true, value: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
}
