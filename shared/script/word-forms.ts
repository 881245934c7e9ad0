import * as OpenCC from 'opencc-js';
import type { Converter } from './converter';

/**
 * Simplified -> Taiwan Traditional that decides by word, not by character, for the characters
 * whose Traditional form depends on the word: 于 (於 as a preposition, 于 as a surname), 干 (幹部
 * but 干擾), 征 (徵求 but 征程), 里 (裡面 but 里長) … They are found in OpenCC's own phrase table:
 * a character that some phrase keeps unchanged although the character table maps it elsewhere.
 * This converter drops those characters from the character table, so they change only inside a
 * phrase OpenCC knows; alone (a name, a word OpenCC lacks) they stay as written.
 */
let wordWise: Converter | null = null;
let ambiguous: ReadonlySet<string> | null = null;
/** Phrases (Simplified) in which a word-dependent character stays as it is: 征程, 干扰, 里长 … */
let keeping: ReadonlySet<string> | null = null;

function parse(dict: unknown): [string, string][] {
  const text = Array.isArray(dict) ? (dict as [string, string][]).map((p) => p.join(' ')).join('|') : String(dict);
  return text.split('|').map((line) => {
    const [from = '', to = ''] = line.split(' ');
    return [from, to];
  });
}

/** Characters whose Traditional form depends on the word they are in. */
export function wordDependentChars(): ReadonlySet<string> {
  if (ambiguous) return ambiguous;
  const [phrases, chars] = OpenCC.Locale.from.cn![0]! as unknown as [unknown, unknown];
  const charMap = new Map(parse(chars));
  const out = new Set<string>();
  const keep = new Set<string>();
  for (const [s, t] of parse(phrases)) {
    if (s.length !== t.length) continue;
    for (let i = 0; i < s.length; i++) {
      const mapped = charMap.get(s[i]!);
      if (s[i] === t[i] && mapped !== undefined && mapped !== s[i]) {
        out.add(s[i]!);
        keep.add(s);
      }
    }
  }
  ambiguous = out;
  keeping = keep;
  return out;
}

/**
 * Whether a phrase OpenCC knows covers position `at` of `text` and keeps the character there as
 * written. OpenCC converts greedily from the left, so 新征程 becomes 新徵程 (新征 is a phrase,
 * 新徵 "new recruits"); a phrase that reads the other way (征程) makes the character ambiguous,
 * and an ambiguous character is no error.
 */
export function keptByPhrase(text: string, at: number): boolean {
  wordDependentChars();
  for (let start = Math.max(0, at - 4); start <= at; start++) {
    for (let end = at + 1; end <= Math.min(text.length, start + 5); end++) {
      if (end - start >= 2 && keeping!.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

export function wordWiseToTaiwan(): Converter {
  if (wordWise) return wordWise;
  const [phrases, chars] = OpenCC.Locale.from.cn![0]! as unknown as [unknown, unknown];
  const skip = wordDependentChars();
  const kept = parse(chars).filter(([s]) => !skip.has(s));
  wordWise = OpenCC.ConverterFactory([phrases as string, kept], ...OpenCC.Locale.to.tw!);
  return wordWise;
}
