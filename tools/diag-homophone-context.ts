// Dev-time measurement: which context evidence separates a same-class homophone twin from the word
// written, on planted swaps in real TRAIN report text (as bench/homophone-context.ts plants them),
// against the same words left as written. Reads fcitx5's trigram model (tools/libime-model.ts,
// LIBIME_ARPA) whole, which the app never ships, to see what evidence exists before anything is
// built. For every candidate (positive: a planted twin, its fix the original word; negative: a word
// as written, its fix a same-class twin) it computes
//   bi:   log10 of P(fix | L1) P(R1 | fix) over the same for the written word (adjacent tokens),
//   tri:  the same over the whole stretch the word touches with trigrams (L2 L1 X R1 R2),
//   office: how often each word occurs in the OTHER half's report text (the genre's own prior),
// and prints, per threshold, the positives found that the checker misses today and the negatives
// flagged per 10,000 characters. Sets in bench/unseen.json are never read.
//   LIBIME_ARPA=… npx tsx tools/diag-homophone-context.ts [--half=odd|even]
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { readingIndex, twinsIn } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { layerWords } from './layer-words';
import { LIBIME_ARPA } from './libime-model';
import { unseenSets } from './unseen-sets';
import { batchNumber, scriptOf, textFiles } from '../bench/swap-texts';

type Script = 'hans' | 'hant';
const half = process.argv.find((a) => a.startsWith('--half='))?.slice(7) ?? 'odd';
const BENCH = join(import.meta.dirname, '..', 'bench');
const COMMON = 30;
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/;

