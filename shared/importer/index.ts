import { DATE_LABEL_ALONE, isDateValue, removeFurniture, removeInlineFurniture } from './cleanup/furniture';
import { normalisePunctuation, normaliseWhitespace, removeControlChars } from './cleanup/punctuation';
import { removeGlyphPairs } from './cleanup/glyph-pairs';
import { removeRuby } from './cleanup/ruby';
import { closeSpacedWords } from './cleanup/spaced-words';
import { buildDraft, guessKind } from './build';
import { flagDamage } from './damage';
import { htmlToText, looksLikeHtml } from './html';
import { withImportMemo } from './memo';
import { recognise } from './recognise';
import { convertScript, detectScript } from './script';
import { findPublishedDate } from './structure/dates';
import { emptyLabelled, readLabelledLine } from './structure/labels';
import { findTitleRange, HEAD_TAG, headlineText, isKickerOver, mastheadAbove, repeatedBehindDash, withoutColonKicker } from './structure/title';
import { TrackedText, type Edit } from './tracked-text';
import { ImportInputError, MAX_IMPORT_CHARS, type ImportOptions, type ImportResult, type ImportWarning } from './types';

export * from './types';
export { htmlToText, looksLikeHtml } from './html';
export { detectScript, convertScript, scriptCounts } from './script';
export { findDamage } from './damage';
export { isFurnitureLine } from './cleanup/furniture';
export { parsePerson, parsePeopleList } from './structure/people';
export { findItems, ownerAndDue } from './structure/items';
export { TrackedText } from './tracked-text';

/**
 * Pasted or decoded text -> a structured draft. The pipeline: refuse what cannot be a report,
 * reduce HTML to text, clean (each change recorded in source coordinates), flag damage, detect
 * and optionally convert the script, take out the title line, recognise the structure, build a
 * schema-valid Briefing.
 */
export function importText(input: string, options: ImportOptions = {}): ImportResult {
  // The readers' answers are remembered for this one import and dropped after it (memo.ts).
  return withImportMemo(() => importOnce(input, options));
}

function importOnce(input: string, options: ImportOptions): ImportResult {
  if (input.length > MAX_IMPORT_CHARS) throw new ImportInputError('tooLarge', `${input.length} characters > ${MAX_IMPORT_CHARS}`);
  const isHtml = options.format === 'html' || (options.format === undefined && looksLikeHtml(input));
  const source = (isHtml ? htmlToText(input) : input).replace(/\r\n?/g, '\n');
  refuseUnusable(source);
  const now = options.now ?? new Date();

  const t = new TrackedText(source);
  removeControlChars(t);
  // The importer reads Chinese meeting reports; a text with no Han character at all (an English
  // translation, a wrong file) keeps every line instead of losing them all as foreign chrome, and
  // says why nothing was recognised.
  const chinese = /\p{Script=Han}/u.test(source);
  if (chinese) removeFurniture(t);
  removeRuby(t);
  // After the ruby readings go: a jammer's pair glued after 戰(zhàn)略 reads only once they are gone.
  if (chinese) removeGlyphPairs(t);
  removeInlineFurniture(t);
  normalisePunctuation(t);
  normaliseWhitespace(t);
  // After the spaces around marks go: 会议听 取了 / 会 议 要 求，… read as the words they are.
  if (chinese) closeSpacedWords(t);
  const warnings: ImportWarning[] = flagDamage(t);
  if (!chinese) warnings.push(docWarning('noChinese', {}));

  const detected = detectScript(t.text);
  const convert = options.convert ?? 'none';
  const converted = convertScript('', detected, convert);
  if (convert !== 'none' && converted.script !== detected) warnings.push(docWarning('converted', { from: detected, to: convert }));
  if (convert !== 'none') t.transform((text) => convertScript(text, detected, convert).text);
  const script = converted.script;

  const title = takeTitle(t);
  // 今天是2025年4月3日: a date widget says when the page was seen, not when it was published.
  const stamps = t.changes.filter((c) => c.kind === 'furniture' && !/^\s*(?:今天是|今日是|今天|今日)/u.test(c.original));
  const published = findPublishedDate(stamps.map((c) => c.original).join('\n'));
  const paragraphs = joinBrokenLines(
    t.text
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const hasLabels = paragraphs.some((p) => readLabelledLine(p, emptyLabelled()));
  // The dateline the cleanup took off the opening (某某日报3月6日讯) may hold the only day given.
  const dateline = t.changes.find((c) => c.kind === 'dateline')?.original ?? '';
  // A caption the furniture pass took out may be the only line that names the chair (KEYING 15).
  const captions = t.changes.filter((c) => c.kind === 'furniture').map((c) => c.original);
  const r = recognise(paragraphs, { published, dateline, captions, now, script, title });
  warnings.push(...r.warnings.map((w) => docWarning(w.code, w.params)));
  if (!title) warnings.push(docWarning('noTitle', {}));

  return {
    source,
    text: t.text,
    // The kicker before a colon is no part of the title, but the body it names may convene (KEYING 9).
    draft: buildDraft(r, withoutColonKicker(title), script, guessKind(title, hasLabels), now),
    removed: t.changes,
    warnings,
    recognized: { dateText: r.dateText, publishedDate: published, detectedScript: detected },
  };
}

/** A line that stops mid-sentence (…企事业单位、 / …工作，) was broken by the page: it goes on below. */
function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /[、，]$/u.test(prev) && prev.length >= 10) out[out.length - 1] = prev + line;
    // 会议时间： / 2022年5月28日 on two lines: one labelled field (cleanup/furniture.ts keeps both).
    else if (prev !== undefined && DATE_LABEL_ALONE.test(prev) && isDateValue(line)) out[out.length - 1] = `${prev.replace(/[:：]$/u, '')}：${line}`;
    else out.push(line);
  }
  return out;
}

