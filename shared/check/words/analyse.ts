import { converter } from '../../script/converter';
import type { Script } from '../../model';
import { TARGET_VERBS } from './target-terms';
import type { Segmenter } from './types';
import { OFFICIAL_VERBS } from './vocabulary';

/** A token with its offset in the unit's text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A unit's text as the word rules see it: Simplified (the dictionary's script), segmented and tagged. */
export interface Analysed {
  /** Simplified text, same length and offsets as the original. */
  text: string;
  /** The unit's text as written (Traditional in a Traditional document): a slip of the eye is in its script. */
  source: string;
  tokens: Token[];
  /** The document's script. */
  script: Script;
  /** Turns a Simplified correction back into the document's script. */
  toScript(s: string): string;
}

const HAN = /[\p{Script=Han}]/u;

/**
 * The layer's own verbs (vocabulary.ts, target-terms.ts). createWordLayer adds them tagged v, but
 * jieba keeps its own tag for a word it already has (压实 n, 督导 n, 兜底 s): the tokens are
 * retagged here, so the 的/地/得 rule reads 压实的还不够 as a verb before its complement.
 */
const OWN_VERBS: ReadonlySet<string> = new Set([...OFFICIAL_VERBS, ...TARGET_VERBS]);

/**
 * Traditional text is converted to Simplified for the dictionary (jieba's words are Simplified);
 * OpenCC's conversion keeps one character per character, which is checked, so offsets carry over.
 * Returns null for text with no Han characters or a conversion that changed the length.
 */
export function analyse(text: string, script: Script, seg: Segmenter): Analysed | null {
  if (!HAN.test(text)) return null;
  const simplified = script === 'hant' ? converter('t', 'cn')(text) : text;
  if (simplified.length !== text.length) return null;
  const tokens: Token[] = [];
  let at = 0;
  for (const t of seg.tag(simplified)) {
    tokens.push({ word: t.word, tag: t.tag[0] !== 'v' && OWN_VERBS.has(t.word) ? 'v' : t.tag, start: at, end: at + t.word.length });
    at += t.word.length;
  }
  if (at !== simplified.length) return null;
  const toScript = script === 'hant' ? converter('cn', 'tw') : (s: string) => s;
  return { text: simplified, source: text, tokens, script, toScript };
}

export const isHanWord = (s: string): boolean => /^[\p{Script=Han}]+$/u.test(s);

/** A token that ends a clause for the 的/地/得 readings: sentence and clause marks. */
export const CLAUSE_MARK = /^[，。；！？：,;!?:]$/;
/** The same with the list mark 、, for readings where a list item ends the phrase as a clause does. */
export const CLAUSE_OR_LIST_MARK = /^[，。；！？：、,;!?:]$/;
