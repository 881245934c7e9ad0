import type { Bundle } from '../types';

/**
 * The Electron shell's own words: the application menu and the dialogs main shows before (or
 * without) a window. Owned by electron/main; the renderer never needs them.
 */
export const shell = {
  'zh-CN': {
    menu: {
      file: '文件', edit: '编辑', view: '视图', window: '窗口', help: '帮助',
      quit: '退出', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', pasteAndMatchStyle: '粘贴为纯文本', selectAll: '全选',
      reload: '重新加载', toggleDevTools: '开发者工具', zoomIn: '放大', zoomOut: '缩小', resetZoom: '实际大小',
      toggleFullScreen: '全屏', minimize: '最小化', close: '关闭窗口', about: '关于简报台',
      hide: '隐藏简报台', hideOthers: '隐藏其他', unhide: '全部显示',
    },
    dialogs: {
      ok: '确定',
      startupFailedTitle: '简报台无法启动',
      lockedTitle: '数据目录正在使用',
      dataDir: '数据目录：{{path}}',
      aboutDetail: '版本 {{version}}\n离线起草和排版会议纪要、简报与会议报道。',
      otherDataDirTitle: '简报台已在运行',
      otherDataDir: '简报台正在使用数据目录 {{current}}，无法同时打开 {{requested}}。',
      otherDataDirDetail: '请先退出简报台，再用 --data-dir 打开另一个数据目录。',
    },
  },
  'zh-TW': {
    menu: {
      file: '檔案', edit: '編輯', view: '檢視', window: '視窗', help: '說明',
      quit: '結束', undo: '復原', redo: '重做', cut: '剪下', copy: '複製', paste: '貼上', pasteAndMatchStyle: '貼上為純文字', selectAll: '全選',
      reload: '重新載入', toggleDevTools: '開發人員工具', zoomIn: '放大', zoomOut: '縮小', resetZoom: '實際大小',
      toggleFullScreen: '全螢幕', minimize: '最小化', close: '關閉視窗', about: '關於簡報台',
      hide: '隱藏簡報台', hideOthers: '隱藏其他', unhide: '全部顯示',
    },
    dialogs: {
      ok: '確定',
      startupFailedTitle: '簡報台無法啟動',
      lockedTitle: '資料目錄正在使用',
      dataDir: '資料目錄：{{path}}',
      aboutDetail: '版本 {{version}}\n離線起草和排版會議紀要、簡報與會議報道。',
      otherDataDirTitle: '簡報台已在執行',
      otherDataDir: '簡報台正在使用資料目錄 {{current}}，無法同時開啟 {{requested}}。',
      otherDataDirDetail: '請先結束簡報台，再用 --data-dir 開啟另一個資料目錄。',
    },
  },
  en: {
    menu: {
      file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help',
      quit: 'Quit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', pasteAndMatchStyle: 'Paste as Plain Text', selectAll: 'Select All',
      reload: 'Reload', toggleDevTools: 'Developer Tools', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', resetZoom: 'Actual Size',
      toggleFullScreen: 'Full Screen', minimize: 'Minimize', close: 'Close Window', about: 'About Briefing Desk',
      hide: 'Hide Briefing Desk', hideOthers: 'Hide Others', unhide: 'Show All',
    },
    dialogs: {
      ok: 'OK',
      startupFailedTitle: 'Briefing Desk cannot start',
      lockedTitle: 'The data folder is in use',
      dataDir: 'Data folder: {{path}}',
      aboutDetail: 'Version {{version}}\nOffline drafting and layout of meeting minutes, briefings and meeting reports.',
      otherDataDirTitle: 'Briefing Desk is already running',
      otherDataDir: 'Briefing Desk is using the data folder {{current}} and cannot open {{requested}} at the same time.',
      otherDataDirDetail: 'Quit Briefing Desk first, then start it with --data-dir to open the other data folder.',
    },
  },
} satisfies Bundle;