function docWarning(code: ImportWarning['code'], params: Record<string, string | number>): ImportWarning {
  return { code, start: 0, end: 0, excerpt: '', params };
}

/** Empty and binary input are refused with a reason, before any work. */
function refuseUnusable(source: string): void {
  if (!source.trim()) throw new ImportInputError('empty', 'no text');
  const sample = source.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (sample.includes('\u0000') || control > sample.length * 0.05) throw new ImportInputError('binary', 'control characters: not text');
}

/** Moves the title line out of the body (recorded as a 'title' change). */
function takeTitle(t: TrackedText): string {
  const lines: { text: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const raw of t.text.split('\n')) {
    if (raw.trim()) lines.push({ text: raw.trim(), start: pos, end: pos + raw.length });
    pos += raw.length + 1;
  }
  const minutes = minutesTitle(lines.map((l) => l.text));
  const found = minutes ?? findTitleRange(lines.map((l) => l.text));
  if (!found) return '';
  // 某某主持召开…会议时强调 over 切实把…作为首要任务: the kicker goes with the headline, the line
  // below it is the title.
  const kicker = !minutes && found.from === found.to && isKickerOver(lines[found.to]!.text, lines[found.to + 1]?.text);
  const picked = kicker ? { from: found.to + 1, to: found.to + 1 } : found;
  // 校務會議紀錄 / 106學年度第1學期第1次校務會議紀錄 / 國立X大學106學年度…校務會議紀錄: a record may
  // print its heading again, each time fuller, each containing the last. The fullest is the title;
  // the shorter ones go with it.
  let full = picked.to;
  let kept = -1;
  while (full + 1 < lines.length && full - picked.to < 3 && restatesTitle(lines[full]!.text, lines[full + 1]!.text)) {
    if (repeatedBehindDash(lines[full]!.text, lines[full + 1]!.text)) kept = full;
    full++;
  }
  if (full > picked.to) {
    t.apply(lines.slice(picked.from, full + 1).map((l) => ({ start: l.start, end: Math.min(l.end + 1, t.text.length), replacement: '', kind: 'title' as const })));
    // The fullest heading is still a headline: a kicker or a site's name on it is not its words.
    // The headline printed again behind a kicker and a dash: the plain print is the headline.
    return headlineText(lines[kept >= 0 && kept === full - 1 ? kept : full]!.text).replace(/\s+/g, ' ');
  }
  const edits: Edit[] = [];
  const drop = (i: number, kind: Edit['kind']): void => {
    edits.push({ start: lines[i]!.start, end: Math.min(lines[i]!.end + 1, t.text.length), replacement: '', kind });
  };
  const texts = lines.map((l) => l.text);
  // A site's or column's name the cleanup left above the headline (今日某县) goes with it.
  for (const i of minutes ? [] : mastheadAbove(texts, kicker ? found.from : picked.from)) drop(i, 'furniture');
  if (kicker) drop(found.from, 'title');
  for (let i = picked.from; i <= picked.to; i++) drop(i, 'title');
  // 深入学习贯彻…精神 / 传达…会议精神 under the headline, then the opening: the headline's deck
  // lines (at most two, short, no mark, no one chairing or attending), the page's, not the report's.
  for (const i of minutes ? [] : deckBelow(texts, picked.to)) drop(i, 'furniture');
  const text = lines
    .slice(picked.from, picked.to + 1)
    .map((l) => l.text)
    .join('');
  t.apply(edits);
  // | 区人大常委会党组召开扩大会议 |: the bars are the page's table cell, not the headline's.
  // 【政务动态】区政府召开常务会议: a column tag in brackets before the headline is the site's.
  return (
    headlineText(text)
      .replace(/\s+/g, ' ')
      .replace(/^[|｜\s]+|[|｜\s]+$/gu, '')
      .replace(HEAD_TAG, '')
      // 热点关注！某区召开… / 环球焦点！…: a short kicker closed by an exclamation mark on a one-line
      // headline is a column's cry, no part of the title (KEYING 20), when a headline of its own follows.
      .replace(/^\p{Script=Han}{2,6}[！!]\s*(?=[^！!]{10,}$)/u, '')
  );
}

