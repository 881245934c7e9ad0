import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isCreditedCaption } from '../../shared/importer/cleanup/photo-caption';

/** A picture's caption known by the photographer it closes on. Every text here is made up. */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a caption closing on its photographer', () => {
  it('takes a scene with its credit after a gap, a slash or in brackets', () => {
    expect(isCreditedCaption('青林县第五届人民代表大会第三次会议开幕式现场。 记者 林小雨 摄')).toBe(true);
    expect(isCreditedCaption('3月5日上午，代表們步入會場。記者 陳一凡、王曉林/攝')).toBe(true);
    expect(isCreditedCaption('会议现场（周海平 摄影）')).toBe(true);
    expect(isCreditedCaption('（会议由县长林一宁主持，研究了八项工作。以上图片均由 周海平 提供）')).toBe(true);
  });
  it('leaves prose that speaks of photographs, and a long paragraph', () => {
    expect(isCreditedCaption('会议要求做好摄影展的筹备工作。')).toBe(false);
    expect(isCreditedCaption('与会人员参观了青林县书画摄影')).toBe(false);
    const long = '会议听取了县政府工作报告。会议审议了财政预算。会议通过了决议。会议选举了新的领导。会后合影留念。 记者 林小雨 摄';
    expect(isCreditedCaption(long)).toBe(false);
  });
  it('drops the caption from the imported report and keeps the opening', () => {
    const text = [
      '青林县召开县长办公会议',
      '3月2日，青林县召开县长办公会议，县长林一宁主持会议，研究部署春季农业生产等工作。',
      '会议现场（周海平 摄影）',
      '会议强调，要抓紧抓实春耕备耕各项工作，确保粮食生产稳定。',
    ].join('\n\n');
    const r = importText(text, NOW);
    expect(r.text).not.toContain('会议现场');
    expect(r.draft.meeting.chair.name).toBe('林一宁');
  });
});
