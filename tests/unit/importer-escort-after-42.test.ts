import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 42 (main, after the blind first run): 甲一行在乙、丙的陪同下到…调研 — with a group word the
 * escort clause stands after the group and before the arrival, and those who accompany attend
 * (KEYING 11's 陪同). Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => p.name);
};

describe('companions after the visiting group word', () => {
  it('甲一行在乙、丙的陪同下 reads 乙 and 丙', () => {
    const got = people('3月2日下午，省农业厅副厅长王明一行在市农业局局长李建国、副局长张海的陪同下，到我县进行调研。县委副书记刘成参加了座谈会。');
    expect(got).toEqual(expect.arrayContaining(['王明', '李建国', '张海', '刘成']));
  });

  it('names before their titles (甲副厅长等一行在乙局长、丙副局长的陪同下) are read too', () => {
    const got = people('5月8日，省交通厅周海副厅长等一行在市交通局孙立局长、吴伟副局长的陪同下，到我区督导调研。区长郑平参加座谈。');
    expect(got).toEqual(expect.arrayContaining(['周海', '孙立', '吴伟']));
  });
});

describe('a council secretary before the name and a post after it', () => {
  it('委员会秘书甲处长 chairs as two posts joined with 、', () => {
    const chair = importText('3月2日，研究所召开学术委员会会议。会议由学术委员会秘书郑汉林处长主持。\n郑汉林指出，要做好评审工作。', { now: NOW }).draft.meeting.chair;
    expect(chair).toEqual({ name: '郑汉林', title: '学术委员会秘书、处长' });
  });
});
