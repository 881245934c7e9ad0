import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findJammers } from '../../shared/importer/cleanup/jammer';

/**
 * A forum's anti-copy strings (random one- and two-character ASCII tokens) glued to a reposted
 * report, with the board's name and a Latin tag beside them. Every text here is made up: the board
 * 松风茶话坊 and the tag "pinecafe" stand for any board.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const body = (r: ReturnType<typeof importText>) => r.draft.sections.flatMap((s) => s.paragraphs).join('\n');

describe('jammer runs', () => {
  it('finds random token runs and leaves ordinary ASCII alone', () => {
    expect(findJammers('会议通过了方案。Z3 q# u& L0 ?5 k').runs).toHaveLength(1);
    expect(findJammers('增长 5.2 %，GDP 达到 1.2 万亿元，B2 区 A1 栋。').runs).toHaveLength(0);
    expect(findJammers('见 https://example.gov.cn/a/b?c=1&d=2 页面').runs).toHaveLength(0);
    expect(findJammers('1 2 3 4 5 6').runs).toHaveLength(0);
  });

  it('takes a Latin tag written before the run with it', () => {
    const text = '会议强调要落实责任。pinecafe now,pinecafe$ Q2 w( T; a# K9 e';
    const { runs } = findJammers(text);
    expect(text.slice(runs[0]!.start, runs[0]!.end)).toBe('pinecafe now,pinecafe$ Q2 w( T; a# K9 e');
  });
});

describe('a report reposted on a board', () => {
  const text = [
    '青岭县召开防汛工作会议，县长高远山主持会议。',
    '8 F% r# W2 ?7 b0 k松风茶话坊 汇聚时事话题，最新最快资讯与生活交流。 P4 x& c; J8 m) e',
    '会议强调，各乡镇要压实防汛责任，做好人员转移准备。pinecafe now,pinecafe$ Q2 w( T; a# K9 e',
    '5 G! d( N2 v; H7 y松风茶话坊会议要求，水利部门要加强巡查，及时排除隐患。',
    '3 m@ S0 t% E6 z/ q松风茶话坊松风茶话坊+ L' + "' d; R9 u1 n",
  ].join('\n');
  const r = importText(text, { now: NOW });

  it('drops the runs, the tag and the board name glued to a sentence; the sentences stay', () => {
    const b = body(r);
    expect(b).not.toMatch(/[A-Za-z]\S? [A-Za-z0-9]\S? /u);
    expect(b).not.toContain('pinecafe');
    expect(b).not.toContain('松风茶话坊');
    expect(b).toContain('水利部门要加强巡查，及时排除隐患。');
    expect(r.draft.sections.some((s) => s.lead.startsWith('会议要求'))).toBe(true);
  });

  it("drops the board's own lines (its blurb, its name repeated) whole", () => {
    expect(body(r)).not.toContain('汇聚时事话题');
    expect(r.removed.some((c) => c.original.includes('汇聚时事话题'))).toBe(true);
  });
});
