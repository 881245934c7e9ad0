import type { Person } from '../../model';
import { parsePeopleList, parsePerson } from './people';

/**
 * 纪要 often open with labelled lines: 时间：… 地点：… 主持：… 出席：… 列席：… 请假：… 记录：….
 * Each recognised line fills a meeting field and leaves the body.
 */
export interface Labelled {
  dateText: string;
  location: string;
  chair: { name: string; title: string } | null;
  attendees: Person[];
  observers: Person[];
  absentees: Person[];
  recorder: string;
  meetingName: string;
}

// A form may number its lines (1、开会时间：…, （三）主持人：…): the number is not part of the label.
const LABEL =
  /^(?:\d{1,2}\s*[、.．]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]{1,3}、\s*)?(开会时间|開會時間|会议时间|會議時間|时间|時間|开会地点|開會地點|会议地点|會議地點|地点|地點|会议主持人|會議主持人|主持人|主持|出席人员|出席人員|出席|参加人员|參加人員|参会人员|參會人員|列席人员|列席人員|列席|请假|請假|缺席|记录人|記錄人|记录|記錄|会议名称|會議名稱)\s*[：:]\s*(.+)$/u;

export function emptyLabelled(): Labelled {
  return { dateText: '', location: '', chair: null, attendees: [], observers: [], absentees: [], recorder: '', meetingName: '' };
}

/** Returns true when the line was a labelled header line (and records it in `into`). */
export function readLabelledLine(line: string, into: Labelled): boolean {
  const m = LABEL.exec(line.trim());
  if (!m) return false;
  const label = m[1]!;
  const value = m[2]!.replace(/[。；;]$/u, '').trim();
  // 如附件, 详见附件, （略）: the list is elsewhere; nobody is named here.
  if (/^(?:如|详见|詳見|见|見)?附件$|^[（(]?略[）)]?$/u.test(value)) return true;
  if (/时间|時間/u.test(label)) into.dateText = value;
  else if (/地点|地點/u.test(label)) into.location = value;
  else if (/主持/u.test(label)) {
    // A spaced surname (吳 局長宗明) is surname + title + name before any other reading.
    const swapped = surnameTitleName(value);
    into.chair = (/^\p{Script=Han}\s/u.test(value) ? swapped : null) ?? parsePerson(value) ?? swapped ?? { name: value, title: '' };
  } else if (/列席/u.test(label)) into.observers.push(...parsePeopleList(value));
  else if (/请假|請假|缺席/u.test(label)) into.absentees.push(...parsePeopleList(value));
  else if (/记录|記錄/u.test(label)) into.recorder = value;
  else if (/名称|名稱/u.test(label)) into.meetingName = value;
  else into.attendees.push(...parsePeopleList(value));
  return true;
}

/**
 * 吳 局長宗明, 陳主任委員志明: Taiwan forms write the surname, the title, then the given name. Only
 * for a labelled chair, where a person is expected.
 */
function surnameTitleName(value: string): { name: string; title: string } | null {
  const m = /^(\p{Script=Han})\s*(\p{Script=Han}{1,5}?(?:长|長|主任|主席|委员|委員|书记|書記))(\p{Script=Han}{1,2})$/u.exec(value);
  return m ? { name: m[1]! + m[3]!, title: m[2]! } : null;
}
