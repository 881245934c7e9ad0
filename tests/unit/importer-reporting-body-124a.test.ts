import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { titledActor } from '../../shared/importer/structure/titled-actor';

/**
 * A body or the people of units reporting in a sentence of their own inside a paragraph, where the
 * segmenter tags the report verb as a noun (报告/n, 通报/n, 汇报/nz) and the subject holds a count, a
 * 的 or a 和: the verb is found by the word and what stands before it read by the tags as one noun
 * phrase closing on a unit or its people (bench/KEYING.md 13, 15). Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月20日，枫桥县召开大气污染防治调度会，副县长罗晓岚出席并讲话。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);
const nobody = () => false;

describe('a body reporting in a sentence of its own (import-124a)', () => {
  it('reads the body before a report verb the segmenter tags as a noun', () => {
    expect(titledActor('县交通和运输委员会报告了货车治理情况。', nobody)).toEqual({ subject: '县交通和运输委员会', kind: 'text' });
    expect(titledActor('7个乡镇汇报了秸秆禁烧进展。', nobody)).toEqual({ subject: '7个乡镇', kind: 'text' });
    expect(titledActor('三所医院的后勤负责人分别汇报了整改进度。', nobody)?.subject).toBe('三所医院的后勤负责人');
    expect(titledActor('各片区代表反馈了巡查结果，提出了几条建议。', nobody)).toEqual({ subject: '各片区代表', kind: 'directive' });
  });

  it('reads no report that is the subject, nor a sentence opened by a verb or a pronoun', () => {
    expect(titledActor('工作报告指出，要加强。', nobody)).toBeNull();
    expect(titledActor('听取各乡镇汇报了进展。', nobody)).toBeNull();
    expect(titledActor('他们汇报了进展。', nobody)).toBeNull();
    expect(titledActor('全县汇报会的材料已经印发。', nobody)).toBeNull();
  });

  it('opens a section at each reporting body inside a paragraph', () => {
    expect(leadsOf('县生态环境局传达了省里的会议精神。县交通和运输委员会报告了货车治理情况。7个乡镇汇报了秸秆禁烧进展。')).toEqual([
      ['directive', '县生态环境局传达了'],
      ['text', '县交通和运输委员会'],
      ['text', '7个乡镇'],
    ]);
  });

  it('keeps units reporting in turn after the meeting’s own lead in that item (the rundown, KEYING 2)', () => {
    expect(leadsOf('会议传达学习了省里的会议精神。7个乡镇分别汇报了秸秆禁烧进展。')).toEqual([['directive', '会议传达学习了']]);
    expect(leadsOf('县生态环境局传达了省里的会议精神。7个乡镇分别汇报了秸秆禁烧进展。')).toEqual([
      ['directive', '县生态环境局传达了'],
      ['text', '7个乡镇'],
    ]);
  });
});
