import { pickLocale } from '../../shared/i18n';
import type { Locale } from '../../shared/model';

// The light half lives in args.ts (main.ts imports it without shared/); commands import both from here.
export { UsageError, parseArgs, stringFlag, type Command, type CommandIO, type ParsedArgs } from './args';

/** The language of the CLI's messages: BRIEFING_LANG, else the OS locale (LC_ALL, LANG). */
export function cliLocale(env: Record<string, string | undefined>): Locale {
  return pickLocale(env.BRIEFING_LANG ?? env.LC_ALL ?? env.LANG ?? 'en');
}
