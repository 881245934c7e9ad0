import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { titledActor } from '../../shared/importer/structure/titled-actor';

/**
 * The meeting itself, or a body, as the subject of a sentence inside a paragraph opens the next item
 * of business (bench/KEYING.md 2: after a full stop the meeting named again is its next item; 15 and
 * 19: a unit's own act in a sentence of its own), whatever adverb or prepositional phrase stands
 * before its verb: the predicate is read by the segmenter's tags (titled-actor.ts), not a verb list.
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月12日，青石县召开春耕生产调度会，副县长罗晓岚主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);
const nobody = () => false;

describe('the meeting or a body acting where a sentence begins (import-116a)', () => {
  it('reads the meeting with an adverb or a preposition of the matter before its verb', () => {
    expect(titledActor('会议迅速传达了全市春耕生产会议精神。', nobody)).toEqual({ subject: '会议迅速传达了', kind: 'directive', sitting: true });
    expect(titledActor('会上亦修订了多项议事规则。', nobody)?.subject).toBe('会上亦修订了');
    expect(titledActor('会议向与会人员传达了上级通知精神。', nobody)?.subject).toBe('会议向与会人员传达了');
  });

  it('reads no account of how the meeting was held, nothing to come, no context clause', () => {
    expect(titledActor('会议由副县长罗晓岚主持。', nobody)).toBeNull();
    expect(titledActor('会议以视频形式召开。', nobody)).toBeNull();
    expect(titledActor('会议将审议有关事项。', nobody)).toBeNull();
    expect(titledActor('会议开始后，大家观看了专题片。', nobody)).toBeNull();
  });

  it('reads a body doing one of the meeting acts, not any sentence a body is the subject of', () => {
    expect(titledActor('县水利局党组表示，将全力保障灌溉用水。', nobody)).toEqual({ subject: '县水利局党组', kind: 'directive' });
    expect(titledActor('县农业农村局报告了春播进度。', nobody)?.subject).toBe('县农业农村局');
    expect(titledActor('县农业农村局要抓紧调运种子。', nobody)).toBeNull();
    expect(titledActor('县农业农村局位于城东。', nobody)).toBeNull();
  });

  it('opens a section inside a paragraph, but not inside the meeting judgement of what it studied', () => {
    expect(leadsOf('会上，县农业农村局负责人介绍了春播情况。会上亦修订了春耕补贴办法。会议向与会人员传达了上级通知精神。')).toEqual([
      ['text', '会上'],
      ['text', '会上亦修订了'],
      ['directive', '会议向与会人员传达了'],
    ]);
    expect(leadsOf('会议指出，全市春耕会议意义重大。会议紧扣粮食安全，对全年工作作出部署。')).toEqual([['directive', '会议指出']]);
  });

  it('gives the meeting read as a plain act the class of its verb past the adverb, in the opening too', () => {
    const opening = (text: string) =>
      importText(text, { now: NOW })
        .draft.sections.filter((s) => s.lead)
        .map((s) => [s.kind, s.lead]);
    expect(opening('2025年11月3日，全市农业农村局长会议在青石召开。会议深入学习贯彻全省农村工作会议精神，传达贯彻了副市长罗晓岚的批示。副市长罗晓岚出席会议。\n会议强调，各地要抓好春播。')).toEqual([
      ['directive', '会议深入学习'],
      ['requirement', '会议强调'],
    ]);
    expect(opening('1月9日，副县长罗晓岚主持召开县政府常务会议。会议研究审议了《春耕生产工作方案》、县农业农村局关于种子调运的汇报。')).toEqual([['topic', '会议研究']]);
  });
});
