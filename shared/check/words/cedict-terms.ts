import { FT_TERMS } from './field-terms-data';

let terms: Set<string> | null = null;

/**
 * CC-CEDICT's four-character terms that jieba's dictionary lacks (field-terms-data.ts), as a set
 * built on first use: homophone-field-term.ts reads them as twins, keptFindings as words written
 * right (风生水起, which jieba lacks while it holds the slip 风声水起 as a word).
 */
export function cedictTerms(): ReadonlySet<string> {
  return (terms ??= new Set(FT_TERMS.split(' ')));
}
