import { toErrorShape } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

/**
 * The confirmation shown when the data dir is held by another process that looks alive (or by
 * another machine): it says who holds it and what taking over risks. Pure, so it is unit-tested;
 * electron/main/take-over.ts shows it. Null when the error is not one the user can take over.
 */
export interface TakeOverPrompt {
  title: string;
  message: string;
  detail: string;
  buttons: [quit: string, takeOver: string];
}

export function takeOverPrompt(error: unknown, locale: Locale, dataDir: string): TakeOverPrompt | null {
  const shape = toErrorShape(error);
  if (shape.code !== 'locked' || !shape.params.canTakeOver) return null;
  const params = { path: dataDir, ...shape.params };
  return {
    title: lookup(locale, 'lock.title'),
    message: lookup(locale, 'errors.locked', params),
    detail: lookup(locale, 'lock.takeOverRisk', params),
    buttons: [lookup(locale, 'lock.quit'), lookup(locale, 'lock.takeOver')],
  };
}
