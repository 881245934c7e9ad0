import { parseArgs, type CommandIO } from './args';
import { COMMANDS } from './commands';
import { escapeControls, oneLine } from './safe-text';

// This module and what it imports statically are all that `briefing help` evaluates: the argument
// parser, the command table (names, usage lines, loaders) and the output choke point. Everything
// else (shared/ with zod and i18n, the services, docx, the importer) is reached through a
// command's loader or, for a failure, describe-error.ts, both import()ed.

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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`briefing: unknown command '${name}' (briefing help lists the commands)`);
    return 2;
  }
  try {
    // arguments first: a usage error costs no module load
    const args = parseArgs(rest, ['data-dir', ...(entry.valueFlags ?? [])]);
    const command = await entry.load();
    return await command.run(args, io);
  } catch (e) {
    const { describeError } = await import('./describe-error');
    io.stderr(`briefing ${name}: ${describeError(e, io.env)}\n`);
    return 2;
  }
}

function processIO(): CommandIO {
  // `briefing list | head`: the reader may close the pipe before a long output is written. That is
  // no failure of ours (the reader has what it wanted), so the rest is dropped quietly and the
  // command still finishes its work (the store closes, the lock goes) instead of dying on an
  // unhandled EPIPE with a stack trace.
  let readerGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
  });
  return {
    stdout: (t) => {
      if (!readerGone) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  };
}
