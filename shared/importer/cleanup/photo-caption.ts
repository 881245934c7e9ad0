/**
 * A picture's caption told by its credit: a line that closes on who took the picture (…会议现场。
 * 记者 X 摄, …步入会场。記者 A、B/攝, 会议现场(X 摄影), 以上图片均由 X 提供) is the caption under a
 * photo, not a paragraph of the report, however much of the meeting it names. A paragraph of prose
 * never ends on a photographer; the report's own text tells the same scene at length (KEYING: such a
 * caption is a noise line). Only short lines of one or two sentences: an article whose last paragraph
 * carries a credit is read by the byline rules, which take the credit alone.
 */

/** Names credited: two to four characters each, joined by 、 or a gap. */
const NAMES = String.raw`[\p{Script=Han}·]{2,4}(?:[、\s\u3000]+[\p{Script=Han}·]{2,4}){0,3}`;
const PHOTO_CREDIT = new RegExp(
  String.raw`(?:` +
    // 。 记者 X 摄 / 。記者 A、B/攝: after a sentence mark or a gap, an optional reporter's word.
    String.raw`(?:[。！\s\u3000]|^)(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員))?\s*${NAMES}\s*[/／]?\s*(?:摄|攝|摄影|攝影)` +
    // 会议现场(X 摄影) / （記者 X攝）: the credit in brackets.
    String.raw`|[(（]\s*(?:(?:记者|記者|通讯员|通訊員)\s*)?${NAMES}\s*[/／]?\s*(?:摄|攝|摄影|攝影)\s*[)）]` +
    // 以上图片均由 X 提供: the pictures' giver.
    String.raw`|(?:图片|圖片|照片)(?:均|皆)?由\s*${NAMES}\s*(?:提供|拍摄|拍攝)\s*[)）]?` +
    String.raw`)\s*$`,
  'u',
);

export function isCreditedCaption(line: string): boolean {
  const s = line.trim();
  if (s.length < 6 || s.length > 160) return false;
  if ((s.match(/[。！？]/gu) ?? []).length > 3) return false;
  return PHOTO_CREDIT.test(s);
}
