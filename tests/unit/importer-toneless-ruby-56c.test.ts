import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A ruby mirror that dropped the tone marks (北(bei) 原, 會(hui) 議) leaves bare syllables after many
 * characters, each with a space after it (issue 11, round 31, import-56c). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const text = (s: string) => importText(s, { now: NOW }).text;

describe('toneless ruby readings', () => {
  it('are taken out with the space after them when several different ones stand in the text', () => {
    const out = text('1月30日上午，北(bei) 原自治區第十屆人民代表大會(hui) 第二次會(hui) 議在北(bei) 原人民會(hui) 堂開幕，自治區黨(dang) 委副書(shu) 記王某作報告。\n會議指出，要抓好落實。');
    expect(out).toContain('北原自治區第十屆人民代表大會第二次會議在北原人民會堂開幕');
    expect(out).not.toMatch(/\((?:bei|hui|dang|shu)\)/u);
  });

  it('are taken out when the mirror repeats a reading after its character (round 32)', () => {
    const out = text('东(dong)(dong)山(shan)县(xian)(xian)(xian)政(zheng)府(fu)3月5日召开常(chang)务(wu)(wu)会(hui)(hui)议(yi)。\n会(hui)(hui)议(yi)指出，要抓好落实。');
    expect(out).toContain('东山县政府3月5日召开常务会议');
    expect(out).not.toMatch(/\((?:dong|xian|wu|hui)\)/u);
  });

  it('are taken out when the tone is written as a digit after the syllable (round 35)', () => {
    const out = text('市委书记、组长陈立衡(heng2)主持会议并讲话。\n会议指出，要抓好落实。');
    expect(out).toContain('陈立衡主持会议');
    expect(out).not.toContain('heng2');
  });

  it('stay when only one or two bare syllables stand in brackets', () => {
    expect(text('县政府召开会议，研究人工智能(ai) 应用工作。\n会议指出，要抓好落实。')).toMatch(/人工智能[(（]ai[)）]/u);
  });
});
