import { traditionalToSimplified } from './to-simplified';

const FIRST = 0x3400;
const LAST = 0x9fff;

let table: Map<string, string> | undefined;
/** A table being built a slice at a time (prepareFold), and the next code point it will read. */
let partial: Map<string, string> | undefined;
let next = FIRST;

/**
 * Traditional -> Simplified, one character for one character, for matching only (search): a clerk
 * who types 会议 must find 會議 in a Traditional document. Unlike OpenCC's phrase conversion this
 * never changes the length, so match positions found in the folded text are positions in the
 * original. Built from OpenCC's own tables on first use (~40 ms), or ahead of it by prepareFold.
 */
export function foldToSimplified(text: string): string {
  table ??= build(Infinity)!; // no budget: always completes
  let out = '';
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}

/**
 * Builds the table ahead of the first search, for at most `budgetMs` at a time, so the first
 * highlight (the library's first keystroke) does not pay for it inside a render and no slice holds
 * the page longer than an idle period. Returns true once the table is complete.
 */
export function prepareFold(budgetMs: number): boolean {
  if (!table) {
    const done = build(budgetMs);
    if (done) table = done;
  }
  return !!table;
}

/** Continues the table for `budgetMs`; the finished table, or undefined while code points remain. */
function build(budgetMs: number): Map<string, string> | undefined {
  const toSimplified = traditionalToSimplified();
  const map = (partial ??= new Map());
  const stop = performance.now() + budgetMs;
  while (next <= LAST) {
    const ch = String.fromCodePoint(next++);
    const s = toSimplified(ch);
    if (s !== ch && s.length === 1) map.set(ch, s);
    // the clock is read every 256 code points: a slice overruns its budget by well under 1 ms
    if ((next & 0xff) === 0 && performance.now() > stop) return undefined;
  }
  partial = undefined;
  return map;
}
