import type { Bundle } from '../types';

/** Import: the import view, kinds of cleanup changes, warnings and refusals. */
export const importer = {
  'zh-CN': {
    view: {
      pasteLabel: '在此粘贴（Ctrl+V）或输入文字', importTyped: '识别输入的文字', chooseFile: '选择文件…',
      working: '正在识别……', changes: '清理记录', undoKind: '全部撤销', redoKind: '全部恢复', redo: '恢复清理', kept: '已保留原文',
      flagged: '需核对', warningsTitle: '请核对', encoding: '编码：{{encoding}}', detected: '原文字形：{{script}}', scriptHans: '简体', scriptHant: '繁体',
      lead: '引导语', heading: '小标题', owner: '责任单位', due: '完成时限', noneFound: '（未识别）', empty: '粘贴或打开一篇报道，右侧会显示识别出的结构。',
      sourceHint: '删除线为清理掉的内容，点击可撤销；黄底为需核对的文字。', accepting: '正在创建……', kindCount: '{{kind}}（{{count}}）',
      pasteEmpty: '剪贴板中没有文字，未做任何改动。', typedEmpty: '请先粘贴或输入文字。', htmlTooLarge: '网页内容太大，已改用其中的纯文本。',
      fileTooLarge: '文件太大（{{size}}），浏览器中最多可导入 {{max}}。', fileReadFailed: '无法读取所选文件：{{name}}。',
      previousKept: '上一次的识别结果仍保留在下方。', fromFile: '来自文件：{{name}}',
      title: '导入', source: '原文', draft: '结构化草稿', paste: '粘贴文本或网页内容', openFile: '打开文件…', accept: '创建文档', cancel: '取消',
      convert: '字形', convertNone: '保持原字形', convertHans: '转为简体', convertHantTw: '转为繁体（台湾）', convertHantHk: '转为繁体（香港）',
      removedCount: '已清理 {{count}} 处', undo: '撤销此项', chair: '主持', meeting: '会议', date: '日期', attendees: '出席', observers: '列席', items: '{{count}} 项',
    },
    change: {
      ruby: '拼音注音', furniture: '网页附加信息', dateline: '电头', byline: '署名', title: '标题行', header: '会议信息行', punctuation: '半角标点',
      quotes: '直引号', width: '全角数字', whitespace: '空白', control: '控制字符',
    },
    warnings: {
      damaged: '此处文字已损坏（{{text}}），请对照原文补正。', mojibake: '此处为乱码（{{text}}），可能是编码错误，请对照原文。',
      noTitle: '未识别出标题，请填写。', noChair: '未识别出主持人，请核对。', noDate: '未识别出会议日期。',
      yearAssumed: '原文日期“{{date}}”未写年份，已按 {{year}} 年处理，请核对。', noSections: '未识别出“会议指出”等段落，全文按正文导入。',
      truncated: '内容过长，已分段保存。', converted: '已转换字形。',
    },
    errors: {
      empty: '文件是空的，没有可导入的文字。', binary: '这不是文本文件（{{path}}），无法导入。', encoding: '无法识别文件的文字编码（{{path}}）。请另存为 UTF-8 后重试。',
      tooLarge: '内容太长（{{size}} 字符），超过导入上限 {{max}}。', unreadable: '无法读取文件：{{path}}。', unsupported: '不支持的文件类型：{{path}}。',
    },
  },
  'zh-TW': {
    view: {
      pasteLabel: '在此貼上（Ctrl+V）或輸入文字', importTyped: '辨識輸入的文字', chooseFile: '選擇檔案…',
      working: '正在辨識……', changes: '清理記錄', undoKind: '全部復原', redoKind: '全部恢復', redo: '恢復清理', kept: '已保留原文',
      flagged: '需核對', warningsTitle: '請核對', encoding: '編碼：{{encoding}}', detected: '原文字形：{{script}}', scriptHans: '簡體', scriptHant: '繁體',
      lead: '引導語', heading: '小標題', owner: '責任單位', due: '完成時限', noneFound: '（未辨識）', empty: '貼上或開啟一篇報道，右側會顯示辨識出的結構。',
      sourceHint: '刪除線為清理掉的內容，點擊可復原；黃底為需核對的文字。', accepting: '正在建立……', kindCount: '{{kind}}（{{count}}）',
      pasteEmpty: '剪貼簿中沒有文字，未做任何變更。', typedEmpty: '請先貼上或輸入文字。', htmlTooLarge: '網頁內容太大，已改用其中的純文字。',
      fileTooLarge: '檔案太大（{{size}}），瀏覽器中最多可匯入 {{max}}。', fileReadFailed: '無法讀取所選檔案：{{name}}。',
      previousKept: '上一次的辨識結果仍保留在下方。', fromFile: '來自檔案：{{name}}',
      title: '匯入', source: '原文', draft: '結構化草稿', paste: '貼上文字或網頁內容', openFile: '開啟檔案…', accept: '建立文件', cancel: '取消',
      convert: '字形', convertNone: '保持原字形', convertHans: '轉為簡體', convertHantTw: '轉為繁體（台灣）', convertHantHk: '轉為繁體（香港）',
      removedCount: '已清理 {{count}} 處', undo: '復原此項', chair: '主持', meeting: '會議', date: '日期', attendees: '出席', observers: '列席', items: '{{count}} 項',
    },
    change: {
      ruby: '拼音注音', furniture: '網頁附加資訊', dateline: '電頭', byline: '署名', title: '標題行', header: '會議資訊行', punctuation: '半形標點',
      quotes: '直引號', width: '全形數字', whitespace: '空白', control: '控制字元',
    },
    warnings: {
      damaged: '此處文字已損壞（{{text}}），請對照原文補正。', mojibake: '此處為亂碼（{{text}}），可能是編碼錯誤，請對照原文。',
      noTitle: '未辨識出標題，請填寫。', noChair: '未辨識出主持人，請核對。', noDate: '未辨識出會議日期。',
      yearAssumed: '原文日期「{{date}}」未寫年份，已按 {{year}} 年處理，請核對。', noSections: '未辨識出「會議指出」等段落，全文按正文匯入。',
      truncated: '內容過長，已分段儲存。', converted: '已轉換字形。',
    },
    errors: {
      empty: '檔案是空的，沒有可匯入的文字。', binary: '這不是文字檔（{{path}}），無法匯入。', encoding: '無法辨識檔案的文字編碼（{{path}}）。請另存為 UTF-8 後重試。',
      tooLarge: '內容太長（{{size}} 字元），超過匯入上限 {{max}}。', unreadable: '無法讀取檔案：{{path}}。', unsupported: '不支援的檔案類型：{{path}}。',
    },
  },
  en: {
    view: {
      pasteLabel: 'Paste here (Ctrl+V) or type', importTyped: 'Recognise the typed text', chooseFile: 'Choose a file…',
      working: 'Recognising…', changes: 'Cleanup record', undoKind: 'Undo all', redoKind: 'Redo all', redo: 'Redo cleanup', kept: 'Kept as written',
      flagged: 'Check this', warningsTitle: 'Please check', encoding: 'Encoding: {{encoding}}', detected: 'Source script: {{script}}', scriptHans: 'Simplified', scriptHant: 'Traditional',
      lead: 'Lead phrase', heading: 'Heading', owner: 'Owner', due: 'Due', noneFound: '(not found)', empty: 'Paste or open a report: its recognised structure appears on the right.',
      sourceHint: 'Struck-through text was cleaned away (click to undo); yellow text needs checking.', accepting: 'Creating…', kindCount: '{{kind}} ({{count}})',
      pasteEmpty: 'The clipboard holds no text; nothing was changed.', typedEmpty: 'Paste or type some text first.', htmlTooLarge: 'The web content is too large; its plain text was used instead.',
      fileTooLarge: 'The file is too large ({{size}}); browser mode imports at most {{max}}.', fileReadFailed: 'The chosen file could not be read: {{name}}.',
      previousKept: 'The previous result is still shown below.', fromFile: 'From file: {{name}}',
      title: 'Import', source: 'Source', draft: 'Structured draft', paste: 'Paste text or web content', openFile: 'Open file…', accept: 'Create document', cancel: 'Cancel',
      convert: 'Script', convertNone: 'Keep the script', convertHans: 'To Simplified', convertHantTw: 'To Traditional (Taiwan)', convertHantHk: 'To Traditional (Hong Kong)',
      removedCount: '{{count}} cleanups', undo: 'Undo this', chair: 'Chair', meeting: 'Meeting', date: 'Date', attendees: 'Attendees', observers: 'Observers', items: '{{count}} items',
    },
    change: {
      ruby: 'Pinyin annotation', furniture: 'Web page furniture', dateline: 'Dateline', byline: 'Byline', title: 'Title line', header: 'Meeting details line', punctuation: 'Half-width punctuation',
      quotes: 'Straight quotes', width: 'Full-width digits', whitespace: 'Whitespace', control: 'Control characters',
    },
    warnings: {
      damaged: 'Damaged text here ({{text}}): check it against the original.', mojibake: 'Garbled text here ({{text}}), probably a wrong encoding: check the original.',
      noTitle: 'No title recognised: please add one.', noChair: 'No chair recognised: please check.', noDate: 'No meeting date recognised.',
      yearAssumed: 'The date "{{date}}" has no year; {{year}} was assumed: please check.', noSections: 'No lead phrases (会议指出 …) recognised: imported as body text.',
      truncated: 'Very long content was split to fit.', converted: 'The script was converted.',
    },
    errors: {
      empty: 'The file is empty: there is no text to import.', binary: 'This is not a text file ({{path}}) and cannot be imported.',
      encoding: 'The text encoding of {{path}} could not be recognised. Save it as UTF-8 and try again.',
      tooLarge: 'The content is too long ({{size}} characters; the import limit is {{max}}).', unreadable: 'The file could not be read: {{path}}.', unsupported: 'Unsupported file type: {{path}}.',
    },
  },
} satisfies Bundle;
