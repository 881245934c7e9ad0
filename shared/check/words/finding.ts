import type { Finding, Severity } from '../types';
import type { Analysed } from './analyse';

/** A word-layer finding: which rule, how sure, what to write instead. */
export interface WordFinding extends Finding {
  rule: string;
  severity: Severity;
  /** The flagged word as written (the key an accepted-words list matches). */
  word: string;
}

/** A finding over original[offset, offset + length), its Simplified fix turned into the document's script. */
export function finding(a: Analysed, original: string, rule: string, severity: Severity, offset: number, length: number, right: string): WordFinding {
  const found = original.slice(offset, offset + length);
  const replacement = a.toScript(right);
  return { rule, severity, offset, length, word: found, replacement, params: { found, expected: replacement } };
}
