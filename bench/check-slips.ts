/**
 * Recall of the word layer on made-up slips planted in real, clean report text, and its findings on
 * that text before any slip is planted (precision: every finding on clean text is presumed false).
 *
 * A slip is what an unseen draft makes (round 16's reading of real misspellings): a frequent
 * two-character word of the text gets one character swapped for one of the SAME SYLLABLE (tone
 * ignored: what a pinyin input method lists together) or one SHARING A COMPONENT (the derived
 * look-alike families, shape-families.ts: 奄/掩/淹, 盾/遁), and the result is no dictionary word
 * (a swap to another real word is the homophone rules' business). A third pass plants, in every
 * frequent word that has one, a character that does both (秸杆 for 秸秆: the commonest real slip). Idioms: a common idiom (jieba tag
 * i) with one character swapped the same ways, in a made-up carrier sentence. A slip is caught when
 * a WRD finding covers it and its fix restores the word; flagged when a finding covers it at all.
 *
 * A last pass (round 26) plants in the LOW band: two-character words jieba counts 10-299, the
 * domain words (霉变 62, 褥疮 15, 学籍 101) whose slips the blind sets miss most, one slip each of
 * the three kinds, with its own random numbers so the passes above plant exactly as before.
 *
 * Text: the shared fixtures' reports (../shared/fixtures), the repo's clean check and import
 * fixtures, and any folder of .txt files named in SLIPS_TEXT (a private dev set of real pages);
 * with --real, the real report text of tools/real-text.ts instead (bench/heldout* not kept unseen,
 * about ten times more text). False findings on the unaltered text are reported per 10,000
 * characters, errors and warnings apart.
 *   npx tsx bench/check-slips.ts [--real] [--list] [--gains] [--dump FILE | --cases FILE]
 * --list: every slip caught or missed and every finding on clean text; --gains: the slip rule's score
 * (slip.ts) for each planted slip's right correction, whatever its bars.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { lookAlikesOf } from '../shared/check/words/shape';
import { seriesPartnersOf } from '../shared/check/words/series';
import { HANT_SHAPE_SERIES } from '../shared/check/words/shape-series-hant';
import { slips } from '../shared/check/words/slip';
import { rareTarget } from '../shared/check/words/slip-rare';
import { converter } from '../shared/script/converter';
import type { Script } from '../shared/model';
import { realTextFiles } from '../tools/real-text';
import { figure } from './figures';
import { batchNumber, type Half } from './swap-texts';

const list = process.argv.includes('--list');
const gains = process.argv.includes('--gains');
// --dump FILE writes the planted slips; --cases FILE checks those instead of planting afresh, so two
// versions of the layer (whose segmenters plant differently) are compared on the very same slips.
const argAfter = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i === -1 ? undefined : process.argv[i + 1];
};
const dumpTo = argAfter('--dump');
const casesFrom = argAfter('--cases');
type Case = Parameters<typeof judge>;
const dumped: Case[] = [];
const layer = wordLayer();
const dict = jiebaDictionary();
const toHant = converter('cn', 'tw');
const toHans = converter('t', 'cn');

const real = process.argv.includes('--real');
// --half=odd|even (with --real): only the reports of TRAIN batches of that parity (heldout-N by N),
// so that one half tunes and the other reports; default all.
const half = (process.argv.find((a) => a.startsWith('--half='))?.slice(7) ?? 'all') as Half;
const inHalf = (file: string): boolean => {
  if (half === 'all') return true;
  const n = batchNumber(/bench\/([^/]+)\//.exec(file)?.[1] ?? '');
  return n !== null && (half === 'odd') === (n % 2 === 1);
};
const roots = [
  join(import.meta.dirname, '..', '..', 'shared', 'fixtures', 'reports'),
  join(import.meta.dirname, '..', 'tests', 'fixtures', 'check'),
  join(import.meta.dirname, '..', 'tests', 'fixtures', 'import'),
  join(import.meta.dirname, '..', 'tests', 'fixtures', 'issue'),
  ...(process.env.SLIPS_TEXT ?? '').split(':').filter(Boolean),
].filter((r) => existsSync(r) && !real);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.txt$/.test(n) ? [p] : [];
  });

// Deterministic random numbers (mulberry32): the same slips on every run, comparable between versions.
const mulberry32 = (start: number): (() => number) => {
  let seed = start;
  return (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
const rand = mulberry32(20261203);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
// The low band's own numbers (same generator, another seed): adding it moved no earlier slip.
const lowRand = mulberry32(20261205);

// The series pass's own numbers (round 28): adding it moved no earlier slip.
const seriesRand = mulberry32(20261228);

// Same-syllable pools: common characters (jieba counts them alone 300+ times) by toneless reading.
const bySyllable = new Map<string, string[]>();
const HAN = /^\p{Script=Han}+$/u;
const commonChars: string[] = [];
for (let c = 0x4e00; c < 0x9fa6; c++) {
  const ch = String.fromCharCode(c);
  if (dict.freq(ch) >= 300) commonChars.push(ch);
}
for (const ch of commonChars) {
  const p = dict.pinyin(ch)[0];
  if (p) bySyllable.set(p, [...(bySyllable.get(p) ?? []), ch]);
}

type Kind = 'syllable' | 'component';
function slipOf(ch: string, kind: Kind): string | null {
  const pool = kind === 'syllable' ? (bySyllable.get(dict.pinyin(ch)[0] ?? '') ?? []) : lookAlikesOf(ch);
  const options = pool.filter((c) => c !== ch);
  return options.length ? pick(options) : null;
}

interface Result {
  kind: string;
  caught: number;
  flagged: number;
  total: number;
}
const results = new Map<string, Result>();
const tally = (kind: string, caught: boolean, flagged: boolean): void => {
  const r = results.get(kind) ?? { kind, caught: 0, flagged: 0, total: 0 };
  r.total++;
  if (caught) r.caught++;
  if (flagged) r.flagged++;
  results.set(kind, r);
};

/** Checks `text` with a slip at `at`; `wordStart` is where the right word `right` belongs. */
function judge(kind: string, text: string, script: Script, at: number, wordStart: number, right: string, label: string): void {
  if (dumpTo) dumped.push([kind, text, script, at, wordStart, right, label]);
  const found = layer.check(text, script).filter((f) => f.offset <= at && at < f.offset + f.length);
  const caught = found.some((f) => {
    const fix = f.replacement ?? '';
    if (fix.length !== f.length) return false;
    const fixed = text.slice(0, f.offset) + fix + text.slice(f.offset + f.length);
    return toHans(fixed.slice(wordStart, wordStart + right.length)) === right;
  });
  tally(kind, caught, found.length > 0);
  // The slip rule's own score for the right correction (slip.ts), whatever the bars: --gains lists them.
  const a = analyse(text, script, jiebaSegmenter);
  const own = a
    ? slips(a, dict).find(
        (s) => s.start <= at && at < s.start + s.word.length && toHans(a.text.slice(0, s.start) + s.word + a.text.slice(s.start + s.word.length)).slice(wordStart, wordStart + right.length) === right,
      )
    : undefined;
  if (gains) console.log(`GAIN ${kind} ${own ? `${own.kind} ${own.gain.toFixed(1)}` : '- -'} ${caught ? 'caught' : 'missed'} ${label}`);
  if (list) console.log(`${caught ? 'CAUGHT ' : found.length ? 'WRONG  ' : 'MISSED '} ${kind} ${label} ${found.map((f) => `${f.rule}:${f.severity}:${f.word}→${f.replacement}`).join(' ')}`);
}

