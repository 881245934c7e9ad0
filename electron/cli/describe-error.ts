import { AppError } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import { UsageError, cliLocale } from './command';

/** One line for a failed command, in the user's language where the error has a message. */
export function describeError(e: unknown, env: Record<string, string | undefined>): string {
  if (e instanceof UsageError) return e.message;
  if (e instanceof AppError) {
    const locale = cliLocale(env);
    const message = lookup(locale, `errors.${e.code}`, { detail: e.message, ...e.params });
    const hint = e.code === 'locked' && e.params.canTakeOver ? ` ${lookup(locale, 'lock.cliHint')}` : '';
    return e.message && e.message !== e.code && !message.includes(e.message) ? `${message}${hint} (${e.message})` : `${message}${hint}`;
  }
  return e instanceof Error ? e.message : String(e);
}
