import { AppError } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import { UsageError, cliLocale, parseArgs, type CommandIO } from './command';
import { COMMANDS } from './commands';
import { escapeControls, oneLine } from './safe-text';

function usage(): string {
  return ['usage: briefing <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}`), '', 'Data dir: --data-dir PATH or BRIEFING_DATA_DIR.'].join('\n');
}

/**
 * Entry point of `briefing`. Returns the exit code: 0 ok, 1 problems found, 2 bad input or failure
 * (one line on stderr, in the user's language where the error has a message).
 */
export async function main(argv: string[], given: CommandIO = processIO()): Promise<number> {
  // One choke point for everything printed: controls escaped, every error one line.
  const io: CommandIO = { ...given, stdout: (t) => given.stdout(escapeControls(t)), stderr: (t) => given.stderr(oneLine(t)) };
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`briefing: unknown command '${name}' (briefing help lists the commands)`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest, ['data-dir', ...(command.valueFlags ?? [])]), io);
  } catch (e) {
    io.stderr(`briefing ${name}: ${describeError(e, io.env)}\n`);
    return 2;
  }
}

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

function processIO(): CommandIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  };
}
