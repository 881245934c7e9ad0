// Dev-time tool: derives shared/check/words/de-di-verb-data.ts from fcitx5's Simplified Chinese
// language model (lm_sc.arpa, read by tools/libime-model.ts; LGPL-2.1+, as de-di-right-data.ts):
// two leans that jieba's tag of one neighbour cannot give.
//   before(X) = log10 P(地|X)/P(的|X)   words written before 地 as often as before 的 (麻利, 偷偷,
//                                      面带微笑): manner words, whatever jieba tags them;
//   after(Y)  = log10 P(Y|地)/P(Y|的)   verbs written after 地 far more than after 的 (拆除, 劝导,
//                                      赶往): the verbs an adverbial modifies, not the heads of nouns;
//   state(Y)  = log10 P(Y|得)/P(Y|的)   words written after 得 far more than after 的 (井然有序,
//                                      模糊不清, 红红火火): complements of state, not nouns.
// Only explicit bigrams on the word's side count as evidence (the other side may back off: the
// model's back-off weight × unigram). Words of 2+ Han characters jieba counts MIN_FREQ+ times.
// Run by hand: LIBIME_ARPA=/path/to/lm_sc.arpa npx tsx tools/derive-de-di-verb.ts [--probe 词 …]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary } from '../electron/services/check/segmenter';
import { readLexicon, readModel } from './libime-model';

const ROOT = join(import.meta.dirname, '..');
const MIN_FREQ = Number(process.env.MIN_FREQ ?? 20);
/** Kept from these leans (log10): the reading in de-di-declarative.ts sets its own bars above. */
const MIN_BEFORE = Number(process.env.MIN_BEFORE ?? -0.7);
const MIN_AFTER = Number(process.env.MIN_AFTER ?? 0.5);
const MIN_STATE = Number(process.env.MIN_STATE ?? 1.0);
const HAN2 = /^\p{Script=Han}{2,}$/u;

const { idOf, words } = readLexicon();
const de = idOf.get('的')!;
const di = idOf.get('地')!;
const dei = idOf.get('得')!;
const afterDei = new Map<number, number>(); // P(Y|得)
const uni = new Map<number, number>();
const bow = new Map<number, number>();
const deAfter = new Map<number, number>(); // P(的|X)
const diAfter = new Map<number, number>(); // P(地|X)
const afterDe = new Map<number, number>(); // P(Y|的)
const afterDi = new Map<number, number>(); // P(Y|地)
await readModel(
  (id, p, backoff) => {
    uni.set(id, p);
    bow.set(id, backoff);
  },
  (a, b, p) => {
    if (b === de) deAfter.set(a, p);
    else if (b === di) diAfter.set(a, p);
    if (a === de) afterDe.set(b, p);
    else if (a === di) afterDi.set(b, p);
    else if (a === dei) afterDei.set(b, p);
  },
);

/** log10 P(地|X)/P(的|X), or null without an explicit X 地 bigram. */
function before(id: number): number | null {
  const pDi = diAfter.get(id);
  if (pDi === undefined) return null;
  const pDe = deAfter.get(id) ?? bow.get(id)! * uni.get(de)!;
  return Math.log10(pDi / pDe);
}
/** log10 P(Y|地)/P(Y|的), or null without an explicit 地 Y bigram. */
function after(id: number): number | null {
  const pDi = afterDi.get(id);
  if (pDi === undefined) return null;
  const pDe = afterDe.get(id) ?? bow.get(de)! * uni.get(id)!;
  return Math.log10(pDi / pDe);
}

/** log10 P(Y|得)/P(Y|的), or null without an explicit 得 Y bigram. */
function state(id: number): number | null {
  const pDei = afterDei.get(id);
  if (pDei === undefined) return null;
  const pDe = afterDe.get(id) ?? bow.get(de)! * uni.get(id)!;
  return Math.log10(pDei / pDe);
}

const probe = process.argv.indexOf('--probe');
if (probe >= 0) {
  for (const w of process.argv.slice(probe + 1)) {
    const id = idOf.get(w);
    const f = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x.toFixed(2));
    console.log(`${w}\tbefore ${id === undefined ? 'absent' : f(before(id))}\tafter ${id === undefined ? 'absent' : f(after(id))}\tstate ${id === undefined ? 'absent' : f(state(id))}`);
  }
  process.exit(0);
}

const dict = jiebaDictionary();
const groupsBefore = new Map<number, string[]>();
const groupsAfter = new Map<number, string[]>();
const groupsState = new Map<number, string[]>();
const add = (g: Map<number, string[]>, lean: number, w: string): void => void (g.get(lean) ?? g.set(lean, []).get(lean)!).push(w);
const seen = new Set<string>();
for (const w of words) {
  const id = idOf.get(w)!;
  const e = dict.get(w);
  if (!HAN2.test(w) || !e || e.freq < MIN_FREQ || seen.has(w)) continue;
  seen.add(w);
  const b = before(id);
  // Adverbs by jieba's tag are kept at any lean: de-di-declarative.ts takes a d word the model has
  // not seen before 地 as a manner word, so one it leans to 的 (共同 −1.5) must be listed to be spared.
  if (b !== null && (b >= MIN_BEFORE || e.tag === 'd')) add(groupsBefore, Math.round(Math.max(-3, Math.min(3, b)) * 10), w);
  const a = after(id);
  // Only words jieba does not tag v: a v word is the adverbial's verb by its tag already.
  if (a !== null && a >= MIN_AFTER && e.tag !== 'v') add(groupsAfter, Math.round(Math.min(3, a) * 10), w);
  const c = state(id);
  if (c !== null && c >= MIN_STATE) add(groupsState, Math.round(Math.min(3, c) * 10), w);
}
const pack = (g: Map<number, string[]>): string =>
  [...g]
    .sort((a, b) => a[0] - b[0])
    .map(([k, ws]) => `${k}:${ws.sort().join(' ')}`)
    .join('|');
const out = `// Generated by tools/derive-de-di-verb.ts from fcitx5's Simplified Chinese language model
// (lm_sc.arpa, libime 1.0.16, (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see
// de-di-right-data.NOTICE.txt and docs/THIRD-PARTY.md). Do not edit by hand.
// "lean:word word|…", leans in tenths of log10; jieba words of 2+ characters counted ${MIN_FREQ}+.
// DE_DI_BEFORE_DI: log10 P(地|X)/P(的|X) >= ${MIN_BEFORE} (jieba's adverbs, d, at any lean), X with an
// explicit X 地 bigram.
export const DE_DI_BEFORE_DI = \`${pack(groupsBefore)}\`;
// DE_DI_AFTER_DI: log10 P(Y|地)/P(Y|的) >= ${MIN_AFTER}, Y with an explicit 地 Y bigram, not tagged v.
export const DE_DI_AFTER_DI = \`${pack(groupsAfter)}\`;
// DE_DI_STATE: log10 P(Y|得)/P(Y|的) >= ${MIN_STATE}, Y with an explicit 得 Y bigram.
export const DE_DI_STATE = \`${pack(groupsState)}\`;
`;
writeFileSync(process.env.OUT ?? join(ROOT, 'shared/check/words/de-di-verb-data.ts'), out);
const n = (g: Map<number, string[]>): number => [...g.values()].reduce((s, x) => s + x.length, 0);
console.log(`${Buffer.byteLength(out)} bytes UTF-8; before 地: ${n(groupsBefore)} words, after 地: ${n(groupsAfter)} words, after 得: ${n(groupsState)} words`);
