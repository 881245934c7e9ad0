import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { joinLead } from '../../shared/layout/lead';

/**
 * A paragraph with no lead at its start whose sentence announces numbered points (X安排部署…工作：一是…
 * / 为确保…，X要求各单位：一是… / …，并提出三点要求：一是…): an action list. Its lead is printed in
 * front of its text (layout/lead.ts joinLead), so the lead is the sentence's opening words, never the
 * announcing verb alone (部署 + X安排部署… printed the verb twice and hid the section's start from its
 * key). Issue 11, import-68a. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const listOf = (body: string) => {
  const sections = importText(['3月2日，青禾县召开安全生产工作会议，各乡镇负责人参加会议。', body].join('\n'), { now: NOW }).draft.sections;
  return sections.find((s) => s.kind === 'action-list');
};
const printed = (s: { lead: string; paragraphs: readonly string[] } | undefined) => (s ? joinLead(s.lead, s.paragraphs[0] ?? '') : '');

describe('an action list announced with no lead at its start', () => {
  it('keeps a sentence whose verb is followed by its object as the text, with no lead', () => {
    const list = listOf('县应急局局长方立新安排部署近期安全生产工作：一是加强值班值守；二是开展隐患排查；三是做好物资储备。');
    expect(list?.lead).toBe('');
    expect(list?.items).toHaveLength(3);
    expect(printed(list)).toBe('县应急局局长方立新安排部署近期安全生产工作：');
  });

  it('runs the lead to a verb of emphasis that closes the sentence', () => {
    const list = listOf('县应急局党组成员、副局长孙立同志就防汛工作进行了重点强调：一是压实责任；二是加强巡查。');
    expect(list?.lead).toBe('县应急局党组成员、副局长孙立同志就防汛工作进行了重点强调');
    expect(printed(list)).toBe('县应急局党组成员、副局长孙立同志就防汛工作进行了重点强调');
  });

  it('runs the lead to the verb that closes the announcing sentence', () => {
    const list = listOf('最后，县委副书记林向东作总结，并提出三点要求：一是提高认识；二是压实责任；三是狠抓落实。');
    expect(list?.lead).toBe('最后，县委副书记林向东作总结，并提出三点要求');
    expect(list?.items).toHaveLength(3);
    expect(printed(list)).toBe('最后，县委副书记林向东作总结，并提出三点要求');
  });
});
