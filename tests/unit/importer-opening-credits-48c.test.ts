import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { openingCreditLength } from '../../shared/importer/cleanup/byline';

/**
 * The run of outlet credits opening a report's first paragraph, in forms the blind first runs kept
 * in several batches: the paper the report was taken from (據某報), a site called 在线, a site and
 * its client joined by 、, a bare outlet before its bracketed byline. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const cut = (line: string) => line.slice(0, openingCreditLength(line));

describe('an opening run of outlet credits', () => {
  it('takes the paper a report was taken from, alone or after the site’s dateline', () => {
    expect(cut('據南川日報 7月19日下午，省政協主席王強主持召開主席會議。')).toBe('據南川日報 ');
    expect(cut('青禾網2月1日訊 據南川日報報道 1月31日，民盟省委召開全體會議。')).toBe('青禾網2月1日訊 據南川日報報道 ');
  });

  it('takes a site called 在线, outlets joined by 、, and a bare outlet before a bracketed byline', () => {
    expect(cut('青禾在线消息 5月14日下午，县政协主席王强主持召开主席会议。')).toBe('青禾在线消息 ');
    expect(cut('青禾在線、青禾新聞客戶端訊 10月27日下午，大會預備會議舉行。')).toBe('青禾在線、青禾新聞客戶端訊 ');
    expect(cut('南川党建网 (通讯员 林一宁)6月11日上午，某镇召开人民代表大会。')).toBe('南川党建网 (通讯员 林一宁)');
  });

  it('takes nothing when no date follows or the words are a sentence', () => {
    expect(cut('据统计报告 3月5日，全县完成任务。')).toBe('');
    expect(cut('据悉 5月3日，县政府召开会议。')).toBe('');
    expect(cut('據南川日報報道，县政府召开会议。')).toBe('');
    expect(cut('青禾网 (县政府召开会议)5月3日，县长作了讲话。')).toBe('');
  });

  it('removes the source and keeps the report, the date read after it', () => {
    const r = importText('省政協召開主席會議\n\n據南川日報 7月19日下午，省政協主席王強主持召開十二屆六十一次主席會議。\n\n會議強調，要做好提案辦理工作。', NOW);
    expect(r.text).not.toContain('據南川日報');
    expect(r.draft.meeting.chair.name).toBe('王強');
    expect(r.recognized.dateText).toBe('7月19日下午');
  });
});
