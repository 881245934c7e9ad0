import os from 'node:os';
import path from 'node:path';
import { UsageError, stringFlag, type CommandIO, type ParsedArgs } from './command';

/**
 * The data dir the CLI works on: --data-dir, else BRIEFING_DATA_DIR, else the app's default
 * location (what Electron's userData/data resolves to for this product on each OS).
 */
export function resolveDataDir(args: ParsedArgs, io: CommandIO): string {
  const explicit = stringFlag(args, 'data-dir') ?? io.env.BRIEFING_DATA_DIR;
  if (args.flags['data-dir'] === true) throw new UsageError('--data-dir needs a value');
  if (explicit) return path.resolve(io.cwd, explicit);
  return defaultDataDir(io.env);
}

export function defaultDataDir(env: Record<string, string | undefined>): string {
  const home = os.homedir();
  const app = 'briefing-desk';
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), app, 'data');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', app, 'data');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), app, 'data');
}
