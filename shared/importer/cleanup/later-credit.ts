import type { Edit } from '../tracked-text';
import { isByline, openingCreditLength } from './byline';
import type { Line } from './lines';

/**
 * A dateline or a reporter's byline opening a paragraph further down: a page holding a second
 * story (本報訊(記者 X) 1月3日下午，… after the first one's last paragraph), or an opening that
 * captions in prose form pushed below where the dateline is looked for (星城在线2月25日讯(记者 X)2月
 * 25日，…), or a byline bracket in a paper's own brackets (〔記者X/某地報導〕, 【某網/記者X報導】).
 * Only credits that cannot be a sentence's start are taken: a run of outlet datelines and byline
 * brackets that ends where a date begins (openingCreditLength), or a bracket holding a reporter and
 * the word for filing a report.
 */

const CLOSE: Record<string, string> = { '(': ')', '（': '）', '【': '】', '〔': '〕', '[': ']' };
const REPORTER = /记者|記者|通讯员|通訊員/u;
const FILED = /报道|報道|报导|報導|讯|訊|专电|專電/u;
/** A site known by a Latin name (News520, ETtoday) before the slash of its byline. */
const LATIN_OUTLET = /^[A-Za-z][A-Za-z0-9.]{1,15}\s*[/／]\s*/u;

/** The length of a reporter's byline bracket opening `body`, or 0. */
export function bylineBracketLength(body: string): number {
  const close = CLOSE[body[0] ?? ''];
  if (!close) return 0;
  const end = body.indexOf(close, 1);
  if (end < 3) return 0;
  const inside = body.slice(1, end).replace(LATIN_OUTLET, '');
  if (!REPORTER.test(inside) || !FILED.test(inside) || !isByline(inside)) return 0;
  return opensProse(body.slice(end + 1)) ? end + 1 : 0;
}

/** The credit must open a paragraph of prose: a bracket alone is a credit line, read elsewhere. */
function opensProse(rest: string): boolean {
  return rest.trim().length >= 10 && /[，。,]/u.test(rest);
}

/**
 * 【本網訊】 / 【某報3月2日訊】 opening a paragraph of prose: a paper's dateline in its lenticular
 * brackets. A page of several stories opens each with it; no sentence starts with a bracketed 訊,
 * so it goes wherever it stands, not only after the report has begun.
 */
const BRACKETED_DATELINE = /^【\s*[\p{Script=Han}·]{1,15}(?:\d{1,2}月\d{1,2}日)?(?:讯|訊)\s*】\s*/u;
function bracketedDatelineLength(body: string): number {
  const m = BRACKETED_DATELINE.exec(body);
  if (!m) return 0;
  return opensProse(body.slice(m[0].length)) ? m[0].length : 0;
}

/** Edits removing credits that open paragraphs other than those in `skip` (the opening, read before). */
export function laterCreditEdits(nonEmpty: readonly Line[], skip: ReadonlySet<Line>): Edit[] {
  const edits: Edit[] = [];
  // A dateline run belongs to a second story only once the report has begun: below its first
  // paragraph of prose (a bracketed caption is not one). The first paragraph's own dateline is the
  // opening reader's to find, which looks at it with the headline and the captions around it.
  const begun = nonEmpty.find((l) => l.text.trim().length >= 30 && /[，。,]/u.test(l.text) && !/^[(（【〔[]/u.test(l.text.trim()));
  for (const line of nonEmpty) {
    if (skip.has(line)) continue;
    const indent = line.text.length - line.text.trimStart().length;
    const body = line.text.slice(indent);
    const later = !!begun && line.index > begun.index;
    const length = (later ? openingCreditLength(body) : 0) || bylineBracketLength(body) || bracketedDatelineLength(body);
    if (length > 0) edits.push({ start: line.start + indent, end: line.start + indent + length, replacement: '', kind: 'dateline' });
  }
  return edits;
}
