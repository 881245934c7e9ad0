import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureLine } from '../../shared/importer/cleanup/furniture';

/**
 * Photo captions the blind first runs kept above the opening: two photographers with the role after
 * a slash, a picture marked as from the archive; and the dateline below such a caption, which reads
 * as prose. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('photo captions', () => {
  it('knows a caption by its photographers with the role after a slash, or by an archive mark', () => {
    expect(isFurnitureLine('10月27日下午，大會舉行預備會議。圖為代表步入會場。記者 林一宁、張博遠/攝', false)).toBe(true);
    expect(isFurnitureLine('選舉會議召開首次會議，全場共有1101人出席。(資料圖)', false)).toBe(true);
    expect(isFurnitureLine('县政府召开常务会议。（资料图片）', false)).toBe(true);
  });

  it('keeps prose that speaks of archives or pictures', () => {
    expect(isFurnitureLine('会议审议通过了资料图册编印方案。', false)).toBe(false);
    expect(isFurnitureLine('会议要求，各单位要整理好资料图(表)并按时报送。', false)).toBe(false);
  });

  it('drops a caption standing above the opening, so the opening is read', () => {
    const text = ['選舉會議召開首次會議，全場共有1101人出席。(資料圖)', '南川特別行政區選舉會議第一次全體會議今日(21日)在會展舉行。秘書長王強主持會議。', '會議通過了選舉辦法。'].join('\n\n');
    const r = importText(text, NOW);
    expect(r.text).not.toContain('資料圖');
    expect(r.draft.meeting.chair.name).toBe('王強');
    expect(r.recognized.dateText.replace('（', '(').replace('）', ')')).toBe('今日(21日)');
  });
  it('finds the dateline below a photo caption that reads as prose', () => {
    const text = [
      '青禾新聞',
      '當前位置：首頁 - 青禾新聞',
      '10月27日下午，大會舉行預備會議。圖為代表步入會場。記者 林一宁、張博遠/攝',
      '青禾在線、青禾新聞客戶端訊 10月27日下午，中國共產黨南川省第十一次代表大會預備會議在南川大劇院舉行。王強主持會議。',
      '會議通過了大會議程。',
    ].join('\n\n');
    const r = importText(text, NOW);
    expect(r.text).not.toContain('客戶端訊');
    expect(r.draft.meeting.chair.name).toBe('王強');
  });

  it('looks past the first line of prose only when it is a caption', () => {
    const text = [
      '县政协召开常委会议',
      '10月27日下午，县政协召开十二届常委会第五次会议。县政协主席王强主持会议。',
      '县日报社记者 林一宁 作为委员代表在会上作交流发言，介绍了界别活动情况。',
      '会议审议通过了有关人事事项。',
    ].join('\n\n');
    expect(importText(text, NOW).text).toContain('县日报社记者 林一宁 作为委员代表');
  });
});
