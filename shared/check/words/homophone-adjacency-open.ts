import { shippedAdjacencyTable } from './homophone-adjacency';
import * as OPEN from './homophone-adjacency-open-data';

/**
 * The bar of the open pairs, in tenths of log10: the main table's 2.0. Their evidence is the main
 * table's own (the twin a strong collocation of the very neighbour, the written word none); only the
 * genre filter differs.
 */
export const HOMOPHONE_ADJACENCY_OPEN_BAR = 20;

const table = shippedAdjacencyTable(OPEN, HOMOPHONE_ADJACENCY_OPEN_BAR);

/** Parses the open table now (createWordLayer calls it at start-up, beside the others). */
export const loadHomophoneAdjacencyOpen = table.load;

/** The parsed open table (homophone-collocate.ts reads its pairs and vetoes too). */
export const homophoneAdjacencyOpenTables = table.tables;

/**
 * WRD-04 warning by adjacency for the pairs the main table drops only because TRAIN report text never
 * uses the fix (tools/derive-homophone-adjacency.ts, OPEN=1): that filter ties the checker to the
 * vocabulary of the reports it was tuned on, and the slips of unseen reports pick fixes from their own
 * field (车辆同行 → 通行, 用电复合 → 负荷, 人员上网 → 伤亡). The written word must be a common one (jieba
 * 300+): an input method offers the commoner of two same-reading words first, so that is what a slip
 * writes. No jieba ratio as the wide table's (the fix at least as common kept 5 of 12 TRAIN reads).
 * Same items, vetoes and jieba-phrase vouch as the main rule. Measured: tuned on the EVEN keyed TRAIN
 * check sets (+7 homophones, no new false warning), reported on the ODD ones (+3, none).
 */
export const homophoneAdjacencyOpenRule = table.rule;
