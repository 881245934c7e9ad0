/**
 * More rare but real slip targets for the slip rule (slip.ts, WRD-02), beside fcitx5's (slip-rare.ts):
 * two-character words of CC-CEDICT that jieba counts under the rule's floor or lacks and that the
 * model's set does not hold (农膜, 检录, 盗伐, 碳汇, 琵鹭, 赓续), no name and no variant form
 * (cedict-rare-data.ts, derived by tools/derive-cedict-rare.ts). A dictionary edited by people is a
 * second, independent witness that such a pair of characters is a word: a slip of one (农模, 捡录,
 * 盗閥, 炭汇, 枇鷺) left the rule with nothing to name. Candidates only, for a slip that both sounds
 * and looks like them, scored and barred as the model's rare targets are; the segmenter never reads them.
 *
 * The set is Rice-coded hashes (slip-context.ts' coder, each word as the pair "word\t"), decoded
 * once on first use.
 */
import { CR_MOD, CR_RICE, CR_WORDS } from './cedict-rare-data';
import { decodePairSet, inSortedSet, pairHash } from './slip-context';

let table: Uint32Array | null = null;

/** Whether CC-CEDICT lists `word` as a rare target (odds of a false yes: 1 in 2^CR_RICE). */
export function cedictTarget(word: string): boolean {
  table ??= decodePairSet(CR_WORDS, CR_RICE);
  return inSortedSet(table, pairHash(word, '') % CR_MOD);
}
