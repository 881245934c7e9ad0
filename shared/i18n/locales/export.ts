import type { Bundle } from '../types';

/** Export dialog, preview and the export command's messages. Owned by the export feature. */
export const exportBundle = {
  'zh-CN': {
    dialog: {
      title: '导出', layout: '版式', format: '格式', script: '文字', watermark: '水印', classification: '密级',
      fileName: '文件名', export: '导出', cancel: '取消', exporting: '正在导出…', done: '已导出到 {{path}}',
      openProblems: '还有 {{count}} 处校对问题未处理。', noWatermark: '无', noClassification: '无',
      button: '导出…', where: '保存到', choose: '选择位置…', replace: '替换', close: '关闭',
      exists: '{{path}} 已存在。要替换它吗？', unwritable: '无法写入 {{path}}：文件夹不存在或没有写入权限。没有写入任何内容。',
      notAbsolute: '请填写完整的文件路径，例如 {{example}}。', failed: '导出失败：{{reason}}', wrote: '已导出到 {{path}}（{{detail}}）',
      fontsTitle: '字体替代', chooseCanceled: '未选择保存位置。', size: '{{kb}} KB', pagesAndSize: '{{pages}}，{{size}}',
    },
    layout: { minutes: '纪要（GB/T 9704）', briefing: '简报', report: '会议报道' },
    format: { pdf: 'PDF', docx: 'Word 文档（DOCX）', html: '网页（HTML）' },
    script: { keep: '保持原文', hans: '转为简体', hant: '转为繁体', hantTw: '转为繁体（台湾）', hantHk: '转为繁体（香港）' },
    watermarks: { draft: '征求意见稿', review: '送审稿' },
    preview: {
      title: '版面预览', pages: '共 {{count}} 页', zoom: '缩放', grid: '显示版心网格', page: '第 {{n}} 页',
      loading: '正在排版…', zoomIn: '放大', zoomOut: '缩小', print: '打印…', failed: '预览未能更新：{{reason}}',
      hide: '隐藏预览', show: '显示版面预览',
    },
    fonts: {
      fallback: '未安装“{{role}}”字体，已改用 {{family}}。', missing: '“{{role}}”没有可用字体。',
      role: { xbs: '小标宋', fs: '仿宋', hei: '黑体', kai: '楷体', song: '宋体' },
    },
    batch: {
      button: '批量导出…', title: '批量导出', scope: '导出哪些文档', shown: '列表中显示的 {{count}} 篇', byStatus: '按状态', folder: '保存到文件夹',
      ownLayout: '按各文档类型', start: '开始导出', cancel: '取消导出', close: '关闭', progress: '已完成 {{done}} / {{total}}',
      current: '正在导出：{{title}}', finished: '已导出 {{count}} 个文件到 {{dir}}。', cancelled: '已取消：导出了 {{count}} 个完整文件，未留下不完整的文件。',
      errors: '{{count}} 篇未能导出：', none: '没有符合条件的文档。',
      error: { conflict: '{{title}}：文件已存在（{{path}}）', unwritable: '{{title}}：无法写入 {{path}}', other: '{{title}}：导出失败（{{code}}）' },
    },
    cli: {
      wrote: '已写入 {{path}}（{{detail}}）', pages: '{{count}} 页', exists: '{{path}} 已存在；如需覆盖请加 --force。',
      badFormat: '--format 须为 pdf、docx 或 html', badLayout: '--layout 须为 minutes、briefing 或 report',
      needOut: '需要 --out PATH', needInput: '需要 FILE.json，或 --data-dir DIR --id ID',
      badJson: '{{file}} 不是有效的 JSON：{{detail}}', badDoc: '{{file}} 不是简报台文档：{{detail}}',
      unreadable: '无法读取 {{file}}：{{detail}}', failed: '导出失败：{{detail}}',
    },
  },
  'zh-TW': {
    dialog: {
      title: '匯出', layout: '版式', format: '格式', script: '文字', watermark: '浮水印', classification: '密級',
      fileName: '檔案名稱', export: '匯出', cancel: '取消', exporting: '正在匯出…', done: '已匯出到 {{path}}',
      openProblems: '還有 {{count}} 處校對問題未處理。', noWatermark: '無', noClassification: '無',
      button: '匯出…', where: '儲存到', choose: '選擇位置…', replace: '取代', close: '關閉',
      exists: '{{path}} 已存在。要取代它嗎？', unwritable: '無法寫入 {{path}}：資料夾不存在或沒有寫入權限。沒有寫入任何內容。',
      notAbsolute: '請填寫完整的檔案路徑，例如 {{example}}。', failed: '匯出失敗：{{reason}}', wrote: '已匯出到 {{path}}（{{detail}}）',
      fontsTitle: '字型替代', chooseCanceled: '未選擇儲存位置。', size: '{{kb}} KB', pagesAndSize: '{{pages}}，{{size}}',
    },
    layout: { minutes: '紀要（GB/T 9704）', briefing: '簡報', report: '會議報道' },
    format: { pdf: 'PDF', docx: 'Word 文件（DOCX）', html: '網頁（HTML）' },
    script: { keep: '保持原文', hans: '轉為簡體', hant: '轉為繁體', hantTw: '轉為繁體（臺灣）', hantHk: '轉為繁體（香港）' },
    watermarks: { draft: '徵求意見稿', review: '送審稿' },
    preview: {
      title: '版面預覽', pages: '共 {{count}} 頁', zoom: '縮放', grid: '顯示版心網格', page: '第 {{n}} 頁',
      loading: '正在排版…', zoomIn: '放大', zoomOut: '縮小', print: '列印…', failed: '預覽未能更新：{{reason}}',
      hide: '隱藏預覽', show: '顯示版面預覽',
    },
    fonts: {
      fallback: '未安裝「{{role}}」字型，已改用 {{family}}。', missing: '「{{role}}」沒有可用字型。',
      role: { xbs: '小標宋', fs: '仿宋', hei: '黑體', kai: '楷體', song: '宋體' },
    },
    batch: {
      button: '批次匯出…', title: '批次匯出', scope: '匯出哪些文件', shown: '清單中顯示的 {{count}} 篇', byStatus: '依狀態', folder: '儲存到資料夾',
      ownLayout: '依各文件類型', start: '開始匯出', cancel: '取消匯出', close: '關閉', progress: '已完成 {{done}} / {{total}}',
      current: '正在匯出：{{title}}', finished: '已匯出 {{count}} 個檔案到 {{dir}}。', cancelled: '已取消：匯出了 {{count}} 個完整檔案，未留下不完整的檔案。',
      errors: '{{count}} 篇未能匯出：', none: '沒有符合條件的文件。',
      error: { conflict: '{{title}}：檔案已存在（{{path}}）', unwritable: '{{title}}：無法寫入 {{path}}', other: '{{title}}：匯出失敗（{{code}}）' },
    },
    cli: {
      wrote: '已寫入 {{path}}（{{detail}}）', pages: '{{count}} 頁', exists: '{{path}} 已存在；如需覆寫請加 --force。',
      badFormat: '--format 須為 pdf、docx 或 html', badLayout: '--layout 須為 minutes、briefing 或 report',
      needOut: '需要 --out PATH', needInput: '需要 FILE.json，或 --data-dir DIR --id ID',
      badJson: '{{file}} 不是有效的 JSON：{{detail}}', badDoc: '{{file}} 不是簡報台文件：{{detail}}',
      unreadable: '無法讀取 {{file}}：{{detail}}', failed: '匯出失敗：{{detail}}',
    },
  },
  en: {
    dialog: {
      title: 'Export', layout: 'Layout', format: 'Format', script: 'Script', watermark: 'Watermark', classification: 'Classification',
      fileName: 'File name', export: 'Export', cancel: 'Cancel', exporting: 'Exporting…', done: 'Exported to {{path}}',
      openProblems: '{{count}} proofreading problems are still open.', noWatermark: 'None', noClassification: 'None',
      button: 'Export…', where: 'Save to', choose: 'Choose location…', replace: 'Replace', close: 'Close',
      exists: '{{path}} already exists. Replace it?', unwritable: 'Cannot write {{path}}: the folder does not exist or is not writable. Nothing was written.',
      notAbsolute: 'Enter the full path of the file, for example {{example}}.', failed: 'Export failed: {{reason}}', wrote: 'Exported to {{path}} ({{detail}})',
      fontsTitle: 'Font substitutes', chooseCanceled: 'No location was chosen.', size: '{{kb}} KB', pagesAndSize: '{{pages}}, {{size}}',
    },
    layout: { minutes: 'Minutes (GB/T 9704)', briefing: 'Briefing', report: 'Meeting report' },
    format: { pdf: 'PDF', docx: 'Word document (DOCX)', html: 'Web page (HTML)' },
    script: { keep: 'As written', hans: 'Simplified', hant: 'Traditional', hantTw: 'Traditional (Taiwan)', hantHk: 'Traditional (Hong Kong)' },
    watermarks: { draft: 'Draft for comment (征求意见稿)', review: 'Draft for approval (送审稿)' },
    preview: {
      title: 'Page preview', pages: '{{count}} pages', zoom: 'Zoom', grid: 'Show the type-area grid', page: 'Page {{n}}',
      loading: 'Laying out…', zoomIn: 'Zoom in', zoomOut: 'Zoom out', print: 'Print…', failed: 'The preview could not be updated: {{reason}}',
      hide: 'Hide preview', show: 'Show page preview',
    },
    fonts: {
      fallback: 'The {{role}} font is not installed; {{family}} was used instead.', missing: 'No font was available for {{role}}.',
      role: { xbs: 'Xiaobiaosong', fs: 'Fangsong', hei: 'Heiti', kai: 'Kaiti', song: 'Songti' },
    },
    batch: {
      button: 'Export many…', title: 'Export many documents', scope: 'Which documents', shown: 'The {{count}} shown in the list', byStatus: 'By status', folder: 'Save to folder',
      ownLayout: 'Each document’s own kind', start: 'Start export', cancel: 'Cancel export', close: 'Close', progress: '{{done}} of {{total}} done',
      current: 'Exporting: {{title}}', finished: 'Exported {{count}} files to {{dir}}.', cancelled: 'Cancelled: {{count}} whole files were exported; no partial file was left.',
      errors: '{{count}} could not be exported:', none: 'No document matches.',
      error: { conflict: '{{title}}: the file exists ({{path}})', unwritable: '{{title}}: cannot write {{path}}', other: '{{title}}: export failed ({{code}})' },
    },
    cli: {
      wrote: 'wrote {{path}} ({{detail}})', pages: '{{count}} pages', exists: '{{path}} exists; add --force to replace it.',
      badFormat: '--format must be pdf, docx or html', badLayout: '--layout must be minutes, briefing or report',
      needOut: 'needs --out PATH', needInput: 'needs FILE.json, or --data-dir DIR --id ID',
      badJson: '{{file}} is not valid JSON: {{detail}}', badDoc: '{{file}} is not a Briefing Desk document: {{detail}}',
      unreadable: 'cannot read {{file}}: {{detail}}', failed: 'export failed: {{detail}}',
    },
  },
} satisfies Bundle;
