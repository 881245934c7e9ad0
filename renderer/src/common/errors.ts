import type { TFunction } from 'i18next';
import { AppError } from '../../../shared/api';

/** A user-facing message for any failure, in the UI language (keys of the common namespace, whatever `t`'s default). */
export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof AppError) {
    const key = e.code === 'validation' && typeof e.params.reason === 'string' && e.params.reason.startsWith('validation.') ? e.params.reason : `errors.${e.code}`;
    return t(key, { ns: 'common', detail: e.message, ...e.params });
  }
  return t('errors.internal', { ns: 'common', detail: e instanceof Error ? e.message : String(e) });
}
