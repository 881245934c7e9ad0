/**
 * Dev-time measurement (round 29): does a second, independent signal separate the slip rule's
 * under-bar hits on planted slips from its hits on clean text? For each hit of slips() (slip.ts)
 * under its warning bar, the corrected stretch is cut by jieba and the target's explicit bigrams
 * with its neighbour words are read from fcitx5's language model (tools/libime-model.ts, LIBIME_ARPA):
 * lift = log10 p(T | L) - (backoff(L) + log10 p(T)), and the same to the right.
 *   LIBIME_ARPA=… npx tsx tools/diag-slip-context.ts CASES.json [--half=odd]
 * CASES.json: bench/check-slips.ts --dump output (the planted slips); clean hits come from the
 * unaltered paragraphs of the same half of tools/real-text.ts.
 */
import { readFileSync } from 'node:fs';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { analyse, type Analysed } from '../shared/check/words/analyse';
import { slips, slipBar, type Slip } from '../shared/check/words/slip';
import { converter } from '../shared/script/converter';
import type { Script } from '../shared/model';
import { BIGRAM_KEY, readLogModel, type LogModel } from './libime-model';
import { realTextFiles } from './real-text';
import { batchNumber, scriptOf } from '../bench/swap-texts';

const ARPA = process.env.LIBIME_ARPA ?? '/tmp/src/libime-1.0.16/data/lm_sc.arpa';
const dict = jiebaDictionary();
const toHans = converter('t', 'cn');
const half = process.argv.find((a) => a.startsWith('--half='))?.slice(7) ?? 'odd';
const casesFile = process.argv.slice(2).find((a) => !a.startsWith('--'))!;

const model: LogModel = await readLogModel(ARPA);

/** Lift of the explicit bigram a b over the back-off estimate, or null where the model has none. */
function lift(a: string, b: string): number | null {
  const ia = model.idOf.get(a);
  const ib = model.idOf.get(b);
  const p = ia === undefined || ib === undefined ? undefined : model.bi.get(ia * BIGRAM_KEY + ib);
  if (p === undefined) return null;
  return p - (model.bow[ia!]! + model.uni[ib!]!);
}

export interface Context {
  left: number | null;
  right: number | null;
  compound: boolean;
  L?: string;
  R?: string;
}
function contextOf(a: Analysed, s: Slip): Context {
  const fixed = a.text.slice(0, s.start) + s.word + a.text.slice(s.start + s.word.length);
  const toks = jiebaSegmenter.tag(fixed);
  let at = 0;
  let k = -1;
  const starts: number[] = [];
  toks.forEach((t, j) => {
    starts.push(at);
    if (at <= s.start && s.start < at + t.word.length && k < 0) k = j;
    at += t.word.length;
  });
  const t = toks[k]!;
  const compound = t.word.length > s.word.length && t.word.includes(s.word);
  if (t.word !== s.word) return { left: null, right: null, compound };
  const L = toks[k - 1]?.word;
  const R = toks[k + 1]?.word;
  return { left: L ? lift(L, s.word) : null, right: R ? lift(s.word, R) : null, compound, L, R };
}

interface Row {
  side: 'planted' | 'clean';
  kind: string;
  label: string;
  slip: Slip;
  bar: number;
  ctx: Context;
}
const rows: Row[] = [];
console.error(`libime: ${model.idOf.size} unigrams, ${model.bi.size} bigrams`);

