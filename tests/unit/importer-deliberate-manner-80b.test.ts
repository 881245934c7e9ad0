import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 37 (import-80b): the meeting deliberating with 进行了 + words of manner before the noun
 * (会议围绕…进行了专题研讨 / 會議就…進行了深入的討論) is a topic, as 会议围绕…进行研讨 is
 * (bench/KEYING.md 14); the attendees' 进行了认真讨论 inside a paragraph still goes on with the item
 * before it. Made-up texts.
 */
const report = (body: string) => `3月2日，青石县召开县政府常务会议。县长陈明主持会议。\n${body}`;
const sections = (body: string) => importText(report(body), { now: new Date('2026-12-05') }).draft.sections;

describe('the meeting deliberating with words of manner', () => {
  it('reads 会议围绕…进行了专题研讨 as a topic', () => {
    const s = sections('会议围绕学习贯彻上级关于生态保护的重要讲话精神进行了专题研讨。\n会议要求，各部门要抓好落实。');
    expect(s.find((x) => x.lead.startsWith('会议围绕'))?.kind).toBe('topic');
  });

  it('reads 會議就…進行了深入的討論 as a topic (Traditional)', () => {
    const s = sections('會議就全縣農村供水保障問題進行了深入的討論。\n會議要求，各部門要抓好落實。');
    expect(s.find((x) => x.lead.startsWith('會議就'))?.kind).toBe('topic');
  });

  it('keeps 进行了研究部署 laying out work, not a topic', () => {
    const s = sections('会议围绕防汛工作进行了全面研究部署。\n会议要求，各部门要抓好落实。');
    expect(s.find((x) => x.lead.startsWith('会议围绕'))?.kind).not.toBe('topic');
  });

  it('reads the attendees’ discussion inside a paragraph as their own topic (KEYING 17, round 43)', () => {
    const s = sections('会议听取了县财政局关于预算执行情况的汇报，审议通过了预算调整方案。与会人员就报告中的问题进行了认真讨论。\n会议要求，各部门要抓好落实。');
    expect(s.find((x) => x.lead.startsWith('与会人员'))?.kind).toBe('topic');
  });
});
