import type { Bundle } from '../types';

/**
 * The 督办台账 (task register): its view, its printed and exported forms, the 督办通知单 / 催办单,
 * the progress import and the CLI. Owned by the tasks feature (renderer/src/views/tasks,
 * electron/services/tasks, shared/tasks).
 */
export const tasks: Bundle = {
  'zh-CN': {
    nav: '督办台账',
    badge: '{{count}} 项逾期',
    title: '督办台账',
    views: { open: '全部未办结', byUnit: '按单位', byMeeting: '按会议', week: '本周到期', overdue: '已逾期', all: '全部' },
    status: { notStarted: '未启动', inProgress: '推进中', done: '已完成', closed: '已销号', onHold: '暂缓', overdue: '逾期', deleted: '已从纪要删除' },
    dueKind: { ongoing: '长期', recurring: '定期报送', unparsed: '无法识别，请填写日期', none: '未写时限', approximate: '节假日数据未覆盖，按周一至周五推算' },
    columns: {
      seq: '序号', text: '督办事项', source: '事项来源', lead: '牵头单位', units: '责任单位', due: '完成时限', dueDate: '时限日期',
      progress: '进展情况', status: '办理状态', remarks: '备注', completedOn: '完成日期', meeting: '会议', meetingDate: '会议日期',
      key: '督办编号', newNote: '本次进展（填写）',
    },
    leadMark: '（牵头）',
    filter: { search: '搜索事项、单位、进展…', unit: '单位', allUnits: '全部单位', meeting: '会议', allMeetings: '全部会议', status: '状态', allStatuses: '全部状态', sort: '排序', showDeleted: '显示已删除' },
    sort: { due: '按完成时限', meeting: '按会议', unit: '按牵头单位', status: '按状态', text: '按事项' },
    count: '共 {{count}} 项',
    summary: '共{{total}}项：已完成{{done}}项，已销号{{closed}}项，推进中{{inProgress}}项，未启动{{notStarted}}项，逾期{{overdue}}项',
    asOf: '截至{{date}}',
    empty: '没有符合条件的督办事项。纪要中的工作安排和写明责任单位或时限的议定事项会自动列入台账。',
    detail: {
      heading: '事项详情', from: '来自', parsed: '识别日期', correct: '改正日期', reset: '恢复识别', progress: '进展情况',
      addNote: '记录进展', by: '记录人', note: '进展', setStatus: '办理状态', save: '保存', saved: '已保存', noNotes: '尚无进展记录。',
      close: '关闭', open: '打开纪要', statusChange: '状态改为“{{status}}”',
    },
    export: {
      button: '导出台账', xlsx: 'Excel 表格（.xlsx）', pdf: 'PDF（A4）', docx: 'Word（.docx）', landscape: '横向', portrait: '纵向',
      where: '保存到', run: '导出', done: '已导出 {{rows}} 项到 {{path}}', registerTitle: '督办事项台账',
    },
    notice: {
      button: '督办通知单', reminder: '催办单', titleNotice: '督办通知单', titleReminder: '催办通知单',
      to: '承办单位：', intro: '根据会议议定事项，请你单位牵头办理以下事项，并于时限前书面报送办理情况。',
      introReminder: '以下事项已超过办理时限，请你单位抓紧办理，并书面说明进展和原因。',
      feedback: '反馈要求：以单位名义书面报送，一事一报；不能按时办结的，应在时限前报送进展情况并说明原因。',
      issuer: '督办单位', days: '已逾期{{days}}天',
    },
    import: {
      button: '导入进展', title: '导入进展（Excel）', pick: '选择文件', preview: '以下 {{count}} 项将被更新：', none: '文件中没有需要更新的事项。',
      unknown: '{{count}} 行无法对应台账中的事项（未导入）：', row: '第{{row}}行', apply: '确认导入', cancel: '取消', applied: '已更新 {{count}} 项。',
      statusChange: '{{from}} → {{to}}', note: '追加进展：{{note}}', badFile: '无法读取该文件：不是台账格式的 Excel 表格。',
    },
    cli: {
      none: '台账中没有符合条件的事项。', unknownFormat: '不支持的导出格式：{{format}}（可用 xlsx、pdf、docx）', needOut: '导出台账需要 --out 指定文件。',
      exported: '已导出 {{rows}} 项到 {{path}}', added: '已保存文档 {{id}}（第 {{revision}} 版）',
    },
  },
  'zh-TW': {
    nav: '督辦臺賬',
    badge: '{{count}} 項逾期',
    title: '督辦臺賬',
    views: { open: '全部未辦結', byUnit: '按單位', byMeeting: '按會議', week: '本週到期', overdue: '已逾期', all: '全部' },
    status: { notStarted: '未啟動', inProgress: '推進中', done: '已完成', closed: '已銷號', onHold: '暫緩', overdue: '逾期', deleted: '已從紀要刪除' },
    dueKind: { ongoing: '長期', recurring: '定期報送', unparsed: '無法識別，請填寫日期', none: '未寫時限', approximate: '節假日資料未涵蓋，按週一至週五推算' },
    columns: {
      seq: '序號', text: '督辦事項', source: '事項來源', lead: '牽頭單位', units: '責任單位', due: '完成時限', dueDate: '時限日期',
      progress: '進展情況', status: '辦理狀態', remarks: '備註', completedOn: '完成日期', meeting: '會議', meetingDate: '會議日期',
      key: '督辦編號', newNote: '本次進展（填寫）',
    },
    leadMark: '（牽頭）',
    filter: { search: '搜尋事項、單位、進展…', unit: '單位', allUnits: '全部單位', meeting: '會議', allMeetings: '全部會議', status: '狀態', allStatuses: '全部狀態', sort: '排序', showDeleted: '顯示已刪除' },
    sort: { due: '按完成時限', meeting: '按會議', unit: '按牽頭單位', status: '按狀態', text: '按事項' },
    count: '共 {{count}} 項',
    summary: '共{{total}}項：已完成{{done}}項，已銷號{{closed}}項，推進中{{inProgress}}項，未啟動{{notStarted}}項，逾期{{overdue}}項',
    asOf: '截至{{date}}',
    empty: '沒有符合條件的督辦事項。紀要中的工作安排和寫明責任單位或時限的議定事項會自動列入臺賬。',
    detail: {
      heading: '事項詳情', from: '來自', parsed: '識別日期', correct: '改正日期', reset: '恢復識別', progress: '進展情況',
      addNote: '記錄進展', by: '記錄人', note: '進展', setStatus: '辦理狀態', save: '儲存', saved: '已儲存', noNotes: '尚無進展記錄。',
      close: '關閉', open: '開啟紀要', statusChange: '狀態改為「{{status}}」',
    },
    export: {
      button: '匯出臺賬', xlsx: 'Excel 表格（.xlsx）', pdf: 'PDF（A4）', docx: 'Word（.docx）', landscape: '橫向', portrait: '縱向',
      where: '儲存到', run: '匯出', done: '已匯出 {{rows}} 項到 {{path}}', registerTitle: '督辦事項臺賬',
    },
    notice: {
      button: '督辦通知單', reminder: '催辦單', titleNotice: '督辦通知單', titleReminder: '催辦通知單',
      to: '承辦單位：', intro: '根據會議議定事項，請你單位牽頭辦理以下事項，並於時限前書面報送辦理情況。',
      introReminder: '以下事項已超過辦理時限，請你單位抓緊辦理，並書面說明進展和原因。',
      feedback: '回饋要求：以單位名義書面報送，一事一報；不能按時辦結的，應在時限前報送進展情況並說明原因。',
      issuer: '督辦單位', days: '已逾期{{days}}天',
    },
    import: {
      button: '匯入進展', title: '匯入進展（Excel）', pick: '選擇檔案', preview: '以下 {{count}} 項將被更新：', none: '檔案中沒有需要更新的事項。',
      unknown: '{{count}} 列無法對應臺賬中的事項（未匯入）：', row: '第{{row}}列', apply: '確認匯入', cancel: '取消', applied: '已更新 {{count}} 項。',
      statusChange: '{{from}} → {{to}}', note: '追加進展：{{note}}', badFile: '無法讀取該檔案：不是臺賬格式的 Excel 表格。',
    },
    cli: {
      none: '臺賬中沒有符合條件的事項。', unknownFormat: '不支援的匯出格式：{{format}}（可用 xlsx、pdf、docx）', needOut: '匯出臺賬需要 --out 指定檔案。',
      exported: '已匯出 {{rows}} 項到 {{path}}', added: '已儲存文件 {{id}}（第 {{revision}} 版）',
    },
  },
  en: {
    nav: 'Task register',
    badge: '{{count}} overdue',
    title: 'Task register (督办台账)',
    views: { open: 'All open', byUnit: 'By unit', byMeeting: 'By meeting', week: 'Due this week', overdue: 'Overdue', all: 'All' },
    status: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', closed: 'Closed', onHold: 'On hold', overdue: 'Overdue', deleted: 'Removed from the minutes' },
    dueKind: { ongoing: 'Ongoing', recurring: 'Recurring report', unparsed: 'Not understood: enter a date', none: 'No deadline', approximate: 'Beyond the holiday data: counted Monday to Friday' },
    columns: {
      seq: 'No.', text: 'Task', source: 'Source', lead: 'Lead unit', units: 'Units', due: 'Deadline', dueDate: 'Due date',
      progress: 'Progress', status: 'Status', remarks: 'Remarks', completedOn: 'Completed', meeting: 'Meeting', meetingDate: 'Meeting date',
      key: 'Task id', newNote: 'New progress (fill in)',
    },
    leadMark: ' (lead)',
    filter: { search: 'Search tasks, units, progress…', unit: 'Unit', allUnits: 'All units', meeting: 'Meeting', allMeetings: 'All meetings', status: 'Status', allStatuses: 'All statuses', sort: 'Sort', showDeleted: 'Show removed' },
    sort: { due: 'By deadline', meeting: 'By meeting', unit: 'By lead unit', status: 'By status', text: 'By task' },
    count: '{{count}} tasks',
    summary: '{{total}} tasks: {{done}} done, {{closed}} closed, {{inProgress}} in progress, {{notStarted}} not started, {{overdue}} overdue',
    asOf: 'As of {{date}}',
    empty: 'No tasks match. Action items, and decisions naming a unit or a deadline, enter the register by themselves.',
    detail: {
      heading: 'Task', from: 'From', parsed: 'Read as', correct: 'Correct the date', reset: 'Use the reading', progress: 'Progress',
      addNote: 'Record progress', by: 'By', note: 'Progress', setStatus: 'Status', save: 'Save', saved: 'Saved', noNotes: 'No progress recorded yet.',
      close: 'Close', open: 'Open the minutes', statusChange: 'Status set to “{{status}}”',
    },
    export: {
      button: 'Export register', xlsx: 'Excel (.xlsx)', pdf: 'PDF (A4)', docx: 'Word (.docx)', landscape: 'Landscape', portrait: 'Portrait',
      where: 'Save to', run: 'Export', done: 'Exported {{rows}} tasks to {{path}}', registerTitle: 'Task register',
    },
    notice: {
      button: 'Task notice', reminder: 'Reminder', titleNotice: 'Task notice', titleReminder: 'Reminder notice',
      to: 'To: ', intro: 'As decided at the meeting, your unit is asked to lead the tasks below and report in writing by the deadline.',
      introReminder: 'The tasks below are past their deadline. Please complete them and report progress and reasons in writing.',
      feedback: 'Reply in writing in the unit’s name, one matter per report; if a deadline cannot be met, report progress and reasons before it.',
      issuer: 'Issued by', days: '{{days}} days overdue',
    },
    import: {
      button: 'Import progress', title: 'Import progress (Excel)', pick: 'Choose file', preview: '{{count}} tasks will be updated:', none: 'Nothing in the file changes the register.',
      unknown: '{{count}} rows match no task in the register (not imported):', row: 'Row {{row}}', apply: 'Import', cancel: 'Cancel', applied: 'Updated {{count}} tasks.',
      statusChange: '{{from}} → {{to}}', note: 'Adds progress: {{note}}', badFile: 'Cannot read this file: it is not an Excel register.',
    },
    cli: {
      none: 'No tasks match.', unknownFormat: 'Unsupported export format: {{format}} (use xlsx, pdf or docx)', needOut: 'Exporting the register needs --out FILE.',
      exported: 'Exported {{rows}} tasks to {{path}}', added: 'Saved document {{id}} (revision {{revision}})',
    },
  },
};
