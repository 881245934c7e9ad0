import type { Analysed } from './analyse';
import { isHanWord } from './analyse';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';

/**
 * Words that point at things and so need a noun after them (其他事宜, 有关情况, 上述问题).
 * Determiners, not adjectives: 其他合适人选 has its noun after the adjective.
 */
const DETERMINERS = new Set(['其他', '其它', '有关', '相关', '上述', '以上', '以下', '一切', '各项', '此类', '该项']);

/**
 * WRD-04 by the grammatical slot: a determiner, then an adjective that closes the clause, where a
 * same-sound noun fits (其他适宜。 → 其他事宜). After a determiner the clause needs its noun; an
 * adjective ending it leaves the phrase headless, and the input method offered the adjective for
 * the noun. Any same-sound pair of an adjective and a common noun, no table. A warning.
 */
export function slotRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let k = 1; k < t.length; k++) {
    const w = t[k]!;
    const next = t[k + 1];
    if (!DETERMINERS.has(t[k - 1]!.word) || w.tag !== 'a' || w.word.length !== 2 || !isHanWord(w.word)) continue;
    if (next && !/^[，。；！？、]$/.test(next.word)) continue;
    const twin = dict.near(w.word).find((c) => c.sameSound && c.word.length === 2 && c.freq >= COMMON_FREQ && dict.get(c.word)!.tag === 'n');
    if (twin) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, twin.word));
  }
  return out;
}
