import type { Bundle } from '../types';

/**
 * The administrator's policy file (electron/services/policy) and the settings panel that shows
 * what it sets and locks (renderer/src/views/settings). Owned by the policy feature.
 */
export const policy: Bundle = {
  'zh-CN': {
    button: '设置',
    title: '设置',
    close: '关闭',
    locked: '已由管理员锁定',
    lockedHint: '此项由本机的策略文件设定并锁定，如需更改请联系管理员。',
    fromPolicy: '管理员设定的默认值，可以更改',
    notSet: '（未设定）',
    save: '保存',
    saved: '已保存。',
    source: '策略文件：{{file}}',
    noPolicy: '本机没有策略文件，以下各项均由您自行设定。',
    keys: {
      uiLanguage: '界面语言', defaultIssuer: '默认编印单位', defaultSeries: '默认简报系列', dataDir: '数据文件夹',
      exportDir: '导出文件夹', templatesDir: '共享模板文件夹（只读）', addressBookFile: '共享通讯录文件',
      backup: '自动备份', allowWriteOutsideDataDir: '浏览器模式和命令行可写入数据文件夹以外的位置',
    },
    values: { yes: '允许', no: '不允许', backup: '每 {{hours}} 小时备份到 {{dir}}，保留最近 {{keep}} 份' },
    autoBackup: {
      last: '上次自动备份：{{at}}', never: '尚未进行自动备份。', next: '下次自动备份：{{at}}',
      failed: '上次自动备份失败（{{at}}）：{{error}}',
    },
    problem: {
      title: '策略文件无效，已整体忽略',
      unreadable: '无法读取策略文件 {{file}}（{{detail}}）。',
      json: '策略文件 {{file}} 不是有效的 JSON（{{detail}}）。',
      schema: '策略文件 {{file}} 中有无效的设置项：{{detail}}。',
      variable: '策略文件 {{file}} 中的路径用到了未设定的环境变量：{{detail}}。',
      notAbsolute: '策略文件 {{file}} 中的路径必须是完整路径：{{detail}}。',
      ignored: '其中的任何设置都没有生效，请联系管理员。',
    },
    cli: {
      invalid: '策略文件无效，已整体忽略：{{message}}',
      confined: '管理员的策略不允许写入数据文件夹以外的位置，已忽略 --allow。',
    },
  },
  'zh-TW': {
    button: '設定',
    title: '設定',
    close: '關閉',
    locked: '已由管理員鎖定',
    lockedHint: '此項由本機的原則檔設定並鎖定，如需變更請聯絡管理員。',
    fromPolicy: '管理員設定的預設值，可以變更',
    notSet: '（未設定）',
    save: '儲存',
    saved: '已儲存。',
    source: '原則檔：{{file}}',
    noPolicy: '本機沒有原則檔，以下各項均由您自行設定。',
    keys: {
      uiLanguage: '介面語言', defaultIssuer: '預設編印單位', defaultSeries: '預設簡報系列', dataDir: '資料資料夾',
      exportDir: '匯出資料夾', templatesDir: '共用範本資料夾（唯讀）', addressBookFile: '共用通訊錄檔案',
      backup: '自動備份', allowWriteOutsideDataDir: '瀏覽器模式和命令列可寫入資料資料夾以外的位置',
    },
    values: { yes: '允許', no: '不允許', backup: '每 {{hours}} 小時備份到 {{dir}}，保留最近 {{keep}} 份' },
    autoBackup: {
      last: '上次自動備份：{{at}}', never: '尚未進行自動備份。', next: '下次自動備份：{{at}}',
      failed: '上次自動備份失敗（{{at}}）：{{error}}',
    },
    problem: {
      title: '原則檔無效，已整體忽略',
      unreadable: '無法讀取原則檔 {{file}}（{{detail}}）。',
      json: '原則檔 {{file}} 不是有效的 JSON（{{detail}}）。',
      schema: '原則檔 {{file}} 中有無效的設定項：{{detail}}。',
      variable: '原則檔 {{file}} 中的路徑用到了未設定的環境變數：{{detail}}。',
      notAbsolute: '原則檔 {{file}} 中的路徑必須是完整路徑：{{detail}}。',
      ignored: '其中的任何設定都沒有生效，請聯絡管理員。',
    },
    cli: {
      invalid: '原則檔無效，已整體忽略：{{message}}',
      confined: '管理員的原則不允許寫入資料資料夾以外的位置，已忽略 --allow。',
    },
  },
  en: {
    button: 'Settings',
    title: 'Settings',
    close: 'Close',
    locked: 'Locked by your administrator',
    lockedHint: "This is set and locked by this computer's policy file; ask your administrator to change it.",
    fromPolicy: 'Default set by your administrator; you may change it',
    notSet: '(not set)',
    save: 'Save',
    saved: 'Saved.',
    source: 'Policy file: {{file}}',
    noPolicy: 'This computer has no policy file; every setting below is yours.',
    keys: {
      uiLanguage: 'Interface language', defaultIssuer: 'Default issuing office', defaultSeries: 'Default briefing series', dataDir: 'Data folder',
      exportDir: 'Export folder', templatesDir: 'Shared templates folder (read-only)', addressBookFile: 'Shared address book file',
      backup: 'Automatic backup', allowWriteOutsideDataDir: 'Browser mode and the command line may write outside the data folder',
    },
    values: { yes: 'Allowed', no: 'Not allowed', backup: 'Every {{hours}} h to {{dir}}, keeping the latest {{keep}}' },
    autoBackup: {
      last: 'Last automatic backup: {{at}}', never: 'No automatic backup yet.', next: 'Next automatic backup: {{at}}',
      failed: 'The last automatic backup failed ({{at}}): {{error}}',
    },
    problem: {
      title: 'The policy file is invalid and was ignored as a whole',
      unreadable: 'The policy file {{file}} could not be read ({{detail}}).',
      json: 'The policy file {{file}} is not valid JSON ({{detail}}).',
      schema: 'The policy file {{file}} has an invalid setting: {{detail}}.',
      variable: 'A path in the policy file {{file}} uses an environment variable that is not set: {{detail}}.',
      notAbsolute: 'Paths in the policy file {{file}} must be full paths: {{detail}}.',
      ignored: 'None of its settings took effect; ask your administrator.',
    },
    cli: {
      invalid: 'The policy file is invalid and was ignored as a whole: {{message}}',
      confined: "The administrator's policy does not allow writing outside the data folder; --allow was ignored.",
    },
  },
};
