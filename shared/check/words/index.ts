import { cedictTerms } from './cedict-terms';
import { softenedInQuote } from './quoted-coinage';
import type { Script } from '../../model';
import { analyse, type Analysed } from './analyse';
import { compoundRule } from './compound';
import { confusableRule, taiwanStandard } from './confusable';
import { corpusPairRule, loadCorpusPairs } from './corpus-pairs';
import type { WordDictionary } from './dictionary';
import { hantFormRule } from './hant-forms';
import { hantSlipRule } from './hant-slips';
import { idiomRule } from './idiom';
import { phraseSlipRule } from './phrase-slip';
import { homophoneContextRule, loadHomophoneContext } from './homophone-context';
import { homophoneAdjacencyRule, loadHomophoneAdjacency } from './homophone-adjacency';
import { homophoneCompoundRule } from './homophone-compound';
import { homophoneCollocateRule } from './homophone-collocate';
import { reportPairRule } from './report-pairs';
import { homophoneTermRule } from './homophone-term';
import { homophoneFieldTermRule } from './homophone-field-term';
import { homophoneSpanRule } from './homophone-span';
import { homophoneAdjacencyWideRule, loadHomophoneAdjacencyWide } from './homophone-adjacency-wide';
import { homophoneAdjacencyRareRule, loadHomophoneAdjacencyRare } from './homophone-adjacency-rare';
import { homophoneAdjacencyOpenRule, loadHomophoneAdjacencyOpen } from './homophone-adjacency-open';
import { homophoneAdjacencyFarRule, loadHomophoneAdjacencyFar } from './homophone-adjacency-far';
import { lmAcrossRule, lmPairNamesRule, lmPairRule, loadLmPairs } from './lm-pairs';
import { inProperStretch } from './proper';
import { converter } from '../../script/converter';
import { deDiRule, homophoneRule, lexiconRule, nearMissRule, writtenRightNearby, type WordFinding } from './rules';
import { shapeRule } from './shape';
import { sharesReading, slipRule } from './slip';
import { slotRule } from './slot';
import { slotTwinRule } from './slot-twins';
import { taiwanSlipRule, witnessed } from './taiwan';
import { TARGET_TERM_FREQ, TARGET_TERMS, TARGET_VERBS } from './target-terms';
import { collocationRule, soundAlikeRule } from './sound';
import type { Segmenter } from './types';
import { OFFICIAL_VERBS, OFFICIAL_WORD_FREQ, OFFICIAL_WORDS } from './vocabulary';

export type { WordFinding } from './rules';
export type { Segmenter, Tagged } from './types';
export { WordDictionary } from './dictionary';

export const WORD_RULE_IDS = ['WRD-01', 'WRD-02', 'WRD-03', 'WRD-04', 'WRD-05'] as const;

/** The word layer as runChecks uses it: one unit's text in, findings out. */
export interface WordLayer {
  check(text: string, script: Script): WordFinding[];
  /**
   * Whether the span begins inside a word of the segmented text that ends before the span does: a
   * list match read across two words (记要 in 书记/要求) is no occurrence of the listed form, while
   * one inside a single token (会议记要) or starting one (布/署) is.
   */
  straddles(text: string, script: Script, offset: number, length: number): boolean;
}

/**
 * The word layer over a segmenter and its dictionary. Findings overlapping an earlier, surer one
 * are dropped (a lexicon hit beats a near-miss guess over the same characters).
 */
