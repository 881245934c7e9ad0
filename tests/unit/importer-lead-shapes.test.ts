import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Lead shapes from district people's-congress and government reports (issue 11, import-11f):
 * softly worded requirements, a bare verb after a comma giving the kind, 研究…时指出, a bare 听取
 * opening a sentence, the occasion before the speaker, a speaker's report at 会上, and the meeting
 * restated after a full stop. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const leads = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead]);

describe('lead shapes', () => {
  it('takes 会议建议 and 会议希望 as the meeting’s requirements', () => {
    const text = ['4月3日，区人大常委会主任周岚主持召开第九次主任会议。', '会议听取了区政府关于公园建设的报告。会议建议，区政府要完善绿化规划。会议希望各街道加强养护。'].join('\n');
    expect(leads(text)).toEqual([
      ['topic', '会议听取了区政府关于公园建设的报告'],
      ['requirement', '会议建议'],
      ['requirement', '会议希望'],
    ]);
  });

  it('gives a weak lead the kind of a bare verb after its comma, in one section', () => {
    const text = [
      '4月3日，市长吴江主持召开市政府常务会议。',
      '会议研究了《城区停车管理办法》，指出，停车难是群众关切的难点。',
      '会议研究了《全民健身实施计划》，要求，各区要加快建设健身设施。',
      '会议研究了执法检查报告的审议意见书，决定将审议意见交区政府研究处理。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['directive', '会议研究了'],
      ['requirement', '会议研究了'],
      ['decision', '会议研究了'],
    ]);
  });

  it('reads 会议研究…时指出 by the verb after 时', () => {
    const text = ['4月3日，市长吴江主持召开市政府常务会议。', '会议研究《关于加强政务服务的意见》时指出，要让群众少跑路。'].join('\n');
    expect(leads(text)).toEqual([['directive', '会议研究']]);
  });

  it('opens a section at a bare 听取 after a full stop and at 会上 + a name + 强调', () => {
    const text = [
      '3月3日，县政府召开第二次常务会议。',
      '会议由县长秦立主持。副县长王海、蔡文参加会议，县直部门负责人列席会议。',
      '这次会议研究了5项议题。首先听取了县农业局的工作汇报。会议还听取了县财政局的情况汇报。',
      '会上秦立强调，要牢固树立抓项目就是抓发展的理念。',
    ].join('\n');
    const r = importText(text, { now: NOW }).draft;
    expect(r.sections.map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      // 会议由县长秦立主持。… on its own line (KEYING 19, 21: a chair line on its own after the convening paragraph is an `other` section; keys before round 37 left it in the opening).
      ['text', ''],
      // The agenda announced with its count is a topic (bench/KEYING.md 12; round 20).
      ['topic', '这次会议研究了'],
      ['topic', '首先听取了县农业局的工作汇报'],
      ['topic', '会议还听取了县财政局的情况汇报'],
      ['requirement', '会上秦立强调'],
    ]);
    expect(r.sections[0]!.paragraphs).toEqual(['3月3日，县政府召开第二次常务会议。']);
    expect(r.meeting.observers.map((p) => p.name)).toEqual(['县直部门负责人']);
  });

  it('keeps 会上，X通报… as the 会上 account unless the speaker goes on to direct', () => {
    const text = ['2月9日下午，区政府召开全体会。', '会上，常务副区长樊明通报了区人代会情况。', '会上，镇党委书记李平传达了县两会精神，并指出，要抓好落实。'].join('\n');
    expect(leads(text)).toEqual([
      ['text', '会上'],
      ['directive', '会上'],
    ]);
  });

  it('starts a new item when the meeting is named again after a full stop, even with the same verb', () => {
    const text = [
      '9月7日，区人大常委会主任周岚主持召开主任会议。',
      '会议研究了审议意见书，决定交区政府处理。会议研究了召开人代会的有关工作，讨论了工作规则，决定提请常委会审议。会议还研究并原则同意了会议日程。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['decision', '会议研究了'],
      ['decision', '会议研究了'],
      // The deliberation and the adopting verb joined by 并 are one decision verb (研究并原则同意).
      ['decision', '会议还研究并原则同意了'],
    ]);
  });
});
