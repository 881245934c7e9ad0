import type { Bundle } from '../types';

/** 简报 issues: series, address book, composer (issue 9). */
export const issues = {
  'zh-CN': {
    label: { regular: '第{{number}}期', supplement: '增刊第{{number}}期', total: '{{label}}（总第{{total}}期）' },
    nav: { issues: '简报期刊', series: '刊物' },
    series: {
      title: '刊物', add: '新建刊物', untitled: '新刊物', name: '简报名称', meeting: '会议名称（会议简报，印在简报名称上方）', issuer: '编印单位', classification: '密级或内部资料标注', copies: '共印份数',
      resetYearly: '期号每年从1开始', total: '印总期号', supplements: '出增刊', save: '保存刊物', saved: '刊物已保存。', retire: '停用', unretire: '恢复使用',
      retired: '已停用', showRetired: '显示已停用的刊物', none: '还没有刊物。先新建一个，例如“工作简报”。', issues: '各期', newIssue: '编新一期', newSupplement: '编增刊', noIssues: '这个刊物还没有期刊。',
    },
    address: {
      title: '通讯录', name: '单位或人员', add: '添加', remove: '删除', up: '上移', down: '下移', export: '导出通讯录', import: '导入通讯录…', exported: '已导出 {{count}} 条到 {{path}}。', imported: '已导入 {{count}} 条。', path: '文件路径', empty: '通讯录为空。', kindUnit: '单位', kindPerson: '人员',
    },
    list: { title: '简报期刊', none: '还没有期刊。', search: '搜索期刊', open: '打开', status: { draft: '草稿', issued: '已印发', void: '已作废' }, stale: '{{count}} 条来源已更新' },
    composer: {
      back: '返回', number: '期号', supplement: '增刊', date: '印发日期', status: '状态', save: '保存', saved: '已保存。', items: '条目', noItems: '还没有条目。从文档库添加、新建空白条目或导入报告。',
      addLibrary: '从文档库添加', addSelected: '添加所选文档', addBlank: '空白条目', addImport: '导入报告', importText: '粘贴报告全文', importDo: '导入到本期', cancel: '取消',
      itemTitle: '标题', column: '栏目', note: '按语', body: '正文（可删减，不改动原文档）', moveUp: '上移', moveDown: '下移', remove: '移出本期', drag: '拖动排序（或 Alt+↑/↓）',
      stale: '原文档已修改', refresh: '采用原文档最新内容', contents: '本期要目', distribution: '报送范围', to: '报', send: '送', issue: '发', extra: '本期增发', addRecipient: '从通讯录添加', addText: '添加其他单位', copies: '共印份数',
      issueIt: '印发', confirmIssue: '印发后本期不能再修改，期号“第{{number}}期”将登记在册。确定印发？', issued: '已印发，第{{number}}期已登记。', gap: '第{{number}}期前有未用期号（下一个应为第{{next}}期）。确实要跳号吗？跳号会记入登记簿。', taken: '第{{number}}期已被占用，下一个可用期号是第{{next}}期。', reuse: '第{{number}}期曾作废或跳过。确实要再次使用吗？会记入登记簿。',
      exportPdf: '导出 PDF', exportDocx: '导出 DOCX', exported: '已导出到 {{path}}。', frozen: '本期已印发，内容已锁定。',
    },
  },
  'zh-TW': {
    label: { regular: '第{{number}}期', supplement: '增刊第{{number}}期', total: '{{label}}（總第{{total}}期）' },
    nav: { issues: '簡報期刊', series: '刊物' },
    series: {
      title: '刊物', add: '新增刊物', untitled: '新刊物', name: '簡報名稱', meeting: '會議名稱（會議簡報，印在簡報名稱上方）', issuer: '編印單位', classification: '密級或內部資料標註', copies: '共印份數',
      resetYearly: '期號每年從1開始', total: '印總期號', supplements: '出增刊', save: '儲存刊物', saved: '刊物已儲存。', retire: '停用', unretire: '恢復使用',
      retired: '已停用', showRetired: '顯示已停用的刊物', none: '還沒有刊物。先新增一個，例如「工作簡報」。', issues: '各期', newIssue: '編新一期', newSupplement: '編增刊', noIssues: '這個刊物還沒有期刊。',
    },
    address: {
      title: '通訊錄', name: '單位或人員', add: '新增', remove: '刪除', up: '上移', down: '下移', export: '匯出通訊錄', import: '匯入通訊錄…', exported: '已匯出 {{count}} 筆到 {{path}}。', imported: '已匯入 {{count}} 筆。', path: '檔案路徑', empty: '通訊錄為空。', kindUnit: '單位', kindPerson: '人員',
    },
    list: { title: '簡報期刊', none: '還沒有期刊。', search: '搜尋期刊', open: '開啟', status: { draft: '草稿', issued: '已印發', void: '已作廢' }, stale: '{{count}} 條來源已更新' },
    composer: {
      back: '返回', number: '期號', supplement: '增刊', date: '印發日期', status: '狀態', save: '儲存', saved: '已儲存。', items: '條目', noItems: '還沒有條目。從文件庫新增、新增空白條目或匯入報告。',
      addLibrary: '從文件庫新增', addSelected: '新增所選文件', addBlank: '空白條目', addImport: '匯入報告', importText: '貼上報告全文', importDo: '匯入到本期', cancel: '取消',
      itemTitle: '標題', column: '欄目', note: '按語', body: '正文（可刪減，不改動原文件）', moveUp: '上移', moveDown: '下移', remove: '移出本期', drag: '拖動排序（或 Alt+↑/↓）',
      stale: '原文件已修改', refresh: '採用原文件最新內容', contents: '本期要目', distribution: '報送範圍', to: '報', send: '送', issue: '發', extra: '本期增發', addRecipient: '從通訊錄新增', addText: '新增其他單位', copies: '共印份數',
      issueIt: '印發', confirmIssue: '印發後本期不能再修改，期號「第{{number}}期」將登記在冊。確定印發？', issued: '已印發，第{{number}}期已登記。', gap: '第{{number}}期前有未用期號（下一個應為第{{next}}期）。確實要跳號嗎？跳號會記入登記簿。', taken: '第{{number}}期已被佔用，下一個可用期號是第{{next}}期。', reuse: '第{{number}}期曾作廢或跳過。確實要再次使用嗎？會記入登記簿。',
      exportPdf: '匯出 PDF', exportDocx: '匯出 DOCX', exported: '已匯出到 {{path}}。', frozen: '本期已印發，內容已鎖定。',
    },
  },
  en: {
    label: { regular: 'No. {{number}}', supplement: 'Supplement No. {{number}}', total: '{{label}} (overall No. {{total}})' },
    nav: { issues: 'Issues', series: 'Series' },
    series: {
      title: 'Series', add: 'New series', untitled: 'New series', name: 'Briefing name', meeting: 'Meeting name (meeting briefing, printed above the name)', issuer: 'Issuing unit', classification: 'Classification line', copies: 'Copies printed',
      resetYearly: 'Numbers restart each year', total: 'Print the running total', supplements: 'Publishes supplements', save: 'Save series', saved: 'Series saved.', retire: 'Retire', unretire: 'Bring back',
      retired: 'Retired', showRetired: 'Show retired series', none: 'No series yet. Create one, such as “工作简报”.', issues: 'Issues', newIssue: 'New issue', newSupplement: 'New supplement', noIssues: 'This series has no issues yet.',
    },
    address: {
      title: 'Address book', name: 'Unit or person', add: 'Add', remove: 'Remove', up: 'Move up', down: 'Move down', export: 'Export address book', import: 'Import address book…', exported: 'Exported {{count}} entries to {{path}}.', imported: 'Imported {{count}} entries.', path: 'File path', empty: 'The address book is empty.', kindUnit: 'Unit', kindPerson: 'Person',
    },
    list: { title: 'Issues', none: 'No issues yet.', search: 'Search issues', open: 'Open', status: { draft: 'Draft', issued: 'Issued', void: 'Void' }, stale: '{{count}} sources changed' },
    composer: {
      back: 'Back', number: 'Number', supplement: 'Supplement', date: 'Date of issue', status: 'Status', save: 'Save', saved: 'Saved.', items: 'Items', noItems: 'No items yet. Add from the library, a blank item or an imported report.',
      addLibrary: 'Add from library', addSelected: 'Add selected documents', addBlank: 'Blank item', addImport: 'Import a report', importText: 'Paste the report', importDo: 'Import into this issue', cancel: 'Cancel',
      itemTitle: 'Title', column: 'Column', note: 'Editor’s note', body: 'Text (shorten freely; the source document is not changed)', moveUp: 'Move up', moveDown: 'Move down', remove: 'Remove from issue', drag: 'Drag to reorder (or Alt+↑/↓)',
      stale: 'Source changed', refresh: 'Take the source’s current text', contents: 'In this issue', distribution: 'Distribution', to: 'To (报)', send: 'Copy (送)', issue: 'Issue to (发)', extra: 'Also to', addRecipient: 'Add from address book', addText: 'Add another unit', copies: 'Copies printed',
      issueIt: 'Issue', confirmIssue: 'Once issued this issue is frozen and number {{number}} is entered in the register. Issue it?', issued: 'Issued; number {{number}} is registered.', gap: 'Numbers before {{number}} are unused (next is {{next}}). Skip them? The gap is logged.', taken: 'Number {{number}} is taken; the next free one is {{next}}.', reuse: 'Number {{number}} was voided or skipped. Use it again? This is logged.',
      exportPdf: 'Export PDF', exportDocx: 'Export DOCX', exported: 'Exported to {{path}}.', frozen: 'This issue is issued and frozen.',
    },
  },
} satisfies Bundle;