const DECK = /^(?=.{6,40}$)(?!.*[，。；：！？,;:!?|｜>＞])(?!.*(?:主持|出席|列席|参加|參加|召开|召開|举行|舉行))\p{Script=Han}.*$/u;
const CHROME_BELOW = /^(?=.{2,24}$)(?!.*[，。；！？：:,;!?])(?!.*(?:主持|出席|列席|参加|參加|召开|召開|举行|舉行))/u;
function deckBelow(lines: readonly string[], title: number): number[] {
  const out: number[] = [];
  let decks = 0;
  let chrome = 0;
  let i = title + 1;
  // 海星師生參市署公開會議 / 同學於…提出意見 / 海星師生參市署公開會議: a page may print the headline
  // again under its deck; the repeat goes with the headline and is no deck line of its own.
  // 收录于合集 / #政务动态 128个: a short line of a tag, a count or a few words between headline and
  // opening is the page's (a 公众号's collection tag), not the report's.
  while (i < lines.length && decks < 3 && out.length < 5) {
    const line = lines[i]!;
    if (CHROME_BELOW.test(line) && (/[#＃\d]/u.test(line) || (line.match(/\p{Script=Han}/gu) ?? []).length < 6)) chrome++;
    else if (DECK.test(line)) decks++;
    else if (line !== lines[title]) break;
    out.push(i++);
  }
  const opening = lines[i] ?? '';
  // The opening: a convening sentence, or a news report's first paragraph, several sentences long
  // (為培養…，市政署持續邀請…。六月份…出席，…。): prose, where a deck is a single unpunctuated line.
  const opens = /(主持|召开|召開|举行|舉行)/u.test(opening) || (opening.length > 80 && /[，,].*[。].*[，,].*[。]/u.test(opening));
  return (decks || chrome) && decks <= 2 && opening.length > 40 && /[。]/u.test(opening) && opens ? out : [];
}

/** A fuller heading right under the last one: it contains it, longer, still short and unpunctuated. */
function restatesTitle(shorter: string, next: string): boolean {
  return next.length > shorter.length && next.length <= 60 && next.includes(shorter) && !/[，。；！？,;!?]/u.test(next);
}

/**
 * A 纪要 names itself right above its opening (…协调会议纪要, then 11月4日，X主持召开…), even when a
 * repost puts a page name first; a long title may be broken over two lines (落实…与远航集团 /
 * 合作备忘录协调会议纪要), the first a bare fragment without punctuation. Returns the line range.
 */
function minutesTitle(lines: readonly string[]): { from: number; to: number } | null {
  const opening = lines.slice(0, 10).findIndex((l) => /(主持|召开|召開|举行|舉行)/u.test(l) && /[，,。]/u.test(l));
  if (opening < 1) return null;
  const above = lines[opening - 1]!;
  if (above.length > 60 || !/(纪要|紀要)$/u.test(above) || /[，。；：！？,;:!?]/u.test(above)) return null;
  const before = lines[opening - 2];
  const fragment =
    before !== undefined &&
    before.length <= 40 &&
    above.length + before.length <= 60 &&
    !/[，。；：！？,;:!?>＞|｜]/u.test(before) &&
    !/(纪要|紀要|会议|會議)/u.test(before) &&
    !/^[\d一二三四五六七八九十]/u.test(before);
  return fragment ? { from: opening - 2, to: opening - 1 } : { from: opening - 1, to: opening - 1 };
}
