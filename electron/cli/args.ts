// What `briefing` needs before it knows which command runs: the command shape, the argument
// parser and the usage error. Kept free of shared/ (i18n, model, zod) so that `briefing help` and
// the dispatch in main.ts load nothing else (see commands/index.ts, tools/build-cli.mjs).

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The process environment (BRIEFING_DATA_DIR and friends). */
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean>;
}

export interface Command {
  name: string;
  /** One-line usage shown by `briefing help`. */
  usage: string;
  /** Flags that take a value (others are booleans). */
  valueFlags?: string[];
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: string[], valueFlags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq > 0) flags[name] = arg.slice(eq + 1);
      else if (valueFlags.includes(name)) {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags[name] = value;
        i++;
      } else flags[name] = true;
    } else positionals.push(arg);
  }
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** What `briefing help` and the argument parser know of a command before its module loads. */
export type CommandSpec = Pick<Command, 'name' | 'usage' | 'valueFlags'>;
