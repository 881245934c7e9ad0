import os from 'node:os';
import path from 'node:path';
import { libraryDir } from '../services/app-dirs';
import { UsageError, stringFlag, type CommandIO, type ParsedArgs } from './command';

/**
 * The data dir the CLI works on: --data-dir, else BRIEFING_DATA_DIR, else the installed app's
 * library (electron/services/app-dirs.ts, the same function the app sets its userData with).
 */
export function resolveDataDir(args: ParsedArgs, io: CommandIO): string {
  const explicit = stringFlag(args, 'data-dir') ?? io.env.BRIEFING_DATA_DIR;
  if (args.flags['data-dir'] === true) throw new UsageError('--data-dir needs a value');
  if (explicit) return path.resolve(io.cwd, explicit);
  return defaultDataDir(io.env);
}

export function defaultDataDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  return libraryDir({ platform, env, home }, true);
}
