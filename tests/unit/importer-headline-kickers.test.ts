import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { headlineText, withoutColonKicker } from '../../shared/importer/structure/title';

/**
 * A headline's words without a repost's marker or a kicker of parallel slogans, whether the headline
 * is the only heading or the fullest of several. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');

describe('headline kickers and repost markers', () => {
  it('drops 转发 before a headline that reports a meeting', () => {
    expect(headlineText('转发青岭县召开2026年第一次项目建设调度会')).toBe('青岭县召开2026年第一次项目建设调度会');
  });

  it('keeps 转发 when the headline is about passing a document on', () => {
    expect(headlineText('县政府转发省政府关于加强防汛工作的通知')).toBe('县政府转发省政府关于加强防汛工作的通知');
  });

  it('keeps parallel slogans before a dash on a one-line headline (KEYING 15: keyed whole)', () => {
    expect(headlineText('共商发展良策 共谋美好未来——青岭县第八次联席会议隆重召开')).toBe('共商发展良策 共谋美好未来——青岭县第八次联席会议隆重召开');
    const r = importText(
      '【单位新闻】守正创新 砥砺前行——我院召开2026年第一季度运营分析会\n\n3月5日下午，我院召开2026年第一季度运营分析会，会议由副院长周海明主持。\n会议强调，要围绕年度目标落实责任，加强成本管控，提升运营质量，确保各项指标稳步向好。',
      {
        now: NOW,
      },
    );
    expect(r.draft.title).toBe('守正创新 砥砺前行——我院召开2026年第一季度运营分析会');
  });

  it('keeps a main line and its subtitle when the part before the dash is no slogan list', () => {
    expect(headlineText('凝心聚力谋发展——青岭县召开全体会议')).toBe('凝心聚力谋发展——青岭县召开全体会议');
  });

  it('takes the fullest heading without its kicker when the page prints it twice', () => {
    const r = importText('青岭县第八次联席会议隆重召开\n\n共商发展良策 共谋美好未来——青岭县第八次联席会议隆重召开\n3月5日，青岭县第八次联席会议召开，县长周海明主持会议。\n会议强调，要落实责任。', {
      now: NOW,
    });
    expect(r.draft.title).toBe('青岭县第八次联席会议隆重召开');
  });
});

describe('a genre tag before the headline (round 35)', () => {
  it('drops 特写丨 / 专访｜ and a column name before a bar, keeps a body before it', () => {
    expect(headlineText('特寫丨小小議事會 架起“連心橋”')).toBe('小小議事會 架起“連心橋”');
    expect(headlineText('专访｜青岭县委书记谈乡村振兴')).toBe('青岭县委书记谈乡村振兴');
    // KEYING 22 (round 39): a column's own name before a bar is a column tag too; keys before round
    // 39 kept it and were re-keyed. A body's name before the bar convenes and stays.
    expect(headlineText('聚焦两会 | 青岭县代表团分组审议')).toBe('青岭县代表团分组审议');
    expect(headlineText('青岭县人民政府|2025年全县工作会议召开')).toBe('青岭县人民政府|2025年全县工作会议召开');
  });
});

describe('a kicker before a colon on a one-line headline (KEYING 20, 21, 23, 24)', () => {
  it('drops a body, a place, a person or an outlet before the colon', () => {
    expect(withoutColonKicker('青岭县东湖区：全面部署汛期安全工作')).toBe('全面部署汛期安全工作');
    expect(withoutColonKicker('周海明：坚定信心 推动高质量发展')).toBe('坚定信心 推动高质量发展');
    expect(withoutColonKicker('南山晚报:南山学院召开第五次党代会')).toBe('南山学院召开第五次党代会');
  });

  it('keeps a form label, a longer phrase and a colon inside the headline', () => {
    expect(withoutColonKicker('地址：青岭县东湖路12号 南湖路8号')).toBe('地址：青岭县东湖路12号 南湖路8号');
    expect(withoutColonKicker('会议名称：青岭县第八次联席会议')).toBe('会议名称：青岭县第八次联席会议');
    expect(withoutColonKicker('赢得青岭一中应有的地位:校长和全体教师见面')).toBe('赢得青岭一中应有的地位:校长和全体教师见面');
    expect(withoutColonKicker('主管週報 縣長:以負責任態度面對工作')).toBe('主管週報 縣長:以負責任態度面對工作');
  });

  it('leaves the body the kicker names to convene the meeting', () => {
    const r = importText(
      '东湖镇：召开汛期安全工作推进会\n\n3月5日上午，召开汛期安全工作推进会，镇长周海明主持会议。\n会议强调，要压实防汛责任，做好隐患排查，确保群众生命财产安全，各村要落实值班值守制度。',
      {
        now: NOW,
      },
    );
    expect(r.draft.title).toBe('召开汛期安全工作推进会');
    expect(r.draft.meeting.name).toBe('东湖镇汛期安全工作推进会');
  });
});
