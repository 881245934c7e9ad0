import { remembered } from '../memo';
import { foldToSimplified } from '../script';
import { captionShape } from './caption-shape';
import type { Line } from './lines';

/**
 * A picture's caption, or the headline printed again over a part of the article, inside the body:
 * a short line with no sentence mark that names a speaker's act or a scene (陆文博校长作
 * 校长工作报告, 某某领学, 第一代表小组开展讨论) and that the prose around it tells again at
 * length. Two signals, independent of each other: the caption's SHAPE (short, unpunctuated, closing
 * on an act or a scene) and the ECHO (most of its character pairs in one paragraph of the same
 * report). A section's heading has the shape but not the echo (the paragraph under it goes on to
 * what was said, in other words); prose has the echo but not the shape.
 */

/**
 * Closing words of a caption: a speaker's act or a scene. A line closing on the meeting's event
 * (…会议召开, …全体会议举行) is left: over a page of two stories it is the second one's headline,
 * which the prose under it echoes as much as a caption's.
 */
const CAPTION_END = /(?:讲话|講話|致辞|致辭|致詞|发言|發言|领学|領學|报告|報告|讨论|討論|现场|現場)$/u;
/** A numbered heading (一、 / （二） / 3.) or the meeting's own act (会议听取…) is the report's own. */
const OWN_HEADING = /^(?:[一二三四五六七八九十]+[、．.]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、．.]|会议|會議|大会|大會)/u;
/** Marks inside a sentence; a caption has none. */
const INNER_MARK = /[，,；;：:！？!?。]/u;
const PROSE_MARK = /[。，,]/u;
const ECHO = 0.7;

/** Han (and other letter or digit) character pairs, Traditional folded to Simplified. */
export function pairs(text: string): string[] {
  const s = foldToSimplified(text).replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** The caption's text without a picture's arrow (▲) and its enclosing brackets, or null when it has no caption's shape. */
function captionCore(text: string): string | null {
  const core = captionShape(text, INNER_MARK, OWN_HEADING);
  return core && CAPTION_END.test(core) ? core : null;
}

/**
 * A paragraph's pairs as a set. Each line near a paragraph is measured against it (every caption
 * against every prose line, every line above the opening against the opening): the set is built
 * once per paragraph and import (memo.ts), read only, never changed.
 */
export function pairSet(paragraph: string): ReadonlySet<string> {
  return remembered(
    'pairSet',
    paragraph,
    () => new Set(pairs(paragraph)),
    (set) => set,
  );
}

/** The share of the caption's character pairs found in the paragraph. */
export function coverage(caption: readonly string[], paragraph: string): number {
  const have = pairSet(paragraph);
  return caption.filter((p) => have.has(p)).length / caption.length;
}

/**
 * Lines after the report's first paragraph of prose that are captions echoing the prose (see above).
 * Lines before it are left to the headline's reading: the title has both signals too.
 */
export function echoCaptionLines(nonEmpty: readonly Line[], removed: ReadonlySet<number>): Line[] {
  const prose = nonEmpty.filter((l) => !removed.has(l.index) && PROSE_MARK.test(l.text));
  const first = prose.find((l) => l.text.trim().length >= 40);
  if (!first) return [];
  const found: Line[] = [];
  for (const l of nonEmpty) {
    if (l.index <= first.index || removed.has(l.index)) continue;
    const core = captionCore(l.text);
    if (!core) continue;
    const own = pairs(core);
    if (own.length < 5) continue;
    const echoed = prose.some((p) => p !== l && p.text.trim().length >= core.length + 8 && coverage(own, p.text) >= ECHO);
    if (echoed) found.push(l);
  }
  return found;
}
