import type { TFunction } from 'i18next';
import { AppError } from '../../../../shared/api';
import { errorMessage } from '../../common/errors';

const REASONS = new Set(['empty', 'binary', 'encoding', 'tooLarge', 'unreadable', 'unsupported']);

/** The importer's refusals carry a reason (params.reason) worded under importer:errors.*; anything else is a general failure. */
export function importErrorMessage(t: TFunction, e: unknown, format: (n: number) => string): string {
  if (e instanceof AppError && typeof e.params.reason === 'string' && REASONS.has(e.params.reason)) {
    const { size, max, path } = e.params as { size?: number; max?: number; path?: string };
    return t(`importer:errors.${e.params.reason}`, { path: path ?? '', size: format(Number(size ?? 0)), max: format(Number(max ?? 0)) });
  }
  return errorMessage(t, e);
}
