import { shippedAdjacencyTable } from './homophone-adjacency';
import * as RARE from './homophone-adjacency-rare-data';

/**
 * The bar of the rare pairs, in tenths of log10: the wide table's 3.0, which every item of the table
 * reaches alone (tools/derive-homophone-adjacency.ts RARE_BAR). A rare written word's low unigram
 * already weighs for its twin, so the neighbour's own lift has to carry more. Measured on all TRAIN
 * check sets: 2.0 to 3.0 read the same four slips, 4.0 one of them.
 */
export const HOMOPHONE_ADJACENCY_RARE_BAR = 30;

const table = shippedAdjacencyTable(RARE, HOMOPHONE_ADJACENCY_RARE_BAR);

/** Parses the rare table now (createWordLayer calls it at start-up, beside the other two). */
export const loadHomophoneAdjacencyRare = table.load;

/** The parsed rare table (homophone-collocate.ts reads its pairs and vetoes too). */
export const homophoneAdjacencyRareTables = table.tables;

/**
 * WRD-04 warning by adjacency for RARE written words: a two-character word jieba counts 3 to 29
 * times (a real word: a pinyin input method lists it, so the rare-word rule leaves it alone; both
 * adjacency tables read only words of 30+), whose same-reading twin jieba counts at least 10^0.5 times
 * as often and report text uses, where fcitx5's model holds the twin as a strong collocation of the
 * very neighbour and the written word has no bigram there (统一步数 → 部署, 原始单句 → 单据). The rare
 * word's weaker prior is part of the evidence, but the neighbour still decides: same items, vetoes and
 * jieba-phrase vouch as the main rule (tools/derive-homophone-adjacency.ts, RARE=1).
 */
export const homophoneAdjacencyRareRule = table.rule;
