import type { TFunction } from 'i18next';
import { AppError, type RestoreReport } from '../../../../shared/api';
import { errorMessage } from '../../common/errors';

/**
 * A backup or restore failure in the user's language, said about the archive they chose (the
 * common messages speak of the data folder and of documents, which would mislead here).
 */
export function archiveErrorMessage(t: TFunction, e: unknown, action: 'backup' | 'restore', path: string): string {
  if (e instanceof AppError) {
    const where = typeof e.params.path === 'string' ? e.params.path : path;
    if (e.code === 'notFound' || (e.code === 'archiveInvalid' && e.params.reason === 'ENOENT')) return t('backup:errors.notFound', { path });
    if (e.code === 'archiveInvalid') return t('backup:errors.archiveInvalid', { detail: String(e.params.detail ?? e.message) });
    if (e.code === 'unwritable') return t(`backup:errors.${action}Unwritable`, { path: where });
  }
  return t(`backup:errors.${action}Failed`, { reason: errorMessage(t, e) });
}

export interface ReportLine {
  key: keyof RestoreReport;
  text: string;
}

/**
 * The restore report in words: every count, zeros included (so the user sees that nothing was kept
 * twice, not a missing line), then where the old library went after a replace.
 */
export function reportLines(t: TFunction, report: RestoreReport): ReportLine[] {
  const counts = (['added', 'updated', 'keptLocal', 'keptBoth', 'templates', 'issues', 'series', 'numbers', 'tasks'] as const).map((key) => ({
    key,
    text: t(`backup:report.${key}`, { count: report[key] }),
  }));
  return report.previousLibrary ? [...counts, { key: 'previousLibrary', text: t('backup:report.previous', { path: report.previousLibrary }) }] : counts;
}
