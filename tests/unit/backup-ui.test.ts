import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { NAMESPACES, resources } from '../../shared/i18n';
import { archiveErrorMessage, reportLines } from '../../renderer/src/features/backup/messages';
import { backupStamp, isAbsolutePath, joinPath } from '../../renderer/src/features/backup/paths';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: resources(), lng: 'zh-CN', ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false } });
});
// bound late: the instance is initialised in beforeAll
const t = ((...args: Parameters<typeof i18n.t>) => i18n.t(...args)) as TFunction;

describe('backup dialog: paths', () => {
  it('stamps a backup with the local date and minute', () => {
    expect(backupStamp(new Date(2025, 2, 1, 9, 5))).toBe('20250301-0905');
    expect(backupStamp(new Date(2024, 11, 31, 23, 59))).toBe('20241231-2359');
  });

  it('takes full paths only (POSIX, Windows drive, UNC share), never one relative to a folder the user cannot see', () => {
    for (const p of ['/media/usb/a.bdbackup', 'D:\\备份\\a.bdbackup', 'E:/a.bdbackup', '\\\\server\\share\\a.bdbackup']) expect(isAbsolutePath(p), p).toBe(true);
    for (const p of ['a.bdbackup', 'backups/a.bdbackup', 'C:a.bdbackup', '']) expect(isAbsolutePath(p), p).toBe(false);
    expect(joinPath('C:\\Users\\u\\data', 'backups')).toBe('C:\\Users\\u\\data\\backups');
  });
});

describe('backup dialog: messages', () => {
  it('says a mistyped path is missing, not damaged, and that nothing changed', () => {
    const e = new AppError('archiveInvalid', '/x/a.bdbackup: ENOENT', { detail: '/x/a.bdbackup', reason: 'ENOENT' });
    expect(archiveErrorMessage(t, e, 'restore', '/x/a.bdbackup')).toBe('找不到文件 /x/a.bdbackup。文件库没有任何改动。');
  });

  it('says a damaged archive is not a backup and names the part that failed', () => {
    const e = new AppError('archiveInvalid', 'missing manifest.json', { detail: 'missing manifest.json' });
    expect(archiveErrorMessage(t, e, 'restore', '/x/a.bdbackup')).toBe('这不是有效的简报台备份文件，或文件已损坏（missing manifest.json）。文件库没有任何改动。');
  });

  it('speaks of the archive, not the data folder, when a write fails; anything else through the common messages', () => {
    const e = new AppError('unwritable', 'EROFS', { path: '/media/usb/a.bdbackup', reason: 'EROFS' });
    expect(archiveErrorMessage(t, e, 'backup', '/media/usb/a.bdbackup')).toContain('无法写入 /media/usb/a.bdbackup');
    expect(archiveErrorMessage(t, e, 'restore', '/media/usb/a.bdbackup')).toContain('恢复未能完成');
    expect(archiveErrorMessage(t, new AppError('locked', '', { pid: 7 }), 'backup', '/a')).toBe('备份失败：数据目录正被另一个简报台进程使用（进程 7）。请先关闭它。');
  });

  it('reports every count, and where the old library went after a replace', () => {
    const merge = reportLines(t, { added: 2, updated: 1, keptLocal: 3, keptBoth: 0, templates: 1, issues: 2, series: 1, numbers: 4, tasks: 5, previousLibrary: '' });
    expect(merge.map((l) => l.text)).toEqual([
      '新增文档：2 篇',
      '更新为备份中较新的版本：1 篇',
      '本机版本相同或较新，保留本机：3 篇',
      '同一版本内容不同，两份都保留：0 篇',
      '恢复模板：1 个',
      '恢复或更新简报期次：2 期',
      '恢复或更新刊物：1 个',
      '期号登记簿补入记录：4 条',
      '督办事项合并（含办理进展）：5 项',
    ]);
    const replace = reportLines(t, { added: 1, updated: 0, keptLocal: 0, keptBoth: 0, templates: 0, issues: 0, series: 0, numbers: 0, tasks: 0, previousLibrary: '/d/replaced-x' });
    expect(replace.at(-1)).toEqual({ key: 'previousLibrary', text: '原文件库已移到：/d/replaced-x' });
  });
});