const HANT_MARK = /[們這個來說對會國學時為過發與當體經還點現將應當]/g;
const HANS_MARK = /[们这个来说对会国学时为过发与当体经还点现将应当]/g;
let cleanFindings = 0;
let cleanErrors = 0;
let cleanChars = 0;
/** Two-character words of the low band (jieba 10-299), for the last pass. */
const plantableLow: { para: string; script: Script; word: string; start: number }[] = [];
/** Every frequent word of the clean text, for the pass of slips that both sound and look alike. */
const plantable: { para: string; script: Script; word: string; start: number }[] = [];
let paragraphs = 0;
/** Every paragraph read, for the rare pass. */
const paras: { para: string; script: Script }[] = [];
for (const f of (real ? realTextFiles() : roots.flatMap(files)).filter(inHalf)) {
  const whole = readFileSync(f, 'utf8');
  const script: Script = (whole.match(HANT_MARK)?.length ?? 0) > (whole.match(HANS_MARK)?.length ?? 0) ? 'hant' : 'hans';
  for (const para of whole.split(/\n+/)) {
    if (para.length < 8) continue;
    paragraphs++;
    paras.push({ para, script });
    const clean = layer.check(para, script);
    cleanFindings += clean.length;
    cleanErrors += clean.filter((c) => c.severity === 'error').length;
    cleanChars += para.length;
    if (list)
      for (const c of clean)
        console.log(`CLEAN   ${c.rule}:${c.severity} ${para.slice(Math.max(0, c.offset - 6), c.offset)}[${c.word}→${c.replacement}]${para.slice(c.offset + c.length, c.offset + c.length + 6)}`);
    if (casesFrom) continue;
    const simplified = script === 'hant' ? toHans(para) : para;
    let at = 0;
    const words: { word: string; start: number }[] = [];
    for (const t of jiebaSegmenter.tag(simplified)) {
      if (t.word.length === 2 && HAN.test(t.word) && dict.freq(t.word) >= 300 && !/^(nr|ns|nt)/.test(t.tag)) words.push({ word: t.word, start: at });
      else if (t.word.length === 2 && HAN.test(t.word) && dict.freq(t.word) >= 10 && !/^(nr|ns|nt)/.test(t.tag)) plantableLow.push({ para, script, word: t.word, start: at });
      at += t.word.length;
    }
    for (const w of words) plantable.push({ para, script, ...w });
    // Up to four slips a paragraph, each planted alone (one slip per checked text).
    for (let n = 0; n < 4 && words.length; n++) {
      const w = words.splice(Math.floor(rand() * words.length), 1)[0]!;
      const kind: Kind = rand() < 0.5 ? 'syllable' : 'component';
      const k = rand() < 0.5 ? 0 : 1;
      const alt = slipOf(w.word[k]!, kind);
      if (!alt) continue;
      const slipped = w.word.slice(0, k) + alt + w.word.slice(k + 1);
      if (dict.freq(slipped) > 0) continue;
      const written = script === 'hant' ? toHant(alt) : alt;
      if (written.length !== 1) continue;
      const text = para.slice(0, w.start + k) + written + para.slice(w.start + k + 1);
      judge(`word/${kind}/${script}`, text, script, w.start + k, w.start, w.word, `${w.word}→${slipped}`);
    }
  }
}

