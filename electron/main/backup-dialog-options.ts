import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

/** The extension of a whole-library archive (a zip inside; see electron/services/library-archive.ts). */
export const BACKUP_EXTENSION = 'bdbackup';

export interface BackupDialogText {
  title: string;
  /** Name of the archive filter, e.g. 简报台备份. */
  filterName: string;
  /** Name of the catch-all filter (open only). */
  allFilesName: string;
}

/**
 * Options of the native save dialog for a library backup, as a pure value so it is tested where
 * Electron cannot run. The dialog asks before replacing an existing archive and may create the
 * folder (a fresh USB stick).
 */
export function backupSaveDialogOptions(text: Pick<BackupDialogText, 'title' | 'filterName'>, defaultPath: string): SaveDialogOptions {
  return {
    title: text.title,
    defaultPath,
    filters: [{ name: text.filterName, extensions: [BACKUP_EXTENSION] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Options of the native open dialog for restoring a library. One file; archives first, and every
 * file as a second filter because an archive copied by hand may have lost or changed its extension
 * (the services check the contents, not the name).
 */
export function backupOpenDialogOptions(text: BackupDialogText, defaultPath: string): OpenDialogOptions {
  return {
    title: text.title,
    defaultPath,
    filters: [
      { name: text.filterName, extensions: [BACKUP_EXTENSION] },
      { name: text.allFilesName, extensions: ['*'] },
    ],
    properties: ['openFile'],
  };
}
