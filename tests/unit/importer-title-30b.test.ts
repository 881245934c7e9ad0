import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findTitleLine } from '../../shared/importer/structure/title';

/** A body's name over the headline is the site's masthead, not the headline. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const opening = '3月13日，石泉镇召开第四届人民代表大会第十次会议，38名镇人大代表出席。会议审议通过了《选举办法》，选举产生了新一届镇人大主席团成员，并就全镇经济社会发展工作进行了深入讨论。';

describe('a body named above the headline', () => {
  it.each(['南城市云峰区人民代表大会常务委员会', '南城市云峰区工商业联合会', '南城市建筑商会'])('takes the headline under %s', (masthead) => {
    const r = importText([masthead, '石泉镇召开四届人大十次会议', opening].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('石泉镇召开四届人大十次会议');
    expect(r.draft.sections.flatMap((s) => s.paragraphs).join('\n')).not.toContain(masthead);
  });

  it('still takes a first line that names a meeting ending in 会', () => {
    expect(findTitleLine(['全县安全生产推进会', '石泉镇召开四届人大十次会议', opening])).toBe(0);
  });
});

describe('an abbreviation note inside the meeting’s name', () => {
  it('is left out of the meeting name', () => {
    const r = importText(
      ['2023年12月8日，南江省医院协会城市医院工作委员会（以下简称“城工委”）第五届五次常务理事会在南江酒店召开。城工委主任委员李明主持会议。', '会议审议通过了年度工作报告。'].join('\n'),
      {
        now: NOW,
      },
    );
    expect(r.draft.meeting.name).toBe('南江省医院协会城市医院工作委员会第五届五次常务理事会');
  });
});
