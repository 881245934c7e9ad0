/**
 * Dev-time diagnostic (round 49, check-126b): the misspellings the checker misses TODAY on one half
 * of the keyed TRAIN check sets, grouped by why: whether the slip rule (slip.ts) proposes the keyed
 * correction at all, and if not, whether the character pair is in a sound or shape table and whether
 * the right word is in jieba's dictionary or a rare list. VALIDATION sets are never read.
 *   npx tsx tools/diag-unproposed.ts [--half=even|odd]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { lookAlikeAsWritten, lookAlikesOf } from '../shared/check/words/shape';
import { drawnKinOf, kinPartnersOf, rareKinOf, seriesPartnersOf } from '../shared/check/words/series';
import { slips } from '../shared/check/words/slip';
import { rareTarget } from '../shared/check/words/slip-rare';
import { cedictTarget } from '../shared/check/words/cedict-rare';
import { converter } from '../shared/script/converter';
import { changedCharacter, keyedCheckSets, parityOf, type KeyedFault } from './keyed-check-sets';

const BENCH = join(import.meta.dirname, '..', 'bench');
const half = process.argv.find((a) => a.startsWith('--half='))?.slice(7) ?? 'even';
const dict = jiebaDictionary();
const words = wordLayer();
const toHans = converter('t', 'cn');
const reads = (c: string): string[] => [...new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true }))];
const groups = new Map<string, string[]>();
for (const set of keyedCheckSets(BENCH).sort()) {
  const n = Number(/-(\d+)$/.exec(set)?.[1] ?? 1);
  if ((n % 2 === 0) !== (half === 'even')) continue;
  void parityOf;
  const data = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as { faults: KeyedFault[] };
  for (const f of data.faults) {
    if (f.kind !== 'misspelling') continue;
    const { at, pos, wrong, right, w, r } = changedCharacter(f, toHans);
    const span = [at, at + f.found.length];
    const found = checkText(f.text, { script: f.script, words }).some((x) => x.location.offset < span[1]! && span[0]! < x.location.offset + x.location.length);
    if (found) continue;
    const a = analyse(f.text, f.script, jiebaSegmenter)!;
    const diffs = [...wrong].filter((c, j) => c !== right[j]).length;
    const sound = reads(w).some((p) => reads(r).includes(p));
    const shape = lookAlikeAsWritten(w, r, f.found[pos - at] ?? w, f.script) || [...lookAlikesOf(w), ...seriesPartnersOf(w), ...kinPartnersOf(w), ...rareKinOf(w), ...drawnKinOf(w)].includes(r);
    const cut = a.tokens
      .filter((t) => t.end > at && t.start < at + f.found.length)
      .map((t) => `${t.word}/${t.tag}`)
      .join(' ');
    const hit = slips(a, dict).find((s) => s.start <= pos && pos < s.start + s.word.length);
    const rightFreq = dict.freq(right);
    // The right word's shortest part around the changed character that jieba holds.
    let part = '';
    for (let s = 0; s < right.length && !part; s++)
      for (let e = right.length; e > s + 1; e--)
        if (s <= pos - at && pos - at < e && dict.freq(right.slice(s, e))) {
          part = right.slice(s, e);
          break;
        }
    const lone = a.tokens.find((t) => t.start <= pos && pos < t.end)!;
    let cls: string;
    if (diffs !== 1 || wrong.length !== right.length) cls = 'not-one-char';
    else if (hit && hit.word.length && a.text.slice(0, hit.start) + hit.word + a.text.slice(hit.start + hit.word.length) === a.text.slice(0, at) + right + a.text.slice(at + right.length))
      cls = 'proposed-under-bar';
    else if (hit) cls = 'other-proposed';
    else if (!sound && !shape) cls = 'pair-in-no-table';
    else if (!rightFreq && !rareTarget(right) && !cedictTarget(right)) cls = 'word-in-no-list';
    else if (lone.end - lone.start !== 1) cls = 'written-in-a-token';
    else cls = 'not-proposed';
    const line = `${set}\t${f.found}→${f.expected}\t${sound ? 'S' : '-'}${shape ? 'H' : '-'}\tf${rightFreq}${rareTarget(right) ? '+fcitx' : ''}${cedictTarget(right) ? '+cedict' : ''}\tpart:${part}/${dict.freq(part)}\t${cut}\t${hit ? `${hit.word}:${hit.kind}:${hit.gain.toFixed(1)}` : '-'}\t${f.text}`;
    if (!groups.has(cls)) groups.set(cls, []);
    groups.get(cls)!.push(line);
  }
}
for (const [cls, lines] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`== ${cls}: ${lines.length}`);
  for (const l of lines) console.log(l);
}
