import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The import benchmarks' article: the shared seed report (or, without ../shared, a damaged
 * Traditional fixture of the project) repeated paragraph by paragraph up to `chars` characters,
 * keeping its damage and pinyin.
 */
export function seedArticle(chars = 5000): string {
  const here = import.meta.dirname;
  let base: string;
  try {
    base = readFileSync(join(here, '../../shared/fixtures/seed-article.txt'), 'utf8');
  } catch {
    base = readFileSync(join(here, '../tests/fixtures/import/report-hant-damaged.txt'), 'utf8');
  }
  const lines = base.split('\n');
  let article = lines[0]!;
  for (let i = 1; article.length < chars; i++) article += `\n${lines[1 + (i % (lines.length - 2))]}`;
  return article.slice(0, chars);
}
