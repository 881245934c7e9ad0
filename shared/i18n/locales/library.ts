import type { Bundle } from '../types';

/** The library, templates dialog, shortcut sheet and zoom (the shell's basics are in common). */
export const library = {
  'zh-CN': {
    search: {
      label: '搜索文档', placeholder: '搜索标题、会议信息和正文（Ctrl+F）', found: '找到 {{count}} 篇', none: '没有找到包含“{{query}}”的文档。',
    },
    filter: { kind: '类型', status: '状态', all: '全部', none: '没有符合筛选条件的文档。' },
    actionsColumn: '操作', trashed: '已将“{{title}}”移到回收站。', undoTrash: '撤销', emptyTrashConfirm: '永久删除',
    zoom: { in: '放大界面（Ctrl+=）', out: '缩小界面（Ctrl+-）', reset: '恢复 100%（Ctrl+0）' },
    shortcuts: {
      title: '键盘快捷键', button: '快捷键',
      group: { everywhere: '任何位置', library: '文档库', editor: '编辑器' },
      action: {
        sheet: '显示本表', zoom: '放大、缩小、复原界面', search: '搜索', newDocument: '从模板新建', moveRow: '在文档间移动',
        open: '打开文档', duplicateDocument: '创建副本', trash: '移到回收站', undoTrash: '撤销删除', save: '立即保存',
        undo: '撤销', redo: '重做', newParagraph: '在光标处分段', joinParagraph: '在段首与上一段合并',
        moveSection: '上移、下移当前段落块或事项', addSection: '添加段落块', duplicateSection: '复制当前段落块',
        deleteSection: '删除当前段落块（可撤销）', addItem: '在下方添加事项', nextField: '在字段和表格单元格间移动', back: '返回文档库',
      },
    },
    templates: {
      builtIn: '内置模板', mine: '我的模板', noneMine: '还没有自己的模板。在编辑器中点“存为模板”，或导入同事分享的模板文件。',
      edit: '重命名/编辑', export: '导出', exportAll: '导出全部我的模板', import: '导入模板…', imported: '已导入 {{count}} 个模板。', exported: '已导出 {{count}} 个模板到 {{path}}。',
      saved: '模板已保存。', deleteTitle: '删除模板', deleteMessage: '删除模板“{{name}}”？用它创建的文档不受影响。',
      name: '模板名称', description: '说明', importNotJson: '这个文件不是 JSON 文件。',
      importWrongFormat: '这个文件不是简报台的模板文件。', importInvalid: '模板文件中的内容不完整或已损坏，未导入。',
    },
  },
  'zh-TW': {
    search: {
      label: '搜尋文件', placeholder: '搜尋標題、會議資訊和正文（Ctrl+F）', found: '找到 {{count}} 篇', none: '沒有找到包含「{{query}}」的文件。',
    },
    filter: { kind: '類型', status: '狀態', all: '全部', none: '沒有符合篩選條件的文件。' },
    actionsColumn: '操作', trashed: '已將「{{title}}」移到資源回收筒。', undoTrash: '復原', emptyTrashConfirm: '永久刪除',
    zoom: { in: '放大介面（Ctrl+=）', out: '縮小介面（Ctrl+-）', reset: '恢復 100%（Ctrl+0）' },
    shortcuts: {
      title: '鍵盤快速鍵', button: '快速鍵',
      group: { everywhere: '任何位置', library: '文件庫', editor: '編輯器' },
      action: {
        sheet: '顯示本表', zoom: '放大、縮小、復原介面', search: '搜尋', newDocument: '從範本新增', moveRow: '在文件間移動',
        open: '開啟文件', duplicateDocument: '建立副本', trash: '移到資源回收筒', undoTrash: '復原刪除', save: '立即儲存',
        undo: '復原', redo: '重做', newParagraph: '在游標處分段', joinParagraph: '在段首與上一段合併',
        moveSection: '上移、下移目前段落塊或事項', addSection: '新增段落塊', duplicateSection: '複製目前段落塊',
        deleteSection: '刪除目前段落塊（可復原）', addItem: '在下方新增事項', nextField: '在欄位和表格儲存格間移動', back: '返回文件庫',
      },
    },
    templates: {
      builtIn: '內建範本', mine: '我的範本', noneMine: '還沒有自己的範本。在編輯器中點「存為範本」，或匯入同事分享的範本檔案。',
      edit: '重新命名/編輯', export: '匯出', exportAll: '匯出全部我的範本', import: '匯入範本…', imported: '已匯入 {{count}} 個範本。', exported: '已匯出 {{count}} 個範本到 {{path}}。',
      saved: '範本已儲存。', deleteTitle: '刪除範本', deleteMessage: '刪除範本「{{name}}」？用它建立的文件不受影響。',
      name: '範本名稱', description: '說明', importNotJson: '這個檔案不是 JSON 檔案。',
      importWrongFormat: '這個檔案不是簡報台的範本檔案。', importInvalid: '範本檔案中的內容不完整或已損壞，未匯入。',
    },
  },
  en: {
    search: {
      label: 'Search documents', placeholder: 'Search titles, meeting details and text (Ctrl+F)', found: '{{count}} found', none: 'No document contains “{{query}}”.',
    },
    filter: { kind: 'Kind', status: 'Status', all: 'All', none: 'No document matches the filters.' },
    actionsColumn: 'Actions', trashed: 'Moved “{{title}}” to the trash.', undoTrash: 'Undo', emptyTrashConfirm: 'Delete permanently',
    zoom: { in: 'Zoom in (Ctrl+=)', out: 'Zoom out (Ctrl+-)', reset: 'Reset to 100% (Ctrl+0)' },
    shortcuts: {
      title: 'Keyboard shortcuts', button: 'Shortcuts',
      group: { everywhere: 'Everywhere', library: 'Library', editor: 'Editor' },
      action: {
        sheet: 'Show this sheet', zoom: 'Zoom the interface in, out, reset', search: 'Search', newDocument: 'New from a template', moveRow: 'Move between documents',
        open: 'Open the document', duplicateDocument: 'Duplicate', trash: 'Move to the trash', undoTrash: 'Undo the delete', save: 'Save now',
        undo: 'Undo', redo: 'Redo', newParagraph: 'New paragraph at the caret', joinParagraph: 'Join with the paragraph before (at its start)',
        moveSection: 'Move the current block or item up or down', addSection: 'Add a block', duplicateSection: 'Duplicate the current block',
        deleteSection: 'Delete the current block (undoable)', addItem: 'Add an item below', nextField: 'Move between fields and table cells', back: 'Back to the library',
      },
    },
    templates: {
      builtIn: 'Built-in templates', mine: 'My templates', noneMine: 'No templates of your own yet. Use “Save as template” in the editor, or import a file a colleague shared.',
      edit: 'Rename/edit', export: 'Export', exportAll: 'Export all my templates', import: 'Import templates…', imported: 'Imported {{count}} templates.', exported: 'Exported {{count}} templates to {{path}}.',
      saved: 'Template saved.', deleteTitle: 'Delete template', deleteMessage: 'Delete the template “{{name}}”? Documents made from it are not affected.',
      name: 'Template name', description: 'Description', importNotJson: 'This file is not JSON.',
      importWrongFormat: 'This file is not a Briefing Desk template file.', importInvalid: 'The template file is incomplete or damaged; nothing was imported.',
    },
  },
} satisfies Bundle;