const sentences = (text: string): string[] =>
  text
    .split(/\n+/)
    .flatMap((l) => l.match(/[^。！？；]+[。！？；]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => /\p{Script=Han}/u.test(s));
const unseen = unseenSets();
const allDirs = readdirSync(BENCH).filter((d) => batchNumber(d) !== null && !unseen.has(d) && existsSync(join(BENCH, d)));
const inHalf = (d: string, h: string): boolean => (h === 'odd') === (batchNumber(d)! % 2 === 1);

const dict = jiebaDictionary();
const words = wordLayer();
const tagClass = (w: string): string => (dict.tagOf(w) ?? '').slice(0, 1);
// Same-reading twins (twins.ts), content words of jieba count COMMON+ (groups of one too: a rarer written word's twin).
const byKey = readingIndex(dict, layerWords(), (freq, tag) => freq >= COMMON && !NOT_CONTENT.test(tag));
const twinsOf = (w: string): string[] => {
  const f = dict.freq(w);
  if (f < COMMON) return [];
  return twinsIn(byKey, dict, w).filter((t) => tagClass(t) === tagClass(w) && Math.abs(Math.log10(dict.freq(t) / f)) <= 3);
};

// The model, whole: ids by unigram order; bigram keys a*K+b (numbers), trigram keys strings.
const K = 262144;
const idOf = new Map<string, number>();
const wordOfId: string[] = [];
const uni: number[] = [];
const bow1: number[] = [];
const bi = new Map<number, number>();
const bow2 = new Map<number, number>();
const tri = new Map<string, number>();
{
  let level = 0;
  for await (const line of createInterface({ input: createReadStream(LIBIME_ARPA, 'utf8') })) {
    if (line.startsWith('\\')) {
      level = line.startsWith('\\1-') ? 1 : line.startsWith('\\2-') ? 2 : line.startsWith('\\3-') ? 3 : 0;
      continue;
    }
    if (!level || !line) continue;
    const p = line.split('\t');
    const lp = Number(p[0]);
    const bo = p[2] === undefined ? 0 : Number(p[2]);
    const ws = p[1]!.split(' ');
    if (level === 1) {
      idOf.set(ws[0]!, uni.length);
      wordOfId.push(ws[0]!);
      uni.push(lp);
      bow1.push(bo);
    } else if (level === 2) {
      const a = idOf.get(ws[0]!);
      const b = idOf.get(ws[1]!);
      if (a === undefined || b === undefined) continue;
      bi.set(a * K + b, lp);
      if (bo) bow2.set(a * K + b, bo);
    } else {
      const ids = ws.map((w) => idOf.get(w));
      if (ids.some((x) => x === undefined)) continue;
      tri.set(ids.join(' '), lp);
    }
  }
}
const UNK = idOf.get('<unk>')!;
const id = (w: string | undefined): number => (w === undefined ? -1 : (idOf.get(w) ?? UNK));
/** log10 P(c | a b) with back-off; a or b -1 for none. */
function lp(a: number, b: number, c: number): number {
  if (a >= 0 && b >= 0) {
    const t = tri.get(`${a} ${b} ${c}`);
    if (t !== undefined) return t;
  }
  if (b >= 0) {
    const x = bi.get(b * K + c);
    const back = a >= 0 && b >= 0 ? (bow2.get(a * K + b) ?? 0) : 0;
    if (x !== undefined) return back + x;
    return back + bow1[b]! + uni[c]!;
  }
  return uni[c]!;
}
/**
 * The shippable approximation (homophone-context-data.ts): the written word always at the model's
 * back-off; the fix's explicit bigram only when its lift over the back-off is LIFT tenths or more
 * and the neighbour a single character or counted NB_FREQ+ by jieba.
 */
const LIFT = Number(process.env.LIFT ?? 0) / 10;
const NB_FREQ = Number(process.env.NB_FREQ ?? 0);
const nbOk = (n: number): boolean => {
  const w = wordOfId[n]!;
  return w.length === 1 || dict.freq(w) >= NB_FREQ;
};
function approx(seq: number[], k: number, w: number, f: number): number {
  const L = seq[k - 1] ?? -1;
  const R = seq[k + 1];
  let s = uni[f]! - uni[w]!;
  if (L >= 0 && nbOk(L)) {
    const x = bi.get(L * K + f);
    if (x !== undefined && x - bow1[L]! - uni[f]! >= LIFT) s += x - bow1[L]! - uni[f]!;
  }
  if (R !== undefined) {
    s += bow1[f]! - bow1[w]!;
    const xr = bi.get(f * K + R);
    if (xr !== undefined && nbOk(R) && xr - bow1[f]! - uni[R]! >= LIFT) s += xr - bow1[f]! - uni[R]!;
  }
  return s;
}
/** log10 P of the stretch at k (words k .. k+2 predicted) with word x at k. */
function stretch(seq: number[], k: number, x: number, order: 2 | 3): number {
  const s = seq.slice();
  s[k] = x;
  let sum = 0;
  for (let i = k; i <= Math.min(s.length - 1, k + order - 1); i++) sum += lp(order === 3 ? (s[i - 2] ?? -1) : -1, s[i - 1] ?? -1, s[i]!);
  return sum;
}

// Office counts: two-character tokens in each half's report text.
const office = { odd: new Map<string, number>(), even: new Map<string, number>() };
const texts: { dir: string; script: Script; sents: string[] }[] = [];
for (const d of allDirs.sort()) {
  for (const f of textFiles(join(BENCH, d))) {
    const text = readFileSync(f, 'utf8');
    const script: Script = scriptOf(text);
    const sents = sentences(text);
    texts.push({ dir: d, script, sents });
    const m = office[inHalf(d, 'odd') ? 'odd' : 'even'];
    for (const s of sents) for (const t of analyse(s, script, jiebaSegmenter)?.tokens ?? []) m.set(t.word, (m.get(t.word) ?? 0) + 1);
  }
}
const other = office[half === 'odd' ? 'even' : 'odd'];

interface Cand {
  pos: boolean;
  caught: boolean;
  written: string;
  fix: string;
  bi: number;
  tri: number;
  ocW: number;
  ocF: number;
  fW: number;
  fF: number;
  s: string;
}
const cands: Cand[] = [];
let chars = 0;
for (const { dir, script, sents } of texts) {
  if (!inHalf(dir, half)) continue;
  for (const s of sents) {
    const a = analyse(s, script, jiebaSegmenter);
    if (!a) continue;
    chars += s.length;
    const seq = a.tokens.map((t) => id(t.word));
    a.tokens.forEach((k, i) => {
      if (k.end - k.start !== 2 || NOT_CONTENT.test(k.tag)) return;
      for (const twin of twinsOf(k.word)) {
        const w = id(k.word);
        const t = id(twin);
        if (w === UNK || t === UNK) continue;
        const feat = (written: number, fix: number) => ({
          bi: process.env.APPROX ? approx(seq, i, written, fix) : stretch(seq, i, fix, 2) - stretch(seq, i, written, 2),
          tri: stretch(seq, i, fix, 3) - stretch(seq, i, written, 3),
        });
        // Negative: as written, the twin proposed.
        const n = feat(w, t);
        cands.push({ pos: false, caught: false, written: k.word, fix: twin, ...n, ocW: other.get(k.word) ?? 0, ocF: other.get(twin) ?? 0, fW: dict.freq(k.word), fF: dict.freq(twin), s });
        // Positive: the twin planted, the word written proposed.
        const swapped = s.slice(0, k.start) + a.toScript(twin) + s.slice(k.end);
        const caught = checkText(swapped, { script, words }).some(
          (d) => d.location.offset < k.end && d.location.offset + d.location.length > k.start && d.fix?.replacement === s.slice(k.start, k.end),
        );
        const p = feat(t, w);
        cands.push({ pos: true, caught, written: twin, fix: k.word, ...p, ocW: other.get(twin) ?? 0, ocF: other.get(k.word) ?? 0, fW: dict.freq(twin), fF: dict.freq(k.word), s: swapped });
      }
    });
  }
}
const pos = cands.filter((c) => c.pos);
const missed = pos.filter((c) => !c.caught);
console.log(`half ${half}: ${chars} characters, ${pos.length} planted (${pos.length - missed.length} caught today), ${cands.length - pos.length} negatives`);
type Test = (c: Cand) => boolean;
const row = (name: string, test: Test): void => {
  const hit = missed.filter(test).length;
  const fp = cands.filter((c) => !c.pos && test(c));
  // Negatives counted once per written occurrence (a word with two twins is one false finding).
  const fpOcc = new Set(fp.map((c) => `${c.s}|${c.written}`)).size;
  console.log(
    `${name.padEnd(44)} new catches ${String(hit).padStart(5)} of ${missed.length} (${((100 * hit) / missed.length).toFixed(1)} %)  false ${String(fpOcc).padStart(4)} (${((1e4 * fpOcc) / chars).toFixed(2)}/10,000)`,
  );
};
for (const th of [2, 2.5, 3, 3.5, 4]) {
  row(`bi >= ${th}`, (c) => c.bi >= th);
  row(`tri >= ${th}`, (c) => c.tri >= th);
  row(`tri >= ${th}, bi >= ${th - 0.5}`, (c) => c.tri >= th && c.bi >= th - 0.5);
  row(`tri >= ${th}, written 0 in other half`, (c) => c.tri >= th && c.ocW === 0);
  row(`tri >= ${th}, written 0, fix 3+ other half`, (c) => c.tri >= th && c.ocW === 0 && c.ocF >= 3);
  row(`tri >= ${th}, written <=1, fix 5x+1`, (c) => c.tri >= th && c.ocF >= 5 * c.ocW + 1);
  row(`bi >= ${th}, written 0, fix 3+ other half`, (c) => c.bi >= th && c.ocW === 0 && c.ocF >= 3);
  row(`bi >= ${th}, written 0, fix 1+ other half`, (c) => c.bi >= th && c.ocW === 0 && c.ocF >= 1);
  row(`bi >= ${th}, fix 5x+1`, (c) => c.bi >= th && c.ocF >= 5 * c.ocW + 1);
}
if (process.env.SHOW) {
  const th = Number(process.env.SHOW);
  for (const c of cands
    .filter((c) => (process.env.BI ? c.bi : c.tri) >= th && c.ocW === 0 && c.ocF >= Number(process.env.OCF ?? 3) && (!c.pos || !c.caught) && (!process.env.NEG || !c.pos))
    .slice(0, 200))
    console.log(`${c.pos ? 'POS' : 'NEG'} ${c.written}→${c.fix} tri ${c.tri.toFixed(1)} bi ${c.bi.toFixed(1)} oc ${c.ocW}/${c.ocF}  ${c.s}`);
}

// --keyed: the keyed TRAIN check sets. Every homophone fault whose written form is one two-character
// token (first-run miss or not, caught today or not) and every candidate in the clean sentences,
// with the office counts of ALL TRAIN report text (what a shipped table would hold).
if (process.argv.includes('--keyed')) {
  const all = new Map<string, number>();
  for (const m of [office.odd, office.even]) for (const [w, n] of m) all.set(w, (all.get(w) ?? 0) + n);
  const TH = Number(process.env.TH ?? 2.5);
  const OCF = Number(process.env.OCF ?? 1);
  const sets = readdirSync(BENCH).filter((d) => /^check-(heldout|train|dedi)/.test(d) && !unseen.has(d) && existsSync(join(BENCH, d, 'sentences.json')));
  let faults = 0;
  let fire = 0;
  let fireMissedFirst = 0;
  let missedFirst = 0;
  let clean = 0;
  let cleanFlag = 0;
  const firedSets = new Set<string>();
  for (const set of sets.sort()) {
    const data = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as {
      faults: { kind: string; script: Script; text: string; found: string; expected: string; at?: string }[];
      clean: { script: Script; text: string }[];
    };
    const frPath = [join(BENCH, set, 'first-run.txt'), join(BENCH, set, 'main-run.txt')].find(existsSync);
    const firstMissed = frPath ? readFileSync(frPath, 'utf8') : '';
    for (const f of data.faults) {
      if (f.kind !== 'homophone') continue;
      faults++;
      const a = analyse(f.text, f.script, jiebaSegmenter);
      const start = f.text.indexOf(f.found);
      const i = a?.tokens.findIndex((t) => t.start === start && t.end === start + f.found.length) ?? -1;
      const wasMissed = frPath ? firstMissed.includes(`MISSED homophone ${f.found}→${f.expected}`) : false;
      if (wasMissed) missedFirst++;
      if (!a || i < 0 || f.found.length !== 2) continue;
      const fixed = analyse(f.text.slice(0, start) + f.expected + f.text.slice(start + 2), f.script, jiebaSegmenter)!.text.slice(start, start + 2);
      const w = a.tokens[i]!.word;
      const seq = a.tokens.map((t) => id(t.word));
      const bi2 = process.env.APPROX ? approx(seq, i, id(w), id(fixed)) : stretch(seq, i, id(fixed), 2) - stretch(seq, i, id(w), 2);
      const sameClass = tagClass(w) === tagClass(fixed);
      const ok = bi2 >= TH && (all.get(w) ?? 0) === 0 && (all.get(fixed) ?? 0) >= OCF && idOf.has(w) && idOf.has(fixed);
      if (ok) {
        fire++;
        if (wasMissed) {
          fireMissedFirst++;
          firedSets.add(set);
        }
      }
      if (process.env.V)
        console.log(
          `${ok ? 'FIRE' : '    '} ${wasMissed ? 'M' : ' '} ${set} ${w}→${fixed} ${sameClass ? 'same' : 'diff'} bi ${bi2.toFixed(1)} oc ${all.get(w) ?? 0}/${all.get(fixed) ?? 0} f ${dict.freq(w)}/${dict.freq(fixed)}`,
        );
    }
    for (const c of data.clean) {
      clean++;
      const a = analyse(c.text, c.script, jiebaSegmenter);
      if (!a) continue;
      const seq = a.tokens.map((t) => id(t.word));
      const flags: string[] = [];
      a.tokens.forEach((k, i) => {
        if (k.end - k.start !== 2 || NOT_CONTENT.test(k.tag)) return;
        for (const twin of twinsOf(k.word)) {
          if (!idOf.has(twin) || !idOf.has(k.word)) continue;
          const b = process.env.APPROX ? approx(seq, i, id(k.word), id(twin)) : stretch(seq, i, id(twin), 2) - stretch(seq, i, id(k.word), 2);
          if (b >= TH && (all.get(k.word) ?? 0) === 0 && (all.get(twin) ?? 0) >= OCF) flags.push(`${k.word}→${twin} ${b.toFixed(1)}`);
        }
      });
      if (flags.length) {
        cleanFlag++;
        if (process.env.V) console.log(`CLEAN-FLAG ${set} ${flags.join(', ')}  ${c.text}`);
      }
    }
  }
  console.log(
    `keyed TRAIN: ${faults} homophone faults, ${missedFirst} missed on first runs; rule fires on ${fire}, ${fireMissedFirst} of the first-run misses (${firedSets.size} sets); clean sentences flagged ${cleanFlag} of ${clean}`,
  );
}