if (!process.argv.includes('--keyed-only')) {
  type Case = [string, string, Script, number, number, string, string];
  for (const [kind, text, script, at, wordStart, right, label] of JSON.parse(readFileSync(casesFile, 'utf8')) as Case[]) {
    if (kind.startsWith('idiom')) continue;
    const a = analyse(text, script, jiebaSegmenter);
    if (!a) continue;
    const own = slips(a, dict).find(
      (s) => s.start <= at && at < s.start + s.word.length && toHans(a.text.slice(0, s.start) + s.word + a.text.slice(s.start + s.word.length)).slice(wordStart, wordStart + right.length) === right,
    );
    if (!own) continue;
    rows.push({ side: 'planted', kind, label, slip: own, bar: slipBar(own, script), ctx: contextOf(a, own) });
  }
  const inHalf = (f: string): boolean => {
    const n = batchNumber(/bench\/([^/]+)\//.exec(f)?.[1] ?? '');
    return half === 'all' || (n !== null && (half === 'odd') === (n % 2 === 1));
  };
  for (const f of realTextFiles().filter(inHalf)) {
    const whole = readFileSync(f, 'utf8');
    const script = scriptOf(whole);
    for (const para of whole.split(/\n+/)) {
      if (para.length < 8) continue;
      const a = analyse(para, script, jiebaSegmenter);
      if (!a) continue;
      for (const s of slips(a, dict))
        rows.push({
          side: 'clean',
          kind: `clean/${script}`,
          label: `${a.text.slice(Math.max(0, s.start - 4), s.start)}[${a.text.slice(s.start, s.start + s.word.length)}→${s.word}]${a.text.slice(s.start + s.word.length, s.start + s.word.length + 4)}`,
          slip: s,
          bar: slipBar(s, script),
          ctx: contextOf(a, s),
        });
    }
  }
}
for (const r of rows) {
  const c = r.ctx;
  console.log(
    [
      r.side,
      r.kind,
      r.slip.kind,
      r.slip.freq,
      (r.slip.gain - r.bar).toFixed(2),
      c.left?.toFixed(2) ?? '-',
      c.right?.toFixed(2) ?? '-',
      c.compound ? 'C' : '-',
      r.label,
      c.L ?? '',
      c.R ?? '',
      r.slip.word,
    ].join('\t'),
  );
}

// The keyed TRAIN sets (bench/unseen.json excluded): every misspelling fault's right hit, and every
// hit on the clean sentences, with the same context figures.
if (process.argv.includes('--keyed')) {
  const { existsSync, readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { unseenSets } = await import('./unseen-sets');
  const BENCH = join(import.meta.dirname, '..', 'bench');
  const unseen = unseenSets();
  for (const set of readdirSync(BENCH).filter((d) => /^check-/.test(d) && !unseen.has(d) && existsSync(join(BENCH, d, 'sentences.json')))) {
    const data = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as {
      faults: { kind: string; script: Script; text: string; found: string; expected: string }[];
      clean: { script: Script; text: string }[];
    };
    const run = ['first-run.txt', 'main-run.txt'].map((f) => join(BENCH, set, f)).find(existsSync);
    const missed = run ? readFileSync(run, 'utf8') : '';
    for (const f of data.faults) {
      if (f.kind !== 'misspelling') continue;
      const a = analyse(f.text, f.script, jiebaSegmenter);
      if (!a) continue;
      const at = f.text.indexOf(f.found);
      const right = toHans(f.expected);
      const own = slips(a, dict).find(
        (s) => s.start < at + f.found.length && at < s.start + s.word.length && (a.text.slice(0, s.start) + s.word + a.text.slice(s.start + s.word.length)).slice(at, at + right.length) === right,
      );
      if (!own) continue;
      const first = missed.includes(`MISSED misspelling ${f.found}→${f.expected}`) ? 'first-missed' : 'first-caught';
      const c = contextOf(a, own);
      console.log(
        [
          'keyed',
          `${set}/${first}`,
          own.kind,
          own.freq,
          (own.gain - slipBar(own, f.script)).toFixed(2),
          c.left?.toFixed(2) ?? '-',
          c.right?.toFixed(2) ?? '-',
          c.compound ? 'C' : '-',
          `${f.found}→${own.word}`,
          c.L ?? '',
          c.R ?? '',
          own.word,
        ].join('\t'),
      );
    }
    for (const cs of data.clean) {
      const a = analyse(cs.text, cs.script, jiebaSegmenter);
      if (!a) continue;
      for (const s of slips(a, dict)) {
        const c = contextOf(a, s);
        console.log(
          [
            'keyed-clean',
            set,
            s.kind,
            s.freq,
            (s.gain - slipBar(s, cs.script)).toFixed(2),
            c.left?.toFixed(2) ?? '-',
            c.right?.toFixed(2) ?? '-',
            c.compound ? 'C' : '-',
            `${a.text.slice(Math.max(0, s.start - 4), s.start)}[${a.text.slice(s.start, s.start + s.word.length)}→${s.word}]${a.text.slice(s.start + s.word.length, s.start + s.word.length + 4)}`,
          ].join('\t'),
        );
      }
    }
  }
}
