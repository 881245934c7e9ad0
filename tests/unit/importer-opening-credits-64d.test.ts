import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** Datelines, credits and debris around a report's paragraphs, by their make-up. Every text here is made up. */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const HEADLINE = '青林县召开县长办公会议';
const REST = '会议强调，要抓紧抓实春耕备耕各项工作，确保粮食生产稳定，切实做好安全生产工作。';

function body(...paragraphs: string[]): string {
  const r = importText([HEADLINE, ...paragraphs, REST].join('\n\n'), NOW);
  return r.draft.sections.flatMap((s) => s.paragraphs).join('\n');
}

describe('datelines of more make-ups opening the report', () => {
  it('takes a lenticular dateline holding its day, with the byline bracket after it', () => {
    const text = body('【青林報3月2日訊】（青林報記者林小雨青林報導）青林縣長林一寧2日主持召開縣長辦公會議，研究春耕工作。');
    expect(text).not.toContain('訊');
    expect(text).not.toContain('報導');
    expect(text).toContain('青林縣長林一寧2日主持');
  });
  it('takes a newsroom’s dateline closed by a slash', () => {
    const text = body('融媒中心讯/3月2日上午，青林县召开县长办公会议，县长林一宁主持会议。');
    expect(text).not.toContain('融媒中心讯');
    expect(text).toContain('3月2日上午，青林县召开');
  });
  it('takes a day and 訊 alone when the outlet stands in the byline bracket', () => {
    const text = body('3月2日訊 （青林臺 林小雨）據青林臺報道，青林縣今天召開縣長辦公會議。');
    expect(text).not.toContain('訊');
    expect(text).toContain('據青林臺報道');
  });
  it('takes a site’s name set off by a gap before the day', () => {
    const text = body('青林资讯网 2日上午，青林县召开县长办公会议，县长林一宁主持会议。');
    expect(text).not.toContain('资讯网');
    expect(text).toContain('2日上午，青林县召开');
  });
  it('takes a writer’s name alone in brackets before the first date, not a bracket before prose', () => {
    expect(body('（林小雨） 3月2日，青林县召开县长办公会议，县长林一宁主持会议。')).not.toContain('林小雨');
    expect(body('（县长办公会议） 青林县召开县长办公会议，县长林一宁主持会议。')).toContain('（县长办公会议）');
  });
  it('looks past a caption wholly in brackets for the dateline, and drops the caption', () => {
    const r = importText(
      [HEADLINE, '（3月2日，青林县第十五届人民政府第8次常务会议召开。）', '青林在线3月2日讯（青林全媒体记者 林小雨）3月2日，县长林一宁主持召开县政府第8次常务会议，研究春耕等工作。', REST].join(
        '\n\n',
      ),
      NOW,
    );
    const text = r.draft.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(text).not.toContain('青林在线');
    expect(r.text).not.toContain('（3月2日');
    expect(r.draft.meeting.chair.name).toBe('林一宁');
  });
  it('keeps a bracket without a full stop under the headline', () => {
    const r = importText([HEADLINE, '（根据录音整理，未经本人审阅）', '3月2日，县长林一宁主持召开县长办公会议，研究春耕等工作。', REST].join('\n\n'), NOW);
    expect(r.text).toContain('（根据录音整理，未经本人审阅）');
  });
});

describe('debris inside paragraphs', () => {
  it('takes a run of stars where a name was blanked, and an empty lenticular bracket', () => {
    const r = importText([HEADLINE, '******3月2日，青林县召开县长办公会议，县长林一宁主持会议。', '【 】会议研究了春耕备耕工作。', REST].join('\n\n'), NOW);
    expect(r.text).not.toContain('*');
    expect(r.text).not.toContain('【');
    expect(r.text).toContain('会议研究了春耕备耕工作。');
  });
  it('takes a unit’s credit for text and picture opening the paragraph', () => {
    // Before a purpose clause, not a date: no dateline reading takes it.
    const text = body('【县府办 文/摄】为做好春耕工作，3月2日，青林县召开县长办公会议，县长林一宁主持会议。');
    expect(text).not.toContain('县府办');
    expect(text).toContain('为做好春耕工作');
  });
  it('takes a boxed writer’s name closing the article', () => {
    const r = importText([HEADLINE, '3月2日，县长林一宁主持召开县长办公会议，研究春耕等工作。', '会议要求各乡镇抓好落实。□林小雨'].join('\n\n'), NOW);
    expect(r.draft.sections.flatMap((s) => s.paragraphs).join('\n')).not.toContain('林小雨');
  });
});
