import { coverage, pairs, pairSet } from './echo-caption';
import type { Line } from './lines';

/**
 * The headline among the chrome above an article: a short line with no sentence mark, no label and
 * no separator, standing a few lines above the article's first paragraph, whose character pairs
 * that paragraph mostly tells again (栗縣防颱工作會報 over 栗山縣長…主持…防颱工作會報，…). A page's
 * chrome (a channel's name, a date stamp, a search box, a menu) shares almost nothing with the
 * opening; a headline says in a few words what the opening says at length. Such a line is the
 * report's, so the furniture pass weighs it as a headline whatever site word it holds (专题学习,
 * 記者采訪團) and keeps it out of the runs of chrome around it (a news list, one-word cells, a
 * label's value).
 *
 * Captions, stamps and reposting notes echo the opening too, but each carries a mark this shape
 * refuses (a comma or full stop, a label's colon, a credit's gap before 摄) or is removed by its
 * own rule, which this signal does not override.
 */
/** The share of a headline's character pairs its opening tells again. */
export const TOLD = 0.6;
/** How many non-empty lines above the opening a headline may stand (chrome comes between). */
const REACH = 8;
const MARKS = /[。，；！？,;!?：:_|｜<>＞»]|https?:|www\./iu;

/** Indexes (into the page's lines) of headline lines the article's opening tells again. */
export function toldHeadlines(nonEmpty: readonly Line[], opening: number | null): Set<number> {
  const out = new Set<number>();
  if (opening === null) return out;
  const at = nonEmpty.findIndex((l) => l.index === opening);
  if (at <= 0) return out;
  const prose = nonEmpty[at]!.text;
  for (const l of nonEmpty.slice(Math.max(0, at - REACH), at)) {
    const s = l.text.trim();
    if (s.length > 60 || MARKS.test(s) || /\s(?:摄|攝|摄影|攝影)$/u.test(s)) continue;
    if (toldShare(s, prose) >= TOLD) out.add(l.index);
  }
  return out;
}

/** The share of a short line's character pairs the prose tells again (0 for a line of under four pairs). */
export function toldShare(line: string, prose: string): number {
  const own = pairs(line);
  return own.length >= 4 ? coverage(own, prose) : 0;
}

/**
 * Whether the prose tells none of a line's words beyond one short one: at most two of its character
 * pairs (one word of two or three characters) stand in it. A kicker or a column's line about the
 * same matter (聚焦…春耕生产…) shares a longer word; a site's name or honours do not.
 */
export function untold(line: string, prose: string): boolean {
  const have = pairSet(prose);
  return pairs(line).filter((p) => have.has(p)).length <= 2;
}
