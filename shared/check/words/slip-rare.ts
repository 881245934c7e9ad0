/**
 * Rare but real slip targets for the slip rule (slip.ts, WRD-02): words jieba counts under the rule's
 * floor or lacks (資遣, 媒合, 堪慮, 桩基, 汰換, 健保) that fcitx5's language model holds as words of
 * some weight (slip-rare-data.ts, derived by tools/derive-slip-rare.ts from libime's lm_sc.arpa).
 * Reports write such terms of their trade often; a slip of one (資譴, 煤合, 太換) left the rule with
 * no word to name, since its candidates come from jieba. These are candidates only, for a slip that
 * both sounds and looks like them: the segmenter never reads them.
 *
 * The set is Rice-coded hashes (slip-context.ts' coder, each word as the pair "word\t"), decoded
 * once on first use.
 */
import { decodePairSet, inSortedSet, pairHash } from './slip-context';
import { SR_MOD, SR_RICE, SR_WORDS } from './slip-rare-data';

let table: Uint32Array | null = null;

/** Whether the model holds `word` as a rare target (odds of a false yes: 1 in 2^SR_RICE). */
export function rareTarget(word: string): boolean {
  table ??= decodePairSet(SR_WORDS, SR_RICE);
  return inSortedSet(table, pairHash(word, '') % SR_MOD);
}
