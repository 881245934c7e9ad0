import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The meeting laying out work in a sentence of its own, then its demand after the full stop
 * (会议就…进行部署安排。会议强调，…), is two items of the 纪要: the deployment an `other` section
 * (bench/KEYING.md 9), the demand its own section (KEYING 2 and 23). Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '4月9日，柳岸县召开县政府第八次常务会议，县长韩启明主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('a deployment sentence before the meeting’s demand (import-120a)', () => {
  it('keeps the deployment and the demand after its full stop apart', () => {
    expect(leadsOf('会议就做好春季森林防火工作进行部署安排。会议强调，各乡镇要压实责任，严防火情。')).toEqual([
      ['text', '会议就做好春季森林防火工作进行部署安排'],
      ['requirement', '会议强调'],
    ]);
    expect(leadsOf('會議對近期重點工作進行安排部署。會議要求，各部門要抓緊落實。')).toEqual([
      ['text', '會議對近期重點工作進行安排部署'],
      ['requirement', '會議要求'],
    ]);
  });
});
