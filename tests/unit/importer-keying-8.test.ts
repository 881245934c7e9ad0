import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * bench/KEYING.md section 8 (round 13) as the importer follows it: a leader's reply after hearing
 * reports, and a chair clause that carries the agenda. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const leads = (lines: string[]) => imp(lines).draft.sections.map((s) => [s.kind, s.lead || (s.paragraphs[0] ?? '').slice(0, 6)]);

describe('a leader’s reply after hearing reports (KEYING 8)', () => {
  const opening = '5月9日，清河县召开城乡环境整治推进会，副县长吕方主持会议，各乡镇负责人参加会议。';

  it('is one section of the reply’s kind, keyed by the paragraph’s opening words', () => {
    const got = leads([opening, '县环卫所负责人汇报了垃圾清运情况。吕方副县长听取汇报后，对下阶段整治工作提出了明确要求。']);
    expect(got[got.length - 1]).toEqual(['requirement', '吕方副县长听取汇报后']);
  });

  it('takes 在 before the hearing clause out of the subject', () => {
    const got = leads([opening, '吕县长在听取各乡镇汇报后，指出整治成效还不平衡，各地要补齐短板。']);
    expect(got[got.length - 1]).toEqual(['directive', '吕县长在听取各乡镇汇报后']);
  });

  it('reads a hearing clause with no subject before the leader’s reply the same way', () => {
    const got = leads([opening, '在听取各乡镇汇报后，吕方对下一步整治工作提出了明确要求。']);
    expect(got[got.length - 1]![0]).toBe('requirement');
    expect(String(got[got.length - 1]![1])).toMatch(/^在听取各乡镇汇报后/u);
    const said = leads([opening, '各乡镇汇报了整治进展。听取汇报后，吕方副县长指出，成效还不平衡。']);
    expect(said[said.length - 1]![0]).toBe('directive');
    expect(String(said[said.length - 1]![1])).toMatch(/^听取汇报后/u);
  });

  it('does not make the attendees’ answer to what they heard a leader’s reply', () => {
    const got = leads([opening, '在听取方案起草说明后，与会人员踊跃发言，提出了修改意见。']);
    expect(got[got.length - 1]![0]).not.toBe('requirement');
  });

  it('leaves a hearing with no reply in its sentence a topic', () => {
    const got = leads([opening, '会议听取了县住建局关于农房改造进度的汇报。']);
    expect(got[got.length - 1]![0]).toBe('topic');
  });
});

describe('a chair clause that carries the agenda (KEYING 8)', () => {
  it('splits after the chair in its own paragraph: the agenda is a topic', () => {
    const got = imp([
      '6月2日上午，松溪镇召开驻村干部座谈会，镇全体驻村干部参加会议。',
      '会议由镇党委副书记章立新主持，共三项议程。一是通报上半年驻村工作；二是各驻村干部交流发言；三是部署下阶段任务。',
      '会议强调，驻村干部要沉下身子。',
    ]);
    expect(got.draft.meeting.chair.name).toBe('章立新');
    const secs = got.draft.sections;
    expect(secs.map((s) => s.kind)).toEqual(['text', 'topic', 'requirement']);
    expect(secs[0]!.paragraphs.join('')).toContain('章立新主持');
    expect(secs[1]!.paragraphs[0]).toMatch(/^共三项议程/u);
    expect(secs[1]!.items).toEqual([]);
  });

  it('splits after the chair in the opening paragraph', () => {
    const got = imp(['3月4日，桐山县政府召开第九次常务会议，会议由副县长苏明远主持，听取了县水利局关于汛前准备的汇报，审议了《桐山县河道管理办法（草案）》。', '会议要求，各单位要抓好落实。']);
    expect(got.draft.meeting.chair.name).toBe('苏明远');
    const secs = got.draft.sections;
    expect(secs.map((s) => s.kind)).toEqual(['text', 'topic', 'requirement']);
    expect(secs[1]!.paragraphs[0]).toMatch(/^听取了/u);
  });

  it('does not split when the clause after the chair says who attended or goes on with the chair', () => {
    expect(imp(['4月1日，石门乡召开党委会议，会议由乡党委书记方海主持，乡党委委员参加会议。', '会议强调，要抓好春耕。']).draft.sections.map((s) => s.kind)).toEqual(['text', 'requirement']);
    expect(imp(['4月1日，石门乡召开党委会议。', '乡党委书记方海主持会议，他传达了县委全会精神。']).draft.sections.map((s) => s.kind)).toEqual(['text', 'directive']);
  });
});

describe('reports and agenda items with the subject left out', () => {
  const opening = '7月2日上午，云岭公司召开党委会议，公司党委书记、董事长程思远主持会议，党委委员参加会议。';
  const kinds = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.sections.map((s) => s.kind);

  it('reads a bare 审议了 without an outcome as a topic, with one as a decision', () => {
    expect(kinds([opening, '审议了《云岭公司合规管理办法》和相关制度。'])).toEqual(['text', 'topic']);
    expect(kinds([opening, '审议了《云岭公司合规管理办法》，原则通过。'])).toEqual(['text', 'decision']);
  });

  // KEYING 9 (round 14) made every 通报 a report, the chair's too (it was a directive before).
  it('reads news passed on by anyone, the chair included, as a report', () => {
    expect(kinds([opening, '总经理蓝海在会上通报了上半年生产经营情况。'])).toEqual(['text', 'text']);
    expect(kinds([opening, '首先，由副书记严冬通报了巡察整改进展。'])).toEqual(['text', 'text']);
    expect(kinds([opening, '程思远通报了上级党委的有关要求。'])).toEqual(['text', 'text']);
  });
});
