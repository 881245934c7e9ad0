import type { Bundle } from '../types';

/** App shell, library basics, validation and error messages. Owned by the foundation. */
export const common: Bundle = {
  'zh-CN': {
    app: { name: '简报台', tagline: '会议纪要与简报的起草和排版' },
    nav: { library: '文档库', trash: '回收站', settings: '设置' },
    actions: {
      new: '新建', open: '打开', save: '保存', cancel: '取消', close: '关闭', delete: '删除', restore: '还原',
      emptyTrash: '清空回收站', duplicate: '创建副本', dismiss: '知道了', retry: '重试', back: '返回',
    },
    library: {
      empty: '还没有文档。点击“新建”从模板开始。', title: '标题', meetingDate: '会议日期', kind: '类型',
      status: '状态', updated: '最后修改', count: '共 {{count}} 篇', untitled: '（无标题）',
      trashEmpty: '回收站是空的。', confirmEmptyTrash: '永久删除回收站中的 {{count}} 篇文档？此操作不能撤销。',
    },
    newDoc: { heading: '从模板新建', create: '创建' },
    kind: { minutes: '纪要', briefing: '简报', report: '报道' },
    status: { draft: '草稿', review: '审核中', approved: '已审定', issued: '已印发' },
    script: { hans: '简体', hant: '繁体' },
    sectionKind: { topic: '议题', directive: '指出', requirement: '要求', 'action-list': '任务清单', decision: '决定', text: '正文' },
    shell: {
      titleLabel: '标题', saved: '已保存', saving: '正在保存…', unsaved: '有未保存的修改', saveFailed: '保存失败：{{reason}}',
      readOnly: '只读', loading: '正在加载…', revision: '第 {{revision}} 版',
    },
    settings: { language: '界面语言', zoom: '界面缩放' },
    locale: { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
    notices: {
      restoredFromBackup: '文档文件“{{file}}”已损坏，已隔离原文件并从最近的备份恢复。',
      quarantinedUnrecoverable: '文档文件“{{file}}”已损坏且没有可用备份，原文件已隔离保存，未删除。',
      newerSchema: '文档“{{file}}”由更新版本的简报台保存，只能只读打开。',
      indexRebuilt: '文档索引已根据文档文件重建。',
      unreadableSkipped: '无法读取“{{file}}”，已跳过，其余文档照常打开。',
    },
    lock: {
      takeOverRisk: '数据目录由 {{host}} 上的进程 {{pid}}（{{startedAt}} 启动）占用。如果它仍在运行，接管后它的保存会与本窗口互相覆盖，未保存的修改可能丢失。只有确认它已关闭时才接管。',
      cliHint: '如确认该进程已不在运行，可加 --take-over 接管。',
    },
    validation: {
      tooLong: '内容过长', controlChars: '包含不可见的控制字符', date: '日期无效', time: '时间无效', id: '编号无效',
      required: '必填', invalid: '格式不正确',
    },
    errors: {
      validation: '数据格式不正确（{{path}}）。', notFound: '找不到该文档，它可能已被删除。',
      conflict: '文档已在别处被修改，请重新打开后再编辑。', newerSchema: '此文档由更新版本的简报台保存，只能只读查看。',
      corrupt: '文件已损坏，已隔离保存。', locked: '数据目录正被另一个简报台进程使用（进程 {{pid}}）。请先关闭它。',
      unwritable: '无法写入数据目录：{{path}}。请检查磁盘空间和权限。您的修改仍保留在窗口中。',
      payloadTooLarge: '内容太大，无法保存（{{size}} 字符，上限 {{max}}）。', unknownChannel: '未知的请求。',
      forbidden: '请求被拒绝。', readOnly: '此文档为只读。', archiveInvalid: '备份文件无效或已损坏：{{detail}}',
      builtInTemplate: '内置模板不能修改或删除。', internal: '发生内部错误：{{detail}}',
    },
  },
  'zh-TW': {
    app: { name: '簡報台', tagline: '會議紀要與簡報的起草和排版' },
    nav: { library: '文件庫', trash: '資源回收筒', settings: '設定' },
    actions: {
      new: '新增', open: '開啟', save: '儲存', cancel: '取消', close: '關閉', delete: '刪除', restore: '還原',
      emptyTrash: '清空資源回收筒', duplicate: '建立副本', dismiss: '知道了', retry: '重試', back: '返回',
    },
    library: {
      empty: '還沒有文件。點擊「新增」從範本開始。', title: '標題', meetingDate: '會議日期', kind: '類型',
      status: '狀態', updated: '最後修改', count: '共 {{count}} 篇', untitled: '（無標題）',
      trashEmpty: '資源回收筒是空的。', confirmEmptyTrash: '永久刪除資源回收筒中的 {{count}} 篇文件？此操作無法復原。',
    },
    newDoc: { heading: '從範本新增', create: '建立' },
    kind: { minutes: '紀要', briefing: '簡報', report: '報道' },
    status: { draft: '草稿', review: '審核中', approved: '已審定', issued: '已印發' },
    script: { hans: '簡體', hant: '繁體' },
    sectionKind: { topic: '議題', directive: '指出', requirement: '要求', 'action-list': '任務清單', decision: '決定', text: '正文' },
    shell: {
      titleLabel: '標題', saved: '已儲存', saving: '正在儲存…', unsaved: '有未儲存的修改', saveFailed: '儲存失敗：{{reason}}',
      readOnly: '唯讀', loading: '正在載入…', revision: '第 {{revision}} 版',
    },
    settings: { language: '介面語言', zoom: '介面縮放' },
    locale: { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
    notices: {
      restoredFromBackup: '文件檔案「{{file}}」已損壞，已隔離原檔案並從最近的備份還原。',
      quarantinedUnrecoverable: '文件檔案「{{file}}」已損壞且沒有可用備份，原檔案已隔離保存，未刪除。',
      newerSchema: '文件「{{file}}」由較新版本的簡報台儲存，只能唯讀開啟。',
      indexRebuilt: '文件索引已根據文件檔案重建。',
      unreadableSkipped: '無法讀取「{{file}}」，已略過，其餘文件照常開啟。',
    },
    lock: {
      takeOverRisk: '資料目錄由 {{host}} 上的程序 {{pid}}（{{startedAt}} 啟動）佔用。如果它仍在執行，接管後它的儲存會與本視窗互相覆寫，未儲存的修改可能遺失。只有確認它已關閉時才接管。',
      cliHint: '如確認該程序已不在執行，可加 --take-over 接管。',
    },
    validation: {
      tooLong: '內容過長', controlChars: '包含不可見的控制字元', date: '日期無效', time: '時間無效', id: '編號無效',
      required: '必填', invalid: '格式不正確',
    },
    errors: {
      validation: '資料格式不正確（{{path}}）。', notFound: '找不到該文件，它可能已被刪除。',
      conflict: '文件已在別處被修改，請重新開啟後再編輯。', newerSchema: '此文件由較新版本的簡報台儲存，只能唯讀檢視。',
      corrupt: '檔案已損壞，已隔離保存。', locked: '資料目錄正被另一個簡報台程序使用（程序 {{pid}}）。請先關閉它。',
      unwritable: '無法寫入資料目錄：{{path}}。請檢查磁碟空間和權限。您的修改仍保留在視窗中。',
      payloadTooLarge: '內容太大，無法儲存（{{size}} 字元，上限 {{max}}）。', unknownChannel: '未知的請求。',
      forbidden: '請求被拒絕。', readOnly: '此文件為唯讀。', archiveInvalid: '備份檔案無效或已損壞：{{detail}}',
      builtInTemplate: '內建範本不能修改或刪除。', internal: '發生內部錯誤：{{detail}}',
    },
  },
  en: {
    app: { name: 'Briefing Desk', tagline: 'Drafting and layout of meeting summaries and briefings' },
    nav: { library: 'Library', trash: 'Trash', settings: 'Settings' },
    actions: {
      new: 'New', open: 'Open', save: 'Save', cancel: 'Cancel', close: 'Close', delete: 'Delete', restore: 'Restore',
      emptyTrash: 'Empty trash', duplicate: 'Duplicate', dismiss: 'Dismiss', retry: 'Retry', back: 'Back',
    },
    library: {
      empty: 'No documents yet. Click “New” to start from a template.', title: 'Title', meetingDate: 'Meeting date', kind: 'Kind',
      status: 'Status', updated: 'Last changed', count: '{{count}} documents', untitled: '(untitled)',
      trashEmpty: 'The trash is empty.', confirmEmptyTrash: 'Permanently delete {{count}} documents in the trash? This cannot be undone.',
    },
    newDoc: { heading: 'New from a template', create: 'Create' },
    kind: { minutes: 'Minutes', briefing: 'Briefing', report: 'Report' },
    status: { draft: 'Draft', review: 'In review', approved: 'Approved', issued: 'Issued' },
    script: { hans: 'Simplified', hant: 'Traditional' },
    sectionKind: { topic: 'Topic', directive: 'Directive', requirement: 'Requirement', 'action-list': 'Action list', decision: 'Decision', text: 'Text' },
    shell: {
      titleLabel: 'Title', saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', saveFailed: 'Save failed: {{reason}}',
      readOnly: 'Read-only', loading: 'Loading…', revision: 'Revision {{revision}}',
    },
    settings: { language: 'Interface language', zoom: 'Interface zoom' },
    locale: { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
    notices: {
      restoredFromBackup: 'The document file “{{file}}” was damaged; it was set aside and the latest backup restored.',
      quarantinedUnrecoverable: 'The document file “{{file}}” is damaged and has no usable backup; it was set aside, not deleted.',
      newerSchema: 'The document “{{file}}” was saved by a newer Briefing Desk and opens read-only.',
      indexRebuilt: 'The document index was rebuilt from the document files.',
      unreadableSkipped: 'Could not read “{{file}}”; it was skipped and the other documents opened as usual.',
    },
    lock: {
      takeOverRisk: 'The data folder is held by process {{pid}} on {{host}} (started {{startedAt}}). If it is still running, taking over makes its saves and yours overwrite each other and unsaved changes there may be lost. Take over only if you are sure it has closed.',
      cliHint: 'If you are sure that process is no longer running, add --take-over.',
    },
    validation: {
      tooLong: 'Too long', controlChars: 'Contains invisible control characters', date: 'Invalid date', time: 'Invalid time', id: 'Invalid id',
      required: 'Required', invalid: 'Invalid format',
    },
    errors: {
      validation: 'The data is not in the expected form ({{path}}).', notFound: 'The document was not found; it may have been deleted.',
      conflict: 'The document was changed elsewhere; reopen it before editing.', newerSchema: 'This document was saved by a newer Briefing Desk and can only be viewed.',
      corrupt: 'The file is damaged and was set aside.', locked: 'The data folder is in use by another Briefing Desk process (pid {{pid}}). Close it first.',
      unwritable: 'Cannot write to the data folder: {{path}}. Check disk space and permissions. Your changes are still in the window.',
      payloadTooLarge: 'Too large to save ({{size}} characters, limit {{max}}).', unknownChannel: 'Unknown request.',
      forbidden: 'Request refused.', readOnly: 'This document is read-only.', archiveInvalid: 'The backup file is invalid or damaged: {{detail}}',
      builtInTemplate: 'Built-in templates cannot be changed or deleted.', internal: 'An internal error occurred: {{detail}}',
    },
  },
};
