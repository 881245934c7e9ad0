import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Round 45's tuning on its TEST misses (bench/rounds/README.md step 7): general readings, each on
// made-up text that fails without it.
const NOW = new Date('2026-06-01T00:00:00Z');
const leadsOf = (text: string) => importText(text, { now: NOW }).draft.sections.map((s) => [s.kind, s.lead]);

describe('the meeting naming what its business turned on (KEYING 28)', () => {
  it('reads 会议围绕…展开。 as the topic of the meeting', () => {
    const text = '3月5日，柳溪县教育局召开学校建设推进会。\n会议围绕城东实验小学和河西中学两所学校的建设进度展开。两所学校负责人分别汇报了工程进度。\n会议要求，各校要倒排工期，确保秋季按时开学。';
    expect(leadsOf(text)).toContainEqual(['topic', '会议围绕']);
  });
  it('leaves 会议围绕…展开讨论 a deliberation, not this reading', () => {
    const text = '3月5日，柳溪县教育局召开学校建设推进会。\n会议围绕两所学校的建设进度展开讨论，并作出部署。';
    expect(leadsOf(text)).not.toContainEqual(['topic', '会议围绕']);
  });
});

describe('a chair title whose first post was lost to damage (KEYING 28)', () => {
  it('opens on the first legible post, not on the list mark before it', () => {
    const text = '1月5日，河岭集团召开安全生产工作会议。会议部署了今年安全生产重点?;嵋橛晒镜澄笔榧?、副董事长、总经理杜长风主持。\n会议要求，各单位要压实责任。';
    expect(importText(text, { now: NOW }).draft.meeting.chair).toEqual({ name: '杜长风', title: '副董事长、总经理' });
  });
});

describe('one attending by video from elsewhere, named among others (其中)', () => {
  it('keeps 其中 and 以视频方式在某地 out of who attended', () => {
    const text = '5月9日，省政府与邻省召开合作联席会议。双方有关部门负责人参加会议，其中邻省副省长柯明远以视频方式在江城出席会议。\n会议指出，要深化合作。';
    const attendees = importText(text, { now: NOW }).draft.meeting.attendees.map((p) => [p.name, p.title]);
    expect(attendees).toContainEqual(['柯明远', '邻省副省长']);
  });
});
