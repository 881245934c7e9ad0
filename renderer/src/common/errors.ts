import type { TFunction } from 'i18next';
import { AppError } from '../../../shared/api';

/** A user-facing message for any failure, in the UI language. */
export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof AppError) {
    const key = e.code === 'validation' && typeof e.params.reason === 'string' && e.params.reason.startsWith('validation.')
      ? e.params.reason
      : `errors.${e.code}`;
    return t(key, { detail: e.message, ...e.params });
  }
  return t('errors.internal', { detail: e instanceof Error ? e.message : String(e) });
}
