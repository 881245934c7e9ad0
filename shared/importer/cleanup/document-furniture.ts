import type { Line } from './lines';

/**
 * The furniture of a printed document rather than of a web page: what a PDF, a 简报 issue or a
 * 会议纪要 carries around its text when it is copied out (GB/T 9704 lays most of it down, so its
 * shapes are the same in every province). Read by shape, wherever the line stands:
 * - page markers: a page number alone between dashes (- 2 -, — 3 —, ·4·), 第2页 共5页, 2/5, Page 2 of 5;
 * - a signature and date line: an office's name, a wide gap, a date (…办公室      2026年3月5日印发);
 * - the distribution block closing a document (抄送：…, 报：…, 送：…, 发：…, 共印50份);
 * - a masthead spaced out letter by letter (政 务 简 报);
 * - a contents box: a bracketed label alone (【本期要目】) and the headlines under it, when one of them
 *   is printed again below, before its own item.
 * A page break often cuts a sentence in two; when a page marker is taken out between two halves of
 * a sentence, the halves are joined (see `joinsAcrossPage`).
 */

/** A page number alone, or "page N of M" in either language. */
const PAGE_MARK =
  /^(?:[-—–－─·•\s]*\d{1,3}[-—–－─·•\s]*|[-—–－\s]*(?:第\s*\d{1,3}\s*[页頁](?:\s*[/，,]?\s*共\s*\d{1,3}\s*[页頁])?|共\s*\d{1,3}\s*[页頁]\s*[，,]?\s*第\s*\d{1,3}\s*[页頁])[-—–－\s]*|\d{1,3}\s*\/\s*\d{1,3}|(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?)$/iu;

/** A page number needs something around it: a bare "3" alone may be a list's number or a cell. */
export function isPageMark(text: string): boolean {
  const t = text.trim();
  // Plain tests first: this runs on every line, and a page marker is short and holds a digit.
  if (t.length > 24 || !/\d/u.test(t) || !PAGE_MARK.test(t)) return false;
  if (/^\d{1,3}$/u.test(t)) return false;
  return true;
}

const DATE = String.raw`(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日`;
/** 青岭县人民政府办公室      2026年3月5日印发 / 县政府办编  2026年3月5日: who issued it and when. */
const SIGNED_DATE = new RegExp(String.raw`^[\p{Script=Han}（）()]{2,24}(?:编|編|印发|印發|制|製)?(?:\s{2,}|\u3000+)${DATE}\s*(?:印发|印發|编|編|发|發)?$`, 'u');

/** 抄送：… / 报：… / 送：… / 发：… / 分送：… closing a document: who receives it. */
const DISTRIBUTION = /^(?:抄送|抄报|抄報|分送|主送|报送|報送|发送|發送|报|報|送|发|發|印送)\s*[：:]\s*\S/u;
/** （共印50份） / 共印 50 份. */
const PRINT_COUNT = /^[（(]?\s*共印\s*\d+\s*份\s*[)）]?$/u;

/** One line of the distribution block closing a document. */
export function isDistributionLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  if (PRINT_COUNT.test(t)) return true;
  // The value is a list of units or nothing else: no sentence of the report (送：… can not be
  // prose; a sentence reads 送给…, never 送：).
  return DISTRIBUTION.test(t) && t.length <= 120 && !/[。！？]/u.test(t.replace(/[。.]$/u, ''));
}

/** A document's issuing office and date, or its masthead spaced out, or a page marker. */
export function isDocumentFurniture(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  if (isPageMark(t) || (t.includes('年') && SIGNED_DATE.test(t))) return true;
  // 政 务 简 报 / 工 作 动 态: three to ten single characters each set apart, no meeting word.
  return t.length <= 20 && /^\p{Script=Han}(?:[ \t\u3000]+\p{Script=Han}){2,9}$/u.test(t) && !/会|會|召|议|議/u.test(t);
}

/** 【本期要目】 / 〖目录〗 / [导读]: a bracketed label alone, the heading of a contents box. */
// Unbracketed, the label is one of the few words a contents box is headed with (本期要目, 目录).
const BOX_LABEL = /^(?:[【〖[［]\s*\p{Script=Han}{2,6}\s*[】〗\]］]|(?:本期)?(?:要目|目录|目錄|导读|導讀|提要|内容|內容|要闻|要聞)(?:提要|导读|導讀)?)$/u;

/** 第12期 / （第3期） / 2026年第5期 / 总第433期: an issue's number on a line of its own. */
const ISSUE_NUMBER = /^[（(]?\s*(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*)?[总總]?第\s*[\d一二三四五六七八九十百]{1,4}\s*期\s*[)）]?$/u;
/** 工作简报 / 防汛快报 / 政务信息 / 督查专报: a bulletin's masthead, its kind at its end. */
const MASTHEAD = /^[\p{Script=Han}·]{0,12}(?:简报|簡報|快报|快報|专报|專報|动态|動態|通讯|通訊|信息|要情|情况|情況|周报|週報|月报|月報)$/u;

/**
 * The masthead block opening a bulletin: its name and its issue number, each on a line of its own,
 * within the first lines. The name is furniture only beside an issue number, so a report titled
 * 工作动态 or a headline ending in 情况 stays.
 */
export function mastheadLines(lines: readonly Line[]): number[] {
  const head = lines.slice(0, 8).map((l) => l.text.trim().replace(/\s+/gu, ''));
  const issue = head.findIndex((t) => ISSUE_NUMBER.test(t));
  if (issue < 0) return [];
  const out = [lines[issue]!.index];
  for (let i = Math.max(0, issue - 2); i <= Math.min(head.length - 1, issue + 2); i++) if (i !== issue && head[i]!.length <= 16 && MASTHEAD.test(head[i]!)) out.push(lines[i]!.index);
  return out;
}

/**
 * The lines of a contents box: a bracketed label alone, then short lines without a sentence mark,
 * at least one of which comes back later word for word (an item's own headline; a copy of one item
 * keeps the whole box). Returns their indexes in `lines`.
 */
export function contentsBox(lines: readonly Line[]): number[] {
  const out: number[] = [];
  const texts = lines.map((l) => l.text.trim());
  texts.forEach((t, i) => {
    if (!BOX_LABEL.test(t)) return;
    // Entries run to the first prose line or to an entry printed again (the first item's headline).
    const entries: number[] = [];
    let j = i + 1;
    for (; j < texts.length; j++) {
      const e = texts[j]!;
      if (e.length > 40 || /[。！？；]/u.test(e) || entries.some((k) => texts[k] === e)) break;
      entries.push(j);
    }
    const rest = texts.slice(j);
    if (entries.some((k) => rest.includes(texts[k]!))) out.push(lines[i]!.index, ...entries.map((k) => lines[k]!.index));
  });
  return out;
}

/**
 * When a page marker stands between two halves of one sentence (…要加 / - 2 - / 强协作。), the
 * line break before the marker goes with it, so the halves join: the first half is prose that
 * stops without a sentence end or colon, the second goes on in Han text.
 */
export function joinsAcrossPage(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  const b = before.trim();
  const a = after.trim();
  return b.length >= 10 && /[\p{Script=Han}，、“（]$/u.test(b) && /[。，；]/u.test(b) && /^[\p{Script=Han}，、。”）]/u.test(a) && !/^[一二三四五六七八九十]+[、是要]/u.test(a);
}
