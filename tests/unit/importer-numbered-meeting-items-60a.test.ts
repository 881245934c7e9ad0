import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A 纪要 that numbers its items of business (1.会议… / 2、会议… / （三）会议…) right after the opening,
 * with no 现纪要如下： before them (issue 11, import-60a). Each numbered line is an item read by its
 * own lead, as bench/KEYING.md 2 keys a lead where a sentence begins. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const leads = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead]);

describe('numbered items of business that open with the meeting', () => {
  it('reads each 1./2、/（三） line by its own lead', () => {
    const text = [
      '5月6日上午，韩松主持召开学院党委常委会第42次会议。林海、周岩、吴青参加会议。',
      '1.会议传达学习了省委全会精神。',
      '2、会议审议通过了《学院安全生产责任办法》。',
      '（三）会议审议了《实验室管理细则》。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['directive', '1.会议传达学习了'],
      ['decision', '2、会议审议通过了'],
      ['topic', '（三）会议审议了'],
    ]);
  });

  it('leaves points under a lead that announces them as that lead’s items', () => {
    const text = ['5月6日上午，县政府召开常务会议，县长韩松主持会议。', '会议提出三点要求：', '1.各单位要抓好春耕生产。', '2.各单位要做好防汛准备。', '3.会议要求各单位按月报送进展。'].join('\n');
    const r = importText(text, { now: NOW });
    const list = r.draft.sections.find((s) => s.kind === 'action-list');
    expect(list?.items.length).toBe(3);
  });
});
