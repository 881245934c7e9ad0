import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 28 tuning: a minutes record numbers its items on lines of their own (（一）, （二）) and
 * adopts with two verbs of deliberation (讨论研究并原则同意). Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

const MINUTES = [
  '县政府第十二次常务会议纪要',
  '2026年11月20日，县长王立新主持召开县政府第十二次常务会议。',
  '（一）',
  '传达学习《南川省河道管理条例》。',
  '会议要求，一要宣传到位。二要执行到位。',
  '（二）',
  '讨论研究并原则同意《县城老旧小区改造实施方案（讨论稿）》。',
  '（三）',
  '讨论研究并原则同意《县乡村道路养护办法（讨论稿）》。',
].join('\n');

describe('numbered items of a minutes record', () => {
  const sections = importText(MINUTES, NOW).draft.sections;

  it('gives a number alone on its line no section of its own', () => {
    expect(sections.map((s) => s.kind)).toEqual(['text', 'directive', 'action-list', 'decision', 'decision']);
  });

  it('reads two verbs of deliberation before 原则同意 as a decision', () => {
    expect(sections.filter((s) => s.kind === 'decision').map((s) => s.lead)).toEqual(['讨论研究并原则同意', '讨论研究并原则同意']);
  });
});
