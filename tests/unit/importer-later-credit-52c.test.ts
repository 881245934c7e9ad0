import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { bylineBracketLength } from '../../shared/importer/cleanup/later-credit';

/**
 * Datelines and reporters' bylines opening a paragraph below the opening: a page's second story,
 * an opening pushed down by captions, a byline in a paper's own brackets. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('credits opening a later paragraph', () => {
  it('reads a reporter bracket with the word for filing, in any of the brackets papers use', () => {
    const body = '〔記者林一宁/青禾報導〕青禾縣政府今天召開村里民大會檢討會，縣長王強主持。';
    expect(body.slice(0, bylineBracketLength(body))).toBe('〔記者林一宁/青禾報導〕');
    const latin = '【News88/記者張博遠報導】青禾縣長王強2日在縣議會定期會中進行施政總報告，說明縣政。';
    expect(latin.slice(0, bylineBracketLength(latin))).toBe('【News88/記者張博遠報導】');
  });

  it('leaves brackets that are not a filed byline', () => {
    expect(bylineBracketLength('（記者林一宁）青禾縣政府今天召開會議，縣長王強主持。')).toBe(0);
    expect(bylineBracketLength('（二）關於青禾報導工作的意見，會議同意。')).toBe(0);
    expect(bylineBracketLength('〔記者林一宁/青禾報導〕')).toBe(0);
  });

  it('takes a second story’s dateline and a bracket byline under the opening', () => {
    const text = [
      '市人大常委會舉行會議',
      '1月3日下午，青禾市人大常委會舉行第五次會議，主任王強主持會議並講話，副主任林一宁出席。',
      '會議審議通過了有關人事任免事項。',
      '本報訊(記者 張博遠) 1月3日下午，市人大會議主席團召開第一次會議，主席團常務主席王強主持。',
      '〔記者林一宁/青禾報導〕青禾縣政府今天召開村里民大會檢討會，縣長王強主持會議。',
    ].join('\n\n');
    const r = importText(text, NOW);
    expect(r.text).not.toContain('本報訊');
    expect(r.text).not.toContain('青禾報導〕');
    expect(r.text).toContain('1月3日下午，市人大會議主席團召開第一次會議');
    expect(r.text).toContain('青禾縣政府今天召開村里民大會檢討會');
  });

  it('keeps a paragraph whose first words only mention a newspaper or a reporter', () => {
    const text = [
      '县政府召开常务会议',
      '3月2日上午，县长王强主持召开县政府第五次常务会议，研究部署春耕生产等工作。',
      '青禾日报社记者林一宁作为列席代表，就新闻宣传工作作了发言。',
      '县融媒体中心讯息平台建设方案经审议原则通过。',
    ].join('\n\n');
    const r = importText(text, NOW);
    expect(r.text).toContain('青禾日报社记者林一宁作为列席代表');
    expect(r.text).toContain('县融媒体中心讯息平台建设方案');
  });
});
