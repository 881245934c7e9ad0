import type { Edit, TrackedText } from '../tracked-text';
import { splitLines, type Line } from './lines';

/**
 * Text copied out of a PDF or a scanned page keeps the page's line breaks: a sentence cut at the
 * column's edge (…仍有進步空間,請本 / 局姚主任秘書國輝再繼續追蹤列管。) arrives as two paragraphs, and
 * every rule after this one would read the second half as a paragraph of its own. Read by shape,
 * not by wording:
 * - the line is prose that stopped mid-clause: it already holds a clause mark (，、；) or a sentence
 *   end, and its last character is Han (or an opening bracket or quote), not a sentence end or colon;
 * - the next line goes on in Han text: no number or bullet of a list, no "label：" of a form;
 * and numbers a PDF spaces out inside brackets ((1 ) / （ 2） / 1 . ) are closed up, so a list's
 * markers read as markers.
 */

// Tested on the last character alone: a $-anchored class would be tried at every position.
const ENDS_MID_CLAUSE = /^[\p{Script=Han}（(“「《]$/u;
const HOLDS_CLAUSE = /[，,、；;。]/;
/** A list marker, a bullet or a heading number opening the next line: a new paragraph. */
const OPENS_ITEM =
  /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十\d]{1,3}[条條项項案章节節部分，,、]|[壹貳贰叁參叄肆伍陸陆柒捌玖拾]{1,2}、|[\u2460-\u2473])/u;
/** A heading's number: 一、 / 第三条 / 壹、 (a list's (1) or 1. may be a point cut by the wrap). */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十\d]{1,3}[条條项項案章节節部分]|[壹貳贰叁參叄肆伍陸陆柒捌玖拾]{1,2}、)/u;
/** The next line opening with the meeting's own lead (会议听取了…): a paragraph of its own. */
const MEETING_LEAD = /^(?:会议|會議|会上|會上)/u;
/** 主席：… / 決議：… / 出席人員：… / 列  席：…: a form's label opening the next line (a typeset form
 * spaces its label's characters out). */
const LABEL = /^(?:\p{Script=Han}[ \t\u3000]*){1,8}[：:]/u;
/**
 * 近日，… / 昨天上午，… / 二〇二六年三月五日，… / 某报某地三月四日讯…: the next line opens a report's first
 * sentence with when it happened or with the paper's dateline (a line opening with a digit is never
 * joined: see below). Above the article's first sentence, the line before it is the headline
 * (凝聚共识，汇聚力量——某村召开座谈会; 某常委会举行会议，传达…精神: a headline may hold a comma), not a
 * sentence the page wrapped: a wrap cuts a clause, and the next line goes on with it.
 */
const HAN_DATE = String.raw`(?:[一二三四五六七八九〇零○]{4}年)?[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}日`;
const OPENS_REPORT = new RegExp(
  String.raw`^(?:${HAN_DATE}|近日|日前|近期|昨天|昨日|今天|今日|前天|本月|上周|上週)(?:上午|下午|晚上|晚间|晚間|早上|中午)?[，,]|^[^，。；,]{0,20}?(?:${HAN_DATE}|\d{1,2}月\d{1,2}日)(?:讯|訊|电|電)`,
  'u',
);
const SPACED_NUMBER = /[（(][ \t\u3000]*(\d{1,2})[ \t\u3000]*[）)]|(?<=^[ \t\u3000]*)(\d{1,2})[ \t\u3000]+([.．、])(?!\d)/gmu;

export function reflowBrokenLines(t: TrackedText): void {
  t.apply(reflowEdits(t.text, splitLines(t.text)));
}

/**
 * The edits on `text` split into `lines`, not applied (removeInlineFurniture applies them with its
 * own). A bullet opening the next line keeps the break: it opens an item. A template placeholder
 * (##CONTINUE##) is not read as the line's words.
 */
export function reflowEdits(text: string, lines: readonly Line[]): Edit[] {
  const edits: Edit[] = [];
  // Plain test first: most texts have no spaced number.
  if (/\d[ \t\u3000]+[）).．、]|[（(][ \t\u3000]+\d/.test(text))
    for (const m of text.matchAll(SPACED_NUMBER)) {
      const closed = m[1] !== undefined ? m[0].replace(/[ \t\u3000]+/gu, '') : `${m[2]}${m[3]}`;
      if (closed !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement: closed, kind: 'whitespace' });
    }
  for (let i = 0; i + 1 < lines.length; i++) {
    const raw = lines[i]!.text;
    // The last character first, untrimmed: most lines end with a sentence mark and stop here.
    if (raw.length < 12 || !ENDS_MID_CLAUSE.test(raw.trimEnd().slice(-1))) continue;
    const line = (raw.includes('#') ? raw.replace(/##[A-Za-z_]{2,20}##/gu, '') : raw).trim();
    const next = lines[i + 1]!.text.trim();
    if (line.length < 12 || !next || !HOLDS_CLAUSE.test(line.replace(OPENS_ITEM, ''))) continue;
    // 一、传达学习…精神 / 二、听取…汇报，研究部署… with no sentence end: a 纪要's heading, not a cut line.
    if (HEADING.test(line) || !/^[\p{Script=Han}“「《]/u.test(next) || OPENS_ITEM.test(next) || LABEL.test(next) || LABEL.test(line) || MEETING_LEAD.test(next)) continue;
    if (OPENS_REPORT.test(next) && lines.slice(0, i).every((l) => !/[。！？]/u.test(l.text))) continue;
    // The break and any indent before the next line's first character go; the line keeps its text.
    const end = lines[i + 1]!.start + (lines[i + 1]!.text.length - lines[i + 1]!.text.trimStart().length);
    const start = lines[i]!.start + lines[i]!.text.trimEnd().length;
    edits.push({ start, end, replacement: '', kind: 'whitespace' });
  }
  return edits;
}
