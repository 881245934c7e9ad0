import type { Finding, GroupRule, Rule, Unit } from '../types';
import { matches } from './match';

const WENZHONG = '通知|通报|意见|决定|报告|请示|批复|函|纪要|决议|公告|通告|命令|议案|公报|通報|意見|決定|報告|請示|批覆|紀要|決議|議案|公報';

/**
 * PUN-06: a forwarded 公文's title is not put in 书名号 (those are for the full names of laws and
 * regulations): 关于转发《省教育厅关于…的通知》的通知 -> 关于转发省教育厅关于…的通知的通知. Title
 * lines only: in the body of a 纪要 (会议传达学习了《…的通知》) citing a document in 书名号 is normal.
 * Only a 文种 ending counts (《…条例》《…办法》 are regulations and keep their marks). The fix drops
 * the pair, except when marks are nested inside, where the inner 〈〉 would then need changing too.
 */
export const forwardedTitle: Rule = {
  id: 'PUN-06',
  severity: 'warning',
  fields: ['title', 'heading', 'text'],
  check(unit) {
    return matches(unit.text, new RegExp(`(?<=转发|轉發)《([^《》]*?(?:${WENZHONG}))》`, 'gu'), (m) => {
      const inner = m[1]!;
      return /[〈〉]/u.test(inner) ? { params: { found: m[0] } } : { replacement: inner, params: { found: m[0] } };
    });
  },
};

const LINE_FIELDS: ReadonlySet<Unit['field']> = new Set(['paragraph', 'text', 'item', 'lead']);
const ATTACHMENT = /^(\s*附件\d*[:：]\s*)(?:\d+[.．])?([^。]{1,60}?)([。；，.;,]+)$/u;
const ATTACHMENT_START = /^\s*附件\d*[:：]/u;
const CONTINUATION = /^(\s*\d+[.．])([^。]{1,60}?)([。；，.;,]+)$/u;

/**
 * PUN-08 (GB/T 9704 §7.3.4, §7.4.2): an attachment name has no closing punctuation
 * (附件：1.实施方案。 -> 附件：1.实施方案), also on the numbered lines that continue the list; a
 * 抄送/分送 list ends with 。. Both fixes are certain: delete the trailing marks, or end the list
 * with 。. Not applied to meeting summaries: "主送机关 ends with a colon" — a 纪要 or 简报 has no
 * 主送机关 (a 纪要 lists 出席/列席 instead, a 简报 its 报/送/发 lines), and a half-width colon after
 * one is PUN-01's.
 */
export const attachmentsAndCopies: GroupRule = {
  id: 'PUN-08',
  severity: 'error',
  check(units) {
    const out: { unit: Unit; finding: Finding }[] = [];
    let inList = false;
    for (const unit of units) {
      if (!LINE_FIELDS.has(unit.field)) continue;
      const s = unit.text;
      const start = ATTACHMENT_START.test(s);
      const m = start ? ATTACHMENT.exec(s) : inList ? CONTINUATION.exec(s) : null;
      inList = start || (inList && /^\s*\d+[.．]/u.test(s));
      if (m) {
        const offset = s.length - m[3]!.length;
        out.push({ unit, finding: { offset, length: m[3]!.length, replacement: '', params: { found: m[3]!, expected: '' } } });
        continue;
      }
      const copy = /^\s*(抄送|分送)[:：].*?([，；、,;]?)$/u.exec(s);
      if (!copy || /[。]$/u.test(s) || !/[\p{Script=Han}）)，；、,;]$/u.test(s)) continue;
      const tail = copy[2]!;
      out.push({ unit, finding: { offset: s.length - tail.length, length: tail.length, replacement: '。', params: { found: tail || s.slice(-1), expected: '。' } } });
    }
    return out;
  },
};
