import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The meeting named with a demonstrative (这次主任会议, 本次会议) doing its business with 了 (round 23).
 * Every text here is made up.
 */
const open = '3月5日，县人大常委会召开主任会议，决定县十八届人大常委会第九次会议于3月12日召开。\n';
const sections = (p: string) => importText(open + p).draft.sections.map((x) => [x.kind, x.lead]);

describe('a demonstrative meeting as the subject', () => {
  it('leads with a study or hearing verb taking 了', () => {
    expect(sections('这次主任会议学习了省委全会精神，研究了年度工作要点。')).toContainEqual(['directive', '这次主任会议学习了']);
    expect(sections('本次会议学习了省委全会精神。')).toContainEqual(['directive', '本次会议学习了']);
    expect(sections('此次會議學習了省委全會精神。')).toContainEqual(['directive', '此次會議學習了']);
  });

  it('is no lead where the sentence only says what the meeting is', () => {
    expect(sections('本次会议为期两天，共有三项议程。').filter(([, lead]) => lead)).toEqual([]);
    expect(sections('这次会议的主要任务是学习省委全会精神。').filter(([, lead]) => lead)).toEqual([]);
  });
});
