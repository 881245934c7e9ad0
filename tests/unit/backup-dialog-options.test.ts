import { describe, expect, it } from 'vitest';
import { BACKUP_EXTENSION, backupOpenDialogOptions, backupSaveDialogOptions } from '../../electron/main/backup-dialog-options';

const text = { title: '备份文件库', filterName: '简报台备份', allFilesName: '所有文件' };

describe('native dialogs for backup and restore (options only: Electron does not run here)', () => {
  it('saves a .bdbackup, asking before replacing and allowing a new folder', () => {
    expect(backupSaveDialogOptions(text, '/home/u/Documents/简报台备份-20250301-0930.bdbackup')).toEqual({
      title: '备份文件库',
      defaultPath: '/home/u/Documents/简报台备份-20250301-0930.bdbackup',
      filters: [{ name: '简报台备份', extensions: ['bdbackup'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('opens one file, archives first, any file as a fallback (the contents are checked, not the name)', () => {
    const options = backupOpenDialogOptions(text, '/media/usb');
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual([
      { name: '简报台备份', extensions: [BACKUP_EXTENSION] },
      { name: '所有文件', extensions: ['*'] },
    ]);
    expect(options.defaultPath).toBe('/media/usb');
    expect(options.title).toBe('备份文件库');
  });
});