export function createWordLayer(seg: Segmenter, dict: WordDictionary): WordLayer {
  for (const w of OFFICIAL_WORDS) {
    const tag = OFFICIAL_VERBS.has(w) ? 'v' : 'n';
    seg.addWord(w, OFFICIAL_WORD_FREQ, tag);
    dict.add(w, OFFICIAL_WORD_FREQ, tag);
  }
  // Terms under jieba's near-miss floor (target-terms.ts): a target for their slips, one token written right.
  for (const w of TARGET_TERMS) {
    const tag = dict.get(w)?.tag || (TARGET_VERBS.has(w) ? 'v' : 'n');
    seg.addWord(w, TARGET_TERM_FREQ, tag);
    dict.add(w, TARGET_TERM_FREQ, tag);
  }
  loadCorpusPairs();
  loadLmPairs();
  loadHomophoneContext();
  loadHomophoneAdjacency();
  loadHomophoneAdjacencyWide();
  loadHomophoneAdjacencyOpen();
  loadHomophoneAdjacencyFar();
  loadHomophoneAdjacencyRare();
  // Findings by unit text: a re-check after an edit re-analyses only the paragraphs that changed.
  const cache = new Map<string, WordFinding[]>();
  const analysed = (text: string, script: Script): WordFinding[] => {
    const key = `${script}|${text}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = checkUnit(seg, dict, text, script);
      if (cache.size >= CACHE_UNITS) cache.delete(cache.keys().next().value!);
      cache.set(key, hit);
    }
    return hit;
  };
  const straddles = (text: string, script: Script, offset: number, length: number): boolean => {
    const a = analyse(text, script, seg);
    return !!a && a.tokens.some((t) => t.start < offset && offset < t.end && t.end < offset + length);
  };
  return { check: analysed, straddles };
}

/** Units kept in the cache: a 100-page document's paragraphs and more. */
const CACHE_UNITS = 5000;

/** One word rule, named for the benches' split (bench/check-fresh.ts times each in this order). */
export interface WordRule {
  name: string;
  run(a: Analysed, text: string, dict: WordDictionary): WordFinding[];
}

/**
 * The layer's rules, surer first: an overlapping later finding is dropped (keptFindings). One list
 * for the layer and the benches, so a rule added here is timed in the split without a second edit.
 */
export const WORD_RULES: readonly WordRule[] = [
  { name: 'lexicon', run: (a, text, dict) => lexiconRule(a, text, dict) },
  { name: 'hantSlip', run: (a, text) => hantSlipRule(a, text) },
  // Traditional only: a real Traditional character wrong for its word (核準 → 核准), as written.
  { name: 'hantForm', run: (a, text) => hantFormRule(a, text) },
  // The pair table before the older homophone list: its fixed collocations are errors.
  { name: 'confusable', run: (a, text, dict) => confusableRule(a, text, dict) },
  { name: 'homophone', run: (a, text) => homophoneRule(a, text) },
  // Then the pairs real report text tells apart (collocation-data.ts, mined): no list of pairs.
  { name: 'corpusPair', run: (a, text, dict) => corpusPairRule(a, text, dict) },
  // Then the pairs an input method's language model tells apart (lm-pairs-data.ts, open-gram).
  { name: 'lmPair', run: (a, text, dict) => lmPairRule(a, text, dict) },
  // Then the same model's pairs of a common word jieba tags as a name (古董 nr → 股东): warnings.
  { name: 'lmPairNames', run: (a, text, dict) => lmPairNamesRule(a, text, dict) },
  // Then a twin report text uses for a word it never uses, where fcitx5's model favours the twin.
  { name: 'homophoneContext', run: (a, text, dict) => homophoneContextRule(a, text, dict) },
  // Then a twin the model knows beside the very neighbour, for ordinary written words (warning).
  { name: 'homophoneAdjacency', run: (a, text, dict) => homophoneAdjacencyRule(a, text, dict) },
  // Then the pairs that table leaves out, where jieba's counts second the model (warning, higher bar).
  { name: 'homophoneAdjacencyWide', run: (a, text, dict) => homophoneAdjacencyWideRule(a, text, dict) },
  // Then written words jieba counts rarely (3-29), which neither table reads, by the same evidence.
  { name: 'homophoneAdjacencyRare', run: (a, text, dict) => homophoneAdjacencyRareRule(a, text, dict) },
  // Then the pairs the main table drops only because report text never uses the fix (open table).
  { name: 'homophoneAdjacencyOpen', run: (a, text, dict) => homophoneAdjacencyOpenRule(a, text, dict) },
  // Then those tables' pairs beside a neighbour report text uses too rarely for them to name (far table).
  { name: 'homophoneAdjacencyFar', run: (a, text, dict) => homophoneAdjacencyFarRule(a, text, dict) },
  // Then a twin that takes the lone character after a word report text never uses (保值期 → 保质期).
  { name: 'homophoneCompound', run: (a, text, dict) => homophoneCompoundRule(a, text, dict) },
  // Then a twin that makes a dictionary compound with the whole neighbouring word (环氧数值 → 树脂).
  { name: 'homophoneCollocate', run: (a, text, dict) => homophoneCollocateRule(a, text, dict) },
  // Then a twin of any count that a neighbour completes into a jieba term (胶管部门 → 交管部门).
  { name: 'homophoneTerm', run: (a, text, dict) => homophoneTermRule(a, text, dict) },
  // Then a twin making a four-character field term with a noun on either side (次声灾害 → 次生).
  { name: 'homophoneFieldTerm', run: (a, text, dict) => homophoneFieldTermRule(a, text, dict) },
  // Then same-reading pairs whose class the neighbours' tags rule out (slot-twins.ts): no evidence table.
  { name: 'slotTwin', run: (a, text, dict) => slotTwinRule(a, text, dict) },
  { name: 'soundAlike', run: (a, text, dict) => soundAlikeRule(a, text, dict) },
  { name: 'nearMiss', run: (a, text, dict) => nearMissRule(a, text, dict) },
  // Broken idioms the sound search cannot see: swapped characters, look-alikes (idiom.ts).
  { name: 'idiom', run: (a, text, dict) => idiomRule(a, text, dict) },
  { name: 'shape', run: (a, text, dict) => shapeRule(a, text, dict) },
  // Then any non-word one same-syllable or same-component character from a common word (slip.ts).
  { name: 'slip', run: (a, text, dict) => slipRule(a, text, dict) },
  // Traditional only: a non-word one same-reading character from a Taiwan word (taiwan.ts).
  { name: 'taiwanSlip', run: (a, text, dict) => taiwanSlipRule(a, text, dict) },
  // Then a fixed four-character form broken across a common word (phrase-slip.ts): after the slip
  // rules, whose finding names the broken word itself (派遗 → 派遣 in 劳务派遗).
  { name: 'phraseSlip', run: (a, text, dict) => phraseSlipRule(a, text, dict) },
  { name: 'collocation', run: (a, text, dict) => collocationRule(a, text, dict) },
  { name: 'compound', run: (a, text, dict) => compoundRule(a, text, dict) },
  { name: 'slot', run: (a, text, dict) => slotRule(a, text, dict) },
  // After the slip rules, which name a non-word one character from a word themselves (基矗 → 基础):
  // two lone characters jieba reads as no word, read as a same-reading twin a table records beside
  // the neighbouring word (民众检具 → 检举; homophone-span.ts, warning).
  { name: 'homophoneSpan', run: (a, text, dict) => homophoneSpanRule(a, text, dict) },
  // After every other word rule but 的/地/得: a written word report text never uses, beside a neighbour a twin
  // collocates with there (warning); any other rule's finding on the span comes first.
  { name: 'reportPair', run: (a, text, dict) => reportPairRule(a, text, dict) },
  // Then the input method's model read across one intervening word (方位标识查询 → 防伪), where report
  // text uses the written word no more than the twin (warning).
  { name: 'lmAcross', run: (a, text, dict) => lmAcrossRule(a, text, dict) },
  { name: 'deDi', run: (a, text, dict) => deDiRule(a, text, dict) },
];

function checkUnit(seg: Segmenter, dict: WordDictionary, text: string, script: Script): WordFinding[] {
  const a = analyse(text, script, seg);
  if (!a) return [];
  const all: WordFinding[] = [];
  for (const rule of WORD_RULES) all.push(...rule.run(a, text, dict));
  // A slogan or coined term in short quotes (“理响中国”) is made from a word on purpose: quoted-coinage.ts.
  return keptFindings(a, all).map((f) => softenedInQuote(a.text, f));
}

/** The findings the layer reports, from every rule's in WORD_RULES order: no echo, no overlap. */
export function keptFindings(a: Analysed, all: readonly WordFinding[]): WordFinding[] {
  const kept: WordFinding[] = [];
  for (const f of all) {
    // A "fix" that writes the same text back (麻痺 read as 麻痹, converted back to 麻痺) is none.
    if (f.replacement === f.word) continue;
    if (taiwanStandard(a, f)) continue;
    // A slip "found" on a Taiwan word as written (Traditional text only) is that word, written right.
    if (f.rule === 'WRD-02' && witnessed(a, f)) continue;
    // A "slip" that CC-CEDICT lists as a term is that term written right (风生水起: jieba lacks it
    // and holds the slip 风声水起, so the near-miss searches read the right idiom as broken).
    if (f.rule === 'WRD-02' && cedictTerms().has(a.text.slice(f.offset, f.offset + f.length))) continue;
    // A body's short name, a person's name in a name's position, a place's name before its head (proper.ts).
    if (inProperStretch(a, f)) continue;
    if (twinWrittenRight(a, f) || slipAfterRightForm(a, f)) continue;
    if (kept.some((k) => f.offset < k.offset + k.length && k.offset < f.offset + f.length)) continue;
    kept.push(f);
  }
  return kept.sort((x, y) => x.offset - y.offset);
}

/**
 * Whether a same-reading warning (WRD-04: the written word is a real word, a twin is only likelier)
 * proposes a word the unit already has, written right, elsewhere (会上征求意见时，没有人提出异见 →
 * 意见): a pinyin or zhuyin input method offers the candidate chosen last first, so a writer who typed
 * the twin in this very paragraph and then has the other word chose it (the rare-word rule's reading,
 * writtenRightNearby). Errors stay: a fixed collocation is wrong whatever else the paragraph holds.
 */
function twinWrittenRight(a: Analysed, f: WordFinding): boolean {
  if (f.rule !== 'WRD-04' || f.severity !== 'warning' || !f.replacement) return false;
  const fix = a.script === 'hant' ? converter('t', 'cn')(f.replacement) : f.replacement;
  return writtenRightNearby(a.text, { start: f.offset, end: f.offset + f.length }, fix);
}

/**
 * Whether a slip warning (WRD-02: the written stretch is no word) proposes a word of the same reading
 * that the unit has already written right BEFORE it (调派…增援，…岗位也增员 → 增援; 到據點出診，為…出疹
 * → 出診). A pinyin or zhuyin input method offers the candidate chosen last first: a writer who has
 * just typed the word would be offered it again for the same syllables, so a different form after it
 * was chosen, a parallel coinage or another word the dictionary lacks. The other way round proves
 * nothing: a slip typed before the right form (辨理…辦理) came before the input method learned it.
 * Errors stay, as in twinWrittenRight.
 */
function slipAfterRightForm(a: Analysed, f: WordFinding): boolean {
  if (f.rule !== 'WRD-02' || f.severity !== 'warning' || !f.replacement) return false;
  const fix = a.script === 'hant' ? converter('t', 'cn')(f.replacement) : f.replacement;
  const written = a.text.slice(f.offset, f.offset + f.length);
  if (fix.length !== written.length || fix === written) return false;
  for (let i = 0; i < fix.length; i++) if (fix[i] !== written[i] && !sharesReading(fix[i]!, written[i]!)) return false;
  const at = a.text.indexOf(fix);
  return at !== -1 && at + fix.length <= f.offset;
}
