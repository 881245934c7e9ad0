import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isForeignLine } from '../../shared/importer/cleanup/furniture';

/**
 * Bilingual sites (Macau, Hong Kong, a university's English news line) print an English headline
 * and summary beside the Chinese report; the report has no paragraph in another language, so such
 * a paragraph is page furniture. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('paragraphs in another language beside a Chinese report', () => {
  it('drops an English headline and summary and keeps the report (Traditional)', () => {
    const text = [
      'Education Research Society Established',
      '澳門教學研究會日前成立。會長何志明致詞時指出，學會將推動教育研究，促進澳門教育發展。成立大會於本月十六日下午舉行，多位嘉賓出席。',
      'The Education Research Society has recently been established. President Ho said the society would promote research.',
    ].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.text).not.toMatch(/Education Research Society|has recently been/);
    expect(r.text).toContain('澳門教學研究會日前成立');
  });

  it('keeps Latin words inside Chinese sentences and short codes alone on a line', () => {
    const text = '3月2日，县政府召开常务会议，研究5G基站和APP建设。\nPM2.5\n会议指出，要推进 Wi-Fi 全覆盖。';
    const r = importText(text, { now: NOW });
    expect(r.text).toContain('研究5G基站和APP建设');
    expect(r.text).toContain('Wi-Fi');
  });

  it('tells a line of another language from a Chinese line with Latin words', () => {
    expect(isForeignLine('Video filmed and produced by the station')).toBe(true);
    expect(isForeignLine('研究5G基站和APP建设')).toBe(false);
    expect(isForeignLine('PM2.5')).toBe(false);
    expect(isForeignLine('ICP备12345678号')).toBe(false);
  });
});
