import os from 'node:os';
import { libraryDir } from '../services/app-dirs';

/** The installed app's library (electron/services/app-dirs.ts, the same function the app sets its userData with). */
export function defaultDataDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  return libraryDir({ platform, env, home }, true);
}
