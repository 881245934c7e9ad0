import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 27 (import-40a): inside the meeting's own judgement (会议指出 / 会议认为), what the studied
 * assembly, the central leadership or its leaders did is the judgement's matter, not a new item of
 * the meeting. Made-up texts.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);

describe('the studied matter inside the meeting judgement', () => {
  it('keeps what the studied congress did in the judgement section', () => {
    const text = [
      '3月2日，县委常委会召开会议，传达学习市第三次党代会精神。县委书记王明主持会议。',
      '会议指出，市第三次代表大会是在关键时期召开的一次重要会议。大会听取和审查了市委的工作报告，选举产生了新一届市委。',
      '会议强调，各级各部门要认真学习贯彻大会精神。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['directive', '会议指出'],
      ['requirement', '会议强调'],
    ]);
  });

  it('keeps the central leadership asking inside the judgement, in both scripts', () => {
    const simplified = ['5月6日，县政府召开常务会议。县长李华主持会议。', '会议认为，党中央的部署为我们指明了方向。总书记对我省工作提出的目标要求，是做好各项工作的根本遵循。'].join('\n');
    expect(leads(simplified)).toEqual([
      ['text', ''],
      ['directive', '会议认为'],
    ]);
    const traditional = ['5月6日，縣政府召開常務會議。縣長李華主持會議。', '會議指出，黨中央的賀信高度評價了我縣的發展成就。中央有關領導同志的講話，對各項事業發展提出明確要求。'].join('\n');
    expect(leads(traditional)).toEqual([
      ['text', ''],
      ['directive', '會議指出'],
    ]);
  });

  it('still opens the meeting’s own next item and a present leader’s speech', () => {
    const text = ['5月6日，县政府召开常务会议。县长李华主持会议。', '会议指出，全会科学分析了当前形势。会议强调，要抓好落实。县长李华要求，各部门要加强协作。'].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['directive', '会议指出'],
      ['requirement', '会议强调'],
      ['requirement', '县长李华要求'],
    ]);
  });

  it('leaves a paragraph that is not the meeting’s judgement alone', () => {
    const text = ['5月6日，县政府召开常务会议。县长李华主持会议。', '会议强调，要抓好落实。大会听取了各代表团的审议意见。'].join('\n');
    expect(leads(text).length).toBeGreaterThan(2);
  });
});
