import { shippedAdjacencyTable } from './homophone-adjacency';
import * as WIDE from './homophone-adjacency-wide-data';

/**
 * The bar of the wide pairs, in tenths of log10: above the main table's 2.0, because the model's
 * evidence for these pairs is what the main table found too weak or too unusual (a fix report text
 * never uses, or no single neighbour reaching 2.0 with the unigram prior).
 */
export const HOMOPHONE_ADJACENCY_WIDE_BAR = 30;

const table = shippedAdjacencyTable(WIDE, HOMOPHONE_ADJACENCY_WIDE_BAR);

/** Parses the wide table now (createWordLayer calls it at start-up, beside the main one). */
export const loadHomophoneAdjacencyWide = table.load;

/** The parsed wide table (homophone-collocate.ts reads its pairs and vetoes too). */
export const homophoneAdjacencyWideTables = table.tables;

/**
 * WRD-04 warning by adjacency for the pairs homophone-adjacency-data.ts leaves out, read only where
 * two independent sources agree: fcitx5's model holds the twin as a strong collocation of the very
 * neighbour (the same test as homophoneAdjacencyRule, at a higher bar), AND jieba's dictionary, built
 * from other text, counts the twin at least 10^0.5 times as often as the written word (the table
 * holds no other pair: tools/derive-homophone-adjacency.ts, WIDE=1). Keyed slips of this class:
 * 耳科门诊 → 儿科, 总市直 → 市值, 赌局老人 → 独居, 成心经营 → 诚信 — a fix report text had not used yet,
 * so the main table, derived from report text, could not list it.
 */
export const homophoneAdjacencyWideRule = table.rule;