if (casesFrom) for (const c of JSON.parse(readFileSync(casesFrom, 'utf8')) as Case[]) judge(...c);
else {
  // Idioms: common ones (tag i, jieba 30+), one character swapped, in made-up carrier sentences.
  const CARRIERS = ['全体干部要X，把各项工作抓实抓细。', '会议强调，各单位必须X，确保任务按期完成。', '我们将X，推动全年目标落地见效。'];
  const idioms = dict.idioms().filter((w) => dict.freq(w) >= 30);
  for (let n = 0; n < 300; n++) {
    const idiom = pick(idioms);
    const kind: Kind = rand() < 0.5 ? 'syllable' : 'component';
    const k = Math.floor(rand() * 4);
    const alt = slipOf(idiom[k]!, kind);
    if (!alt) continue;
    const slipped = idiom.slice(0, k) + alt + idiom.slice(k + 1);
    if (dict.freq(slipped) > 0) continue;
    const carrier = pick(CARRIERS);
    const at = carrier.indexOf('X');
    judge(`idiom/${kind}`, carrier.replace('X', slipped), 'hans', at + k, at, idiom, `${idiom}→${slipped}`);
  }

  // The slips real drafts make most (秸杆 for 秸秆): a character of the same reading that shares a
  // component with the right one. Planted into every frequent word that has such a character, one at
  // a time (after the passes above, so their random slips stay as they were).
  for (const p of plantable) {
    const k = rand() < 0.5 ? 0 : 1;
    const options = lookAlikesOf(p.word[k]!).filter((c) => dict.sameSound(c, p.word[k]!) && !dict.freq(p.word.slice(0, k) + c + p.word.slice(k + 1)));
    if (!options.length) continue;
    const alt = pick(options);
    const written = p.script === 'hant' ? toHant(alt) : alt;
    if (written.length !== 1) continue;
    const text = p.para.slice(0, p.start + k) + written + p.para.slice(p.start + k + 1);
    judge(`word/both/${p.script}`, text, p.script, p.start + k, p.start, p.word, `${p.word}→${p.word.slice(0, k) + alt + p.word.slice(k + 1)}`);
  }
}
if (!casesFrom) {
  // The low band: one slip per word, its kind drawn at random (a same-reading look-alike where the
  // word has one, else a same-syllable or look-alike character), no dictionary word as written.
  for (const p of plantableLow) {
    const k = lowRand() < 0.5 ? 0 : 1;
    const ch = p.word[k]!;
    const both = lookAlikesOf(ch).filter((c) => dict.sameSound(c, ch));
    const r = lowRand();
    const kind = r < 1 / 3 && both.length ? 'both' : r < 2 / 3 ? 'syllable' : 'component';
    const pool = kind === 'both' ? both : kind === 'syllable' ? (bySyllable.get(dict.pinyin(ch)[0] ?? '') ?? []) : lookAlikesOf(ch);
    const options = pool.filter((c) => c !== ch && !dict.freq(p.word.slice(0, k) + c + p.word.slice(k + 1)));
    if (!options.length) continue;
    const alt = options[Math.floor(lowRand() * options.length)]!;
    const written = p.script === 'hant' ? toHant(alt) : alt;
    if (written.length !== 1) continue;
    const text = p.para.slice(0, p.start + k) + written + p.para.slice(p.start + k + 1);
    judge(`low/${kind}/${p.script}`, text, p.script, p.start + k, p.start, p.word, `${p.word}→${p.word.slice(0, k) + alt + p.word.slice(k + 1)}`);
  }
}
if (!casesFrom) {
  // Same-reading look-alikes in any position (shape-series.ts, round 28: 砂桨 for 砂浆, 梅变 for 霉变),
  // which the position-bound families lack: one slip per word of either band that has such a
  // character, no dictionary word as written.
  for (const [band, words] of [
    ['common', plantable],
    ['low', plantableLow],
  ] as const) {
    for (const p of words) {
      const k = seriesRand() < 0.5 ? 0 : 1;
      const options = seriesPartnersOf(p.word[k]!).filter((c) => !dict.freq(p.word.slice(0, k) + c + p.word.slice(k + 1)));
      if (!options.length) continue;
      const alt = options[Math.floor(seriesRand() * options.length)]!;
      const written = p.script === 'hant' ? toHant(alt) : alt;
      if (written.length !== 1) continue;
      const text = p.para.slice(0, p.start + k) + written + p.para.slice(p.start + k + 1);
      judge(`series/${band}/${p.script}`, text, p.script, p.start + k, p.start, p.word, `${p.word}→${p.word.slice(0, k) + alt + p.word.slice(k + 1)}`);
    }
  }
}
if (!casesFrom) {
  // Rare targets (round 30, slip-rare.ts): two-character words jieba counts under 10 that fcitx5's
  // model holds (資遣, 淬炼, 渗滤 of 渗滤液), where they stand in the clean text: one same-reading
  // look-alike slip each, no dictionary or rare word as written. The set is hashed (a false yes 1 in
  // 8,192 windows), so a few plantings are in no word at all; they count against recall alike before
  // and after. Its own random numbers, after every other pass.
  const rareRand = mulberry32(20261205);
  for (const { para, script } of paras) {
    const simplified = script === 'hant' ? toHans(para) : para;
    if (simplified.length !== para.length) continue;
    for (let i = 0; i + 2 <= simplified.length; i++) {
      const word = simplified.slice(i, i + 2);
      if (!HAN.test(word) || dict.freq(word) >= 10 || !rareTarget(word)) continue;
      const k = rareRand() < 0.5 ? 0 : 1;
      const ch = word[k]!;
      const options = [...new Set([...lookAlikesOf(ch), ...seriesPartnersOf(ch)])].filter((c) => {
        const slipped = word.slice(0, k) + c + word.slice(k + 1);
        return c !== ch && dict.sameSound(c, ch) && !dict.freq(slipped) && !rareTarget(slipped);
      });
      if (!options.length) continue;
      const alt = options[Math.floor(rareRand() * options.length)]!;
      const written = script === 'hant' ? toHant(alt) : alt;
      if (written.length !== 1) continue;
      const text = para.slice(0, i + k) + written + para.slice(i + k + 1);
      judge(`rare/both/${script}`, text, script, i + k, i, word, `${word}→${word.slice(0, k) + alt + word.slice(k + 1)}`);
      i++;
    }
  }
}
if (!casesFrom) {
  // Same-reading look-alikes of Traditional characters whose Simplified forms share nothing (round 31,
  // shape-series-hant.ts: 預驚 for 預警, 古績 for 古蹟), in the Traditional paragraphs only: one slip
  // per word of either band whose character as written has such a partner, no dictionary word as
  // written. Its own random numbers, after every other pass.
  const hantRand = mulberry32(20261231);
  const hantPartners = new Map<string, string[]>();
  for (const [x, y] of HANT_SHAPE_SERIES.split(' ').map((p) => [...p])) {
    if (!x || !y) continue;
    hantPartners.set(x, [...(hantPartners.get(x) ?? []), y]);
    hantPartners.set(y, [...(hantPartners.get(y) ?? []), x]);
  }
  for (const [band, words] of [
    ['common', plantable],
    ['low', plantableLow],
  ] as const) {
    for (const p of words) {
      if (p.script !== 'hant') continue;
      const k = hantRand() < 0.5 ? 0 : 1;
      const written = p.para[p.start + k]!;
      const options = (hantPartners.get(written) ?? []).filter((c) => {
        const alt = toHans(c);
        return alt.length === 1 && !dict.freq(p.word.slice(0, k) + alt + p.word.slice(k + 1));
      });
      if (!options.length) continue;
      const alt = options[Math.floor(hantRand() * options.length)]!;
      const text = p.para.slice(0, p.start + k) + alt + p.para.slice(p.start + k + 1);
      judge(`hant-series/${band}`, text, p.script, p.start + k, p.start, p.word, `${p.word}→${p.word.slice(0, k) + toHans(alt) + p.word.slice(k + 1)}`);
    }
  }
}
if (dumpTo) writeFileSync(dumpTo, JSON.stringify(dumped));

const per10k = (n: number): string => ((10000 * n) / Math.max(1, cleanChars)).toFixed(2);
console.log(`${paragraphs} clean paragraphs, ${cleanChars} characters: ${cleanFindings} findings (${cleanErrors} errors, ${cleanFindings - cleanErrors} warnings)`);
console.log(`false findings per 10,000 characters: errors ${per10k(cleanErrors)}, warnings ${per10k(cleanFindings - cleanErrors)}`);
for (const r of [...results.values()].sort((x, y) => (x.kind < y.kind ? -1 : 1))) {
  console.log(`${r.kind.padEnd(22)} caught ${r.caught}/${r.total} (${((100 * r.caught) / r.total).toFixed(1)} %), flagged ${r.flagged}`);
  figure(`planted slips caught: ${r.kind}`, (100 * r.caught) / r.total, '%');
}
figure('findings on the clean text the slips are planted in', cleanFindings, 'findings');
