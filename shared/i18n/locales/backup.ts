import type { Bundle } from '../types';

/**
 * Backup and restore of the whole library (the dialog, its report, the app's native file dialogs).
 * Owned by the backup feature (renderer/src/features/backup).
 */
export const backup = {
  'zh-CN': {
    button: '备份与恢复',
    dialog: {
      title: '备份与恢复',
      intro: '把整个文件库（全部文档及其历史版本、回收站、模板和设置）保存为一个备份文件，可用U盘带到另一台电脑上恢复。',
      browse: '浏览…', close: '关闭',
    },
    backup: {
      heading: '备份', where: '备份文件', run: '备份', running: '正在备份…',
      hint: '文件夹不存在时会自动创建。', done: '已备份 {{count}} 篇文档到 {{path}}',
    },
    restore: {
      heading: '恢复', from: '备份文件', mode: '恢复方式', run: '恢复', running: '正在恢复…',
      merge: '合并到当前文件库（推荐）',
      mergeHelp: '逐篇比较：版本较新的一方保留；同一版本而内容不同的，两份都保留，备份中的一份另存为副本。不删除任何文档。',
      replace: '替换当前文件库',
      replaceHelp: '当前的全部文档移到数据目录中的一个文件夹里保存（不删除），文件库和设置改为备份中的内容。',
      confirmTitle: '替换当前文件库？',
      confirmMessage: '当前文件库中的全部文档、简报期次和督办台账将移到数据目录的 replaced-… 文件夹里保存，不会删除；之后文件库只包含备份中的内容。已用过的期号仍然保留，不会重复使用。',
      confirm: '替换', cancel: '取消',
    },
    report: {
      title: '恢复完成', added: '新增文档：{{count}} 篇', updated: '更新为备份中较新的版本：{{count}} 篇',
      keptLocal: '本机版本相同或较新，保留本机：{{count}} 篇', keptBoth: '同一版本内容不同，两份都保留：{{count}} 篇',
      templates: '恢复模板：{{count}} 个',
      issues: '恢复或更新简报期次：{{count}} 期', series: '恢复或更新刊物：{{count}} 个', numbers: '期号登记簿补入记录：{{count}} 条',
      tasks: '督办事项合并（含办理进展）：{{count}} 项', previous: '原文件库已移到：{{path}}',
    },
    errors: {
      empty: '请先填写备份文件的完整路径。', notAbsolute: '请填写完整的文件路径，例如 {{example}}。',
      notFound: '找不到文件 {{path}}。文件库没有任何改动。',
      archiveInvalid: '这不是有效的简报台备份文件，或文件已损坏（{{detail}}）。文件库没有任何改动。',
      backupUnwritable: '无法写入 {{path}}：请检查磁盘空间和写入权限（U盘是否写保护）。没有写入任何内容。',
      restoreUnwritable: '恢复未能完成：无法写入 {{path}}。已恢复的文档保留在文件库中，原有文档没有删除。',
      backupFailed: '备份失败：{{reason}}', restoreFailed: '恢复失败：{{reason}}',
    },
    file: { name: '简报台备份-{{stamp}}.bdbackup' },
    native: { saveTitle: '备份文件库', openTitle: '选择备份文件', filter: '简报台备份', allFiles: '所有文件' },
  },
  'zh-TW': {
    button: '備份與還原',
    dialog: {
      title: '備份與還原',
      intro: '把整個文件庫（全部文件及其歷史版本、資源回收筒、範本和設定）儲存為一個備份檔案，可用隨身碟帶到另一台電腦上還原。',
      browse: '瀏覽…', close: '關閉',
    },
    backup: {
      heading: '備份', where: '備份檔案', run: '備份', running: '正在備份…',
      hint: '資料夾不存在時會自動建立。', done: '已備份 {{count}} 篇文件到 {{path}}',
    },
    restore: {
      heading: '還原', from: '備份檔案', mode: '還原方式', run: '還原', running: '正在還原…',
      merge: '合併到目前的文件庫（建議）',
      mergeHelp: '逐篇比較：版本較新的一方保留；同一版本而內容不同的，兩份都保留，備份中的一份另存為副本。不刪除任何文件。',
      replace: '取代目前的文件庫',
      replaceHelp: '目前的全部文件移到資料目錄中的一個資料夾裡保存（不刪除），文件庫和設定改為備份中的內容。',
      confirmTitle: '取代目前的文件庫？',
      confirmMessage: '目前文件庫中的全部文件、簡報期次和督辦台帳將移到資料目錄的 replaced-… 資料夾裡保存，不會刪除；之後文件庫只包含備份中的內容。已用過的期號仍然保留，不會重複使用。',
      confirm: '取代', cancel: '取消',
    },
    report: {
      title: '還原完成', added: '新增文件：{{count}} 篇', updated: '更新為備份中較新的版本：{{count}} 篇',
      keptLocal: '本機版本相同或較新，保留本機：{{count}} 篇', keptBoth: '同一版本內容不同，兩份都保留：{{count}} 篇',
      templates: '還原範本：{{count}} 個',
      issues: '還原或更新簡報期次：{{count}} 期', series: '還原或更新刊物：{{count}} 個', numbers: '期號登記簿補入紀錄：{{count}} 筆',
      tasks: '督辦事項合併（含辦理進展）：{{count}} 項', previous: '原文件庫已移到：{{path}}',
    },
    errors: {
      empty: '請先填寫備份檔案的完整路徑。', notAbsolute: '請填寫完整的檔案路徑，例如 {{example}}。',
      notFound: '找不到檔案 {{path}}。文件庫沒有任何變更。',
      archiveInvalid: '這不是有效的簡報台備份檔案，或檔案已損壞（{{detail}}）。文件庫沒有任何變更。',
      backupUnwritable: '無法寫入 {{path}}：請檢查磁碟空間和寫入權限（隨身碟是否防寫）。沒有寫入任何內容。',
      restoreUnwritable: '還原未能完成：無法寫入 {{path}}。已還原的文件保留在文件庫中，原有文件沒有刪除。',
      backupFailed: '備份失敗：{{reason}}', restoreFailed: '還原失敗：{{reason}}',
    },
    file: { name: '簡報台備份-{{stamp}}.bdbackup' },
    native: { saveTitle: '備份文件庫', openTitle: '選擇備份檔案', filter: '簡報台備份', allFiles: '所有檔案' },
  },
  en: {
    button: 'Backup & restore',
    dialog: {
      title: 'Backup and restore',
      intro: 'Save the whole library (every document with its history, the trash, templates and settings) as one backup file, to carry to another computer on a USB stick and restore there.',
      browse: 'Browse…', close: 'Close',
    },
    backup: {
      heading: 'Back up', where: 'Backup file', run: 'Back up', running: 'Backing up…',
      hint: 'A folder that does not exist yet is created.', done: 'Backed up {{count}} documents to {{path}}',
    },
    restore: {
      heading: 'Restore', from: 'Backup file', mode: 'How to restore', run: 'Restore', running: 'Restoring…',
      merge: 'Merge into this library (recommended)',
      mergeHelp: 'Document by document: the newer revision wins; where both have the same revision with different content, both are kept, the one from the backup as a copy. Nothing is deleted.',
      replace: 'Replace this library',
      replaceHelp: 'Every current document is moved into a folder in the data folder (not deleted); the library and settings become those of the backup.',
      confirmTitle: 'Replace this library?',
      confirmMessage: 'Every document, issue and follow-up task in this library will be moved to a replaced-… folder in the data folder, not deleted; the library will then hold only what the backup holds. Issue numbers already used stay used.',
      confirm: 'Replace', cancel: 'Cancel',
    },
    report: {
      title: 'Restore finished', added: 'Documents added: {{count}}', updated: 'Updated to the newer revision from the backup: {{count}}',
      keptLocal: 'Kept as on this computer (same or newer): {{count}}', keptBoth: 'Same revision, different content, both kept: {{count}}',
      templates: 'Templates restored: {{count}}',
      issues: 'Issues restored or updated: {{count}}', series: 'Series restored or updated: {{count}}', numbers: 'Lines added to the issue number register: {{count}}',
      tasks: 'Follow-up tasks merged (with their progress notes): {{count}}', previous: 'The previous library was moved to: {{path}}',
    },
    errors: {
      empty: 'Enter the full path of the backup file first.', notAbsolute: 'Enter a full file path, for example {{example}}.',
      notFound: 'There is no file {{path}}. Nothing in the library was changed.',
      archiveInvalid: 'This is not a valid Briefing Desk backup, or the file is damaged ({{detail}}). Nothing in the library was changed.',
      backupUnwritable: 'Cannot write {{path}}: check the free space and write permission (is the USB stick write-protected?). Nothing was written.',
      restoreUnwritable: 'The restore could not finish: cannot write {{path}}. Documents restored so far stay in the library; none of the existing ones was deleted.',
      backupFailed: 'Backup failed: {{reason}}', restoreFailed: 'Restore failed: {{reason}}',
    },
    file: { name: 'BriefingDesk-backup-{{stamp}}.bdbackup' },
    native: { saveTitle: 'Back up the library', openTitle: 'Choose a backup file', filter: 'Briefing Desk backup', allFiles: 'All files' },
  },
} satisfies Bundle;
