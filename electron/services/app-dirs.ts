import path from 'node:path';

/**
 * Where the app keeps its userData, as one pure function shared by the app (electron/main sets
 * it with app.setPath before 'ready') and the CLI (its default --data-dir). Electron would
 * otherwise name the folder after productName (简报台), while the CLI and the README say
 * `briefing-desk`: `briefing backup` without --data-dir would then back up an empty library.
 * An unpackaged app (`npm start`, `npm run dev`) gets its own folder so a developer's run never
 * opens, or is locked out by, the library of an installed copy.
 */
export const APP_DIR_NAME = 'briefing-desk';
export const DEV_APP_DIR_NAME = 'briefing-desk-dev';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}

/**
 * Electron's app.getPath('appData') on each platform: %APPDATA% (the roaming profile) on
 * Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config elsewhere.
 */
export function appDataDir(facts: PlatformFacts): string {
  const p = pathFor(facts.platform);
  if (facts.platform === 'win32') return nonEmpty(facts.env.APPDATA) ?? p.join(facts.home, 'AppData', 'Roaming');
  if (facts.platform === 'darwin') return p.join(facts.home, 'Library', 'Application Support');
  return nonEmpty(facts.env.XDG_CONFIG_HOME) ?? p.join(facts.home, '.config');
}

/** The app's userData folder: `briefing-desk` when installed, `briefing-desk-dev` when run from source. */
export function userDataDir(facts: PlatformFacts, packaged: boolean): string {
  return pathFor(facts.platform).join(appDataDir(facts), packaged ? APP_DIR_NAME : DEV_APP_DIR_NAME);
}

/** The library (data dir) inside userData. */
export function libraryDir(facts: PlatformFacts, packaged: boolean): string {
  return pathFor(facts.platform).join(userDataDir(facts, packaged), 'data');
}
