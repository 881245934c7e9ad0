import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A ruby mirror's readings where mojibake stands for the annotated character (幸?,F(xiàn)代化) or
 * where the capture cut a reading off at a paragraph's end (加强經(jīng). Made-up texts (round 42,
 * import-100c).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const text = (s: string) => importText(s, { now: NOW }).text;

describe('ruby readings beside damage', () => {
  it('takes out a marked reading after a Latin letter or a mark that mojibake left', () => {
    const out = text('3月5日上午，東山縣召開安全生產(chǎn)工作會議，建設美好?,F(xiàn)代化新城。\n會議強調，要以實打?嵉臉I(yè)績交出答卷。');
    expect(out).not.toMatch(/[(（](?:xiàn|yè)[)）]/u);
    expect(out).toContain('?,F代化');
  });

  it('takes out a reading whose closing bracket the capture cut at the end of a paragraph', () => {
    const out = text('3月5日上午，東山縣召開常務會議。\n會議要求，各部門要做好年底前工作，加強經(jīng');
    expect(out).not.toContain('jīng');
    expect(out).toContain('加強經');
  });

  it('keeps a word in brackets that is no pinyin syllable, and an unmarked one', () => {
    const out = text('3月5日上午，東山縣召開招商會議。\n會議指出，要引進品牌咖啡館Blue(café)和書店Page(one)，豐富商圈業態。');
    expect(out).toMatch(/Blue[(（]café[)）]/u);
    expect(out).toMatch(/Page[(（]one[)）]/u);
  });
});
