import { pairs } from './echo-caption';
import type { Line } from './lines';

/**
 * Other pages' headlines above the report (a portal's 热点 strip printed between the headline and
 * the opening, its heading lost): a run of headline-shaped lines that share almost nothing with the
 * report's prose. The report's own headline, deck and captions retell the prose (most of their
 * character pairs stand in it); a teaser of another story (…净值上涨3.01%, 海关查获…) does not. The
 * shape alone would take a 纪要's form lines and item headings too, and the lack of echo alone
 * would take a unit's name: the run of three or more such lines in a row is what a strip of links
 * is and a report's opening never is.
 */

/** Share of a line's pairs found in the prose below which it tells another story. */
const FOREIGN = 0.25;
/** Fewest lines in a row for a strip of links. */
const RUN = 3;

function headlineShaped(text: string): boolean {
  const x = text.trim();
  if (x.length < 6 || x.length > 60 || /[。]\s*$/u.test(x)) return false;
  // A form's label (时间：/主持：), an item's number (一、/（二）/3.) or a list of names: the record's own.
  if (/^(?:[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]+[、．.]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、．.]\D)/u.test(x)) return false;
  if (/^\p{Script=Han}{1,6}\s*[:：]/u.test(x) && !/[，,！!]/u.test(x)) return false;
  return (x.match(/\p{Script=Han}/gu) ?? []).length >= 6;
}

function share(line: string, prose: ReadonlySet<string>): number {
  const own = pairs(line);
  return own.length ? own.filter((p) => prose.has(p)).length / own.length : 1;
}

/** Lines above the report's first prose line (`first`) that form a strip of other pages' headlines. */
export function foreignHeadlineLines(nonEmpty: readonly Line[], removed: ReadonlySet<number>, block: { first: number; last: number } | null): Line[] {
  if (!block) return [];
  // The prose: the block, and any sentence above it (an opening too short for the block's reading,
  // 12月9日，X召开…会议。Y主持。, retells the headline as much as the paragraphs do).
  const told = (l: Line) => (l.index >= block.first && l.index <= block.last) || /[。！？]/u.test(l.text);
  // The page's first line is where its headline stands, and a line printed twice is the headline
  // (and its copy in the page's <title>): neither is a teaser of another page.
  const kept = nonEmpty.filter((l) => !removed.has(l.index));
  const twice = (l: Line) => kept.filter((k) => k.text.trim() === l.text.trim()).length >= 2;
  const shaped = (l: Line) => l !== kept[0] && !twice(l) && headlineShaped(l.text);
  // Fewer than RUN headline-shaped lines above the prose make no strip, whatever they share with it:
  // most pages stop here, before the prose's pairs are gathered (the step's cost, round 44).
  if (nonEmpty.filter((l) => l.index < block.first && !removed.has(l.index) && shaped(l)).length < RUN) return [];
  // Added line by line: one array of every pair of the page, made only to fill the set, cost more
  // than the set (round 44).
  const prose = new Set<string>();
  for (const l of nonEmpty) if (!removed.has(l.index) && told(l)) for (const p of pairs(l.text)) prose.add(p);
  if (prose.size < 40) return [];
  const found: Line[] = [];
  let run: Line[] = [];
  const close = () => {
    if (run.length >= RUN) found.push(...run);
    run = [];
  };
  for (const l of nonEmpty) {
    if (l.index >= block.first) break;
    if (removed.has(l.index)) continue;
    if (shaped(l) && share(l.text, prose) < FOREIGN) run.push(l);
    else close();
  }
  close();
  return found;
}
