/** The export dialog's path joining (a Windows data dir keeps its backslashes). */
export { joinPath } from '../export/choices';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYYMMDD-HHmm in local time: the clock the user reads, so the newest backup sorts last. */
export function backupStamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/**
 * Whether the services can take this path as it is. They resolve a relative path against the
 * host's working folder, which the user never sees: ask for a full path instead.
 */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}
