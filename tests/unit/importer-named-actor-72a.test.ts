import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A paragraph with no lead opened by a person the report already named with a post (县委书记周明远 in
 * the opening, then 周明远肯定了…) tells what that person did at the meeting: its own section
 * (bench/KEYING.md 13: a person is the subject of an act), whatever verb follows the name; issue
 * 11, import-72a. Made-up texts.
 */
const NOW = new Date('2026-03-10T00:00:00Z');
/** Each section after the opening, as its lead and first words (the 1st item of sections is the opening). */
const starts = (text: string, want: readonly string[]) =>
  importText(text, { now: NOW })
    .draft.sections.slice(1)
    .map((s, i) => `${s.lead}${s.paragraphs[0] ?? ''}`.slice(0, want[i]?.length ?? 8));

describe('a paragraph opened by a person named before with a post', () => {
  it('opens a section of its own', () => {
    const text = [
      '3月5日，青山县委书记周明远到柳溪镇调研，镇党委书记李冬主持召开座谈会。',
      '座谈会上，镇长王川汇报了全镇重点工作推进情况。',
      '周明远肯定了柳溪镇近年来在产业发展和基层治理上取得的成绩。',
      '会议要求，各村要抓紧抓实春耕生产，确保不误农时。',
    ].join('\n');
    const want = ['座谈会上', '周明远肯定了', '会议要求'];
    expect(starts(text, want)).toEqual(want);
  });

  it('opens one when the person came with a party (一行)', () => {
    const text = [
      '4月2日，市政协副主席韩书平带队到西岭区调研文旅融合工作。',
      '韩书平一行先后来到古镇街区、非遗工坊和游客中心，详细了解项目建设情况。',
      '座谈会上，韩书平指出，要把文旅资源优势转化为发展优势。',
    ].join('\n');
    const want = ['韩书平一行', '座谈会上'];
    expect(starts(text, want)).toEqual(want);
  });

  it('leaves a name the report never gave a post to, and a list of names, with the text before', () => {
    const text = ['3月5日，青山县委召开座谈会，县委副书记周明远主持会议。', '会议听取了县农业农村局关于春耕备耕的汇报。', '王小芳肯定了今年的备耕准备工作。', '周明远、李冬等参加了座谈。'].join('\n');
    const want = ['会议听取了'];
    expect(starts(text, want)).toEqual(want);
  });
});
