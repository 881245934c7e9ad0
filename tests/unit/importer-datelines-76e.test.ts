import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** Datelines the opening reader did not see. Every text here is made up. */
const NOW = new Date('2026-06-01T00:00:00Z');

describe('a paper’s bracketed dateline on each story of a page', () => {
  it('drops 【本網訊】 wherever it opens a paragraph of prose', () => {
    const text = [
      '議會新聞',
      '預算案二讀通過',
      '【本網訊】立法會昨二讀通過撥款條例草案，進入逐項審議程序，議員輪流發言。',
      '多名議員在會上提出修訂，要求當局交代開支細節。',
      '小組委員會審議規例',
      '【本網訊】小組委員會昨日審議進出口規例，委員就執法安排提出意見，當局承諾跟進。',
    ].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.text).not.toContain('本網訊');
    expect(r.text).toContain('小組委員會昨日審議進出口規例');
  });

  it('keeps a bracketed word that is no dateline', () => {
    const text = ['县政府召开常务会议', '3月2日，县长周明远主持召开县政府常务会议，研究部署春耕生产。', '【会议要求】各乡镇要加强巡查，做到早发现、早处置。'].join('\n');
    expect(importText(text, { now: NOW }).text).toContain('【会议要求】');
  });
});

describe('a news desk’s 消息 with a byline bracket', () => {
  it('drops 某州消息(记者 X Y) before the opening', () => {
    const r = importText('青州消息(记者 高远 林青)2月8日下午，青州市政协召开委员组召集人会议。市政协副主席周明远出席会议。', { now: NOW });
    expect(r.text).not.toContain('消息');
    expect(r.text).not.toContain('记者');
    expect(r.text).toContain('2月8日下午');
  });
});
