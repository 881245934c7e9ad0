import type { WordFinding } from './finding';

/**
 * Reports quote their slogans and coined terms: “理响中国” (a pun on 理想), 马克思主义“五观”, “大灾大疫”,
 * “一督到底”. Such a term is made on purpose from a common word's sound or frame, so the near-miss and
 * same-reading searches take it for a slip of that word. Inside a short quotation a non-word or
 * same-reading finding (WRD-02, WRD-04) is therefore a warning, never an error a "fix all" would
 * apply: a slip there is still shown (“不忘初新”), the writer decides. Known wrong forms (WRD-01)
 * keep their weight. Measured on real report text by bench/check-realtext.ts (round 49).
 */
export function softenedInQuote(text: string, f: WordFinding): WordFinding {
  if (f.severity !== 'error' || (f.rule !== 'WRD-02' && f.rule !== 'WRD-04')) return f;
  return inShortQuote(text, f.offset, f.offset + f.length) ? { ...f, severity: 'warning' } : f;
}

/** Quotation marks that open and close a quoted term, full width (ASCII " cannot tell open from close). */
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
const CLOSERS = new Set(Object.values(PAIRS));
/**
 * The longest quotation read as a term: a slogan of a few words (“理响中国·讲好‘中国式商量’故事” is
 * 18), not a quoted sentence. Only the weight changes inside, so the bound may be generous.
 */
const TERM_MAX = 20;

/** Whether text[start, end) lies inside a quotation of at most TERM_MAX characters. */
export function inShortQuote(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= Math.max(0, end - TERM_MAX - 1); i--) {
    const ch = text[i]!;
    if (CLOSERS.has(ch)) return false;
    const close = PAIRS[ch];
    if (!close) continue;
    const j = text.indexOf(close, end);
    return j !== -1 && j - i - 1 <= TERM_MAX && !text.slice(end, j).includes(ch);
  }
  return false;
}
