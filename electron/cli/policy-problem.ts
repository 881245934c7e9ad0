import { lookup } from '../../shared/i18n';
import type { LoadedPolicy } from '../../shared/model';
import { cliLocale } from './command';

// Loaded by policy.ts only when the policy file is invalid: the message bundles of every language
// are ~0.2 MB of code, which a command that prints no message (`briefing list`) should not evaluate.

/** One line in the user's language saying why the policy file was ignored (the command goes on without it). */
export function policyProblemLine(loaded: LoadedPolicy, env: Record<string, string | undefined>): string {
  if (loaded.status !== 'invalid' || !loaded.problem) return '';
  const locale = cliLocale(env);
  const message = lookup(locale, `problem.${loaded.problem.reason}`, { file: loaded.file, detail: loaded.problem.detail }, 'policy');
  return lookup(locale, 'cli.invalid', { message }, 'policy');
}
