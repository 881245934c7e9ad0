import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findGlyphPairs } from '../../shared/importer/cleanup/glyph-pairs';

/**
 * A content farm's injected glyph pairs: two random Han characters glued before a punctuation mark,
 * through the whole page. Every text here is made up: 青岭县 and the pairs 裤鹅, 秤跤 … stand for any
 * page and any pairs.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const JAM = ['裤鹅', '秤跤', '铲蝉', '萤陡', '脖谜', '蚌炕', '撬蛤', '筐秧', '扳蜓', '锹膛', '槐酪', '蜡钳'];
const CLEAN = [
  '青岭县委昨日下午召开常委会议，',
  '决定县委全体会议于今日召开，',
  '会期一天。',
  '会议听取了县委办公室的汇报，',
  '研究了推进乡村振兴的措施，',
  '审议通过了年度工作计划。',
  '会议指出，',
  '当前全县经济运行总体平稳，',
  '重点项目建设进展顺利，',
  '民生保障持续加强。',
  '会议强调，',
  '要坚持问题导向，',
  '扎实推进各项工作任务。',
];
/** The clean clauses with a pair glued before each mark but the first. */
function jammed(n: number): string {
  return CLEAN.map((c, i) => (i > 0 && i <= n ? c.slice(0, -1) + JAM[i - 1]! + c.slice(-1) : c)).join('');
}

describe('injected glyph pairs', () => {
  it('finds pairs glued before the marks of a jammed page', () => {
    const text = jammed(12);
    const found = findGlyphPairs(text).map((p) => text.slice(p.start, p.end));
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const p of found) expect(JAM).toContain(p);
  });

  it('leaves a page alone when only a few clause ends carry a pair', () => {
    expect(findGlyphPairs(jammed(4))).toEqual([]);
  });

  it('reads a pair as random only where its characters stand nowhere else on the page', () => {
    // The same pairs, each character also used elsewhere: words the page writes, not injected ones.
    const again = `附录：${JAM.join('')}。`;
    expect(findGlyphPairs(jammed(12) + again)).toEqual([]);
  });

  it('leaves real clause ends alone: names the dictionary lacks, coined phrases', () => {
    const names = '出席会议的有：王亚林、李秀凤、张宏图、赵立群、钱慧珊、孙介成、周卉文、吴意如。';
    const slogans = '要抓实、做细、落细、提效，做到发力、施策、向好、质效。';
    expect(findGlyphPairs(CLEAN.join('') + names + slogans)).toEqual([]);
  });

  it('the importer drops the pairs and keeps the sentences', () => {
    const r = importText(`青岭县委召开常委会议\n${jammed(12)}`, { now: NOW });
    const body = r.draft.sections.flatMap((s) => s.paragraphs).join('\n');
    for (const p of JAM) expect(body).not.toContain(p);
    expect(body).toContain('扎实推进各项工作任务');
  });
});
