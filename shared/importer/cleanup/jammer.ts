import type { Edit, TrackedText } from '../tracked-text';
import { lineRange, splitLines } from './lines';

/**
 * Anti-copy "jammer" strings: forum software (Discuz and its clones) hides random runs of one- and
 * two-character ASCII tokens in a post (3 Q% T# K6 ?2 W8 f4 d) so that a copied post is marked.
 * They show in a capture glued before and after sentences, often with the board's name or a Latin
 * tag beside them (X4 r( W( e# B8 t, boardnow,board$ …). Read by shape, whatever the board:
 * - a run of five or more tokens of one to two visible ASCII characters split by single spaces,
 *   two or more of them carrying a symbol (%, #, ', (, …) and one a letter: no sentence, number or
 *   code looks so;
 * - the Latin words and commas right before such a run, up to the Han text, go with it;
 * - the board's name: a Han word glued to the end of two or more runs (the jammer is written
 *   before the board's signature), also where it repeats itself (名名);
 * - a line that is only runs and the board's name, or whose text after them opens with the name
 *   standing apart (名 含有…), is the board's own line (its blurb), dropped whole; the name glued to a
 *   sentence (名會議又通過…) is the jammer's, and the sentence stays.
 */
/** A span of visible ASCII and spaces between non-ASCII text: where a jammer run can hide. */
const SPAN = /[ -~]{9,}/gu;
/** Five or more one- or two-character tokens split by single spaces. */
const TOKENS = /(?<![!-~])(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?![!-~])/u;
/** What may stand before the run in the same span: a board's Latin tag (boardnow,board$). */
const TAG = /^[A-Za-z0-9 ,.$]{0,40}$/u;
const SYMBOL = /[^A-Za-z0-9]/u;

/** The run inside an ASCII span, widened over a Latin tag before it; null when it is no jammer. */
function jammerIn(span: string): { from: number; to: number } | null {
  const m = TOKENS.exec(span);
  if (!m) return null;
  const tokens = m[0].split(' ');
  if (tokens.filter((x) => SYMBOL.test(x)).length < 2 || !tokens.some((x) => /[A-Za-z]/u.test(x))) return null;
  const before = span.slice(0, m.index);
  const from = TAG.test(before) ? 0 : m.index;
  // Leading and trailing spaces of the span go too: they only set the run apart.
  let to = m.index + m[0].length;
  while (to < span.length && span[to] === ' ') to++;
  return { from, to };
}

export interface JammerRun {
  start: number;
  end: number;
}

/** The jammer runs in a text, and the board's name glued after them ('' when none recurs). */
export function findJammers(text: string): { runs: JammerRun[]; tag: string } {
  const runs: JammerRun[] = [];
  for (const m of text.matchAll(SPAN)) {
    const j = jammerIn(m[0]);
    if (j) runs.push({ start: m.index + j.from, end: m.index + j.to });
  }
  return { runs, tag: runs.length > 1 ? boardName(text, runs) : '' };
}

/** The longest Han prefix (2–8 characters) shared by the text right after two or more runs. */
function boardName(text: string, runs: readonly JammerRun[]): string {
  const after = runs.map((r) => /^\p{Script=Han}{2,}/u.exec(text.slice(r.end, r.end + 12))?.[0] ?? '').filter(Boolean);
  let best = '';
  for (let i = 0; i < after.length; i++)
    for (let j = i + 1; j < after.length; j++) {
      const a = after[i]!;
      const b = after[j]!;
      let n = 0;
      while (n < a.length && n < b.length && n < 8 && a[n] === b[n]) n++;
      if (n >= 2 && n > best.length) best = a.slice(0, n);
    }
  return best;
}

export function removeJammers(t: TrackedText): void {
  const { runs, tag } = findJammers(t.text);
  if (runs.length === 0) return;
  // The board's name glued after a run (once or more) goes with it.
  const spans = runs.map((r) => {
    let end = r.end;
    while (tag && t.text.startsWith(tag, end)) end += tag.length;
    return { start: r.start, end, bare: r.end };
  });
  const edits: Edit[] = [];
  const taken = new Set<JammerRun>();
  for (const line of splitLines(t.text)) {
    const inLine = spans.filter((r) => r.start >= line.start && r.end <= line.end);
    if (inLine.length === 0) continue;
    let rest = '';
    let at = line.start;
    for (const r of inLine) {
      rest += t.text.slice(at, r.start);
      at = r.end;
    }
    rest = (rest + t.text.slice(at, line.end)).trim();
    // 名 含有…: the name standing apart opens the board's own blurb.
    const blurb = inLine.some((r) => r.end > r.bare && /^\s/u.test(t.text.slice(r.end, r.end + 1)));
    if (rest === '' || blurb) {
      edits.push({ ...lineRange(line, t.text.length), replacement: '', kind: 'furniture' });
      for (const r of inLine) taken.add(r);
    }
  }
  for (const r of spans) if (!taken.has(r)) edits.push({ start: r.start, end: r.end, replacement: '', kind: 'furniture' });
  t.apply(edits);
}
