import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLines, countText, emptyCounts, mergeCounts, PAGE_COUNTS, parseCountLines, ROOT, tokenise } from '../../tools/collocation-mining';

// The miner's counts (tools/collocation-mining.ts): made-up sentences; the committed page counts
// and their source list are read as the miner wrote them.
describe('collocation mining: counts a later batch can add to', () => {
  it('counts a twin word with the neighbours the rule can use, and reads its own output back', () => {
    const c = emptyCounts();
    const text = '会议指出，要安排部署防汛工作。\n会议指出，要压实责任。';
    countText(c, tokenise(text), text.length);
    expect(c.words.get('指出')).toBe(2);
    expect(c.pairs.get('指出')?.get('<会议')).toBe(2);
    // 部署 after 安排 and before 防汛; single characters (要, ，) are never kept.
    expect(c.pairs.get('部署')?.get('<安排')).toBe(1);
    expect([...(c.pairs.get('指出')?.keys() ?? [])].every((k) => k.length > 2)).toBe(true);
    const back = parseCountLines(`# chars ${c.chars} texts ${c.texts}\n${countLines(c).join('\n')}`);
    expect(countLines(back)).toEqual(countLines(c));
    expect([back.chars, back.texts]).toEqual([c.chars, 1]);
  });

  it('merges counts by summing them (the repo texts plus the stored page counts)', () => {
    const a = parseCountLines('# chars 10 texts 1\n指出 3 <会议2 >要求');
    const b = parseCountLines('# chars 20 texts 2\n指出 1 <会议 >精神\n部署 1 <安排');
    const m = mergeCounts(a, b);
    expect(countLines(m)).toEqual(['指出 4 <会议3 >精神 >要求', '部署 1 <安排']);
    expect([m.chars, m.texts]).toEqual([30, 3]);
  });

  it('keeps the committed page counts readable, and every source on the corpus side of the partition', () => {
    const pages = parseCountLines(readFileSync(PAGE_COUNTS, 'utf8'));
    expect(pages.texts).toBeGreaterThan(0);
    expect(pages.words.size).toBeGreaterThan(100);
    const sources = readFileSync(join(ROOT, 'tools/data/page-sources.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(sources).toHaveLength(pages.texts);
    for (const line of sources) {
      const [digit, host] = line.split(' ') as [string, string];
      expect(createHash('md5').update(host).digest('hex')[0]).toBe(digit);
      expect(digit).toMatch(/^[0-7]$/);
    }
  });
});
