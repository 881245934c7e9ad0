/** Backup and restore of the whole library (library:backup, library:restore). */
export { BackupButton } from './BackupButton';
