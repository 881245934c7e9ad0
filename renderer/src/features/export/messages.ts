import type { TFunction } from 'i18next';
import { AppError } from '../../../../shared/api';
import type { FontUse } from '../../../../shared/layout';
import { errorMessage } from '../../common/errors';

/**
 * An export failure in the user's language, said about the file they chose (the common messages
 * speak of the data folder and of documents, which would mislead here).
 */
export function exportErrorMessage(t: TFunction, e: unknown, path: string, example: string): string {
  if (e instanceof AppError) {
    if (e.code === 'conflict') return t('export:dialog.exists', { path });
    if (e.code === 'unwritable') return t('export:dialog.unwritable', { path });
    if (e.code === 'validation' && e.params.reason === 'absolute') return t('export:dialog.notAbsolute', { example });
  }
  return t('export:dialog.failed', { reason: errorMessage(t, e) });
}

/** One line per font role that fell back: which family served it, or that none could. */
export function fontLines(t: TFunction, fonts: readonly FontUse[]): string[] {
  return fonts
    .filter((f) => !f.preferred || !f.family)
    .map((f) => {
      const role = t(`export:fonts.role.${f.role}`);
      return f.family ? t('export:fonts.fallback', { role, family: f.family }) : t('export:fonts.missing', { role });
    });
}
