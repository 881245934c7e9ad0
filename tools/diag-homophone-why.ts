// Dev-time diagnosis (round 51): for each missed homophone fault (tools/homophone-misses.ts), why the
// four adjacency tables (main, wide, rare, open) do not read it: the pair in no table, the neighbour
// in no table's word list, the fix without an item for the neighbour, a veto, the bar. Unseen sets refused.
//   npx tsx tools/diag-homophone-why.ts check-heldout-2 …
import { jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { homophoneAdjacencyTables, lift, readable } from '../shared/check/words/homophone-adjacency';
import { homophoneAdjacencyWideTables } from '../shared/check/words/homophone-adjacency-wide';
import { homophoneAdjacencyRareTables } from '../shared/check/words/homophone-adjacency-rare';
import { homophoneAdjacencyOpenTables } from '../shared/check/words/homophone-adjacency-open';
import { homophoneFaults } from './homophone-misses';

const layer = wordLayer();
const tabs = { main: homophoneAdjacencyTables(), wide: homophoneAdjacencyWideTables(), rare: homophoneAdjacencyRareTables(), open: homophoneAdjacencyOpenTables() };
for (const { set, f, start, end } of homophoneFaults(process.argv.slice(2), layer)) {
  const fixed = f.text.slice(0, start) + f.expected + f.text.slice(end);
  const a = analyse(f.text, f.script, jiebaSegmenter)!;
  const T = analyse(fixed, f.script, jiebaSegmenter)!.text.slice(start, start + f.expected.length);
  const k = a.tokens.findIndex((x) => x.start <= start && x.end > start);
  const w = a.tokens[k]!;
  if (w.word !== a.text.slice(start, end)) {
    console.log(`${set} ${w.word}→${T}  split`);
    continue;
  }
  const L = a.tokens[k - 1];
  const R = a.tokens[k + 1];
  const notes: string[] = [];
  for (const [name, t] of Object.entries(tabs)) {
    const e = t.written.get(w.word);
    const fx = t.fixes.get(T);
    const l = L ? t.ids.get(L.word) : undefined;
    const r = R ? t.ids.get(R.word) : undefined;
    const parts = [`${name}:`, e ? (e.fixes.includes(T) ? 'pair' : 'W') : '-', fx ? 'T' : '-', l ? 'l' : '-', r ? 'r' : '-'];
    if (fx && l) parts.push(`L${lift(t, fx.left, l)}`);
    if (fx && r) parts.push(`R${lift(t, fx.right, r)}`);
    notes.push(parts.join(''));
  }
  console.log(`${set} ${w.word}→${T}  ${readable(w) ? '' : 'unreadable '}${w.tag}  L ${L?.word ?? '-'} R ${R?.word ?? '-'}  ${notes.join(' ')}`);
}
