import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { lookup } from '../../shared/i18n';

/**
 * A text with no Chinese in it (an English translation, a wrong file) is no meeting report the
 * importer can read: it keeps every line and says why nothing was recognised, in each UI language.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('a text with no Chinese', () => {
  it('keeps every line and warns that nothing could be recognised', () => {
    const text = 'The county held its standing meeting on 2 March.\nThe meeting pointed out that the budget must be kept.';
    const r = importText(text, { now: NOW });
    expect(r.text).toContain('The county held its standing meeting on 2 March.');
    expect(r.text).toContain('the budget must be kept');
    expect(r.warnings.map((w) => w.code)).toContain('noChinese');
  });

  it('does not warn on a Chinese report with an English line', () => {
    const r = importText('3月2日，县政府召开常务会议。\nNews in English\n会议指出，要抓好春耕。', { now: NOW });
    expect(r.warnings.map((w) => w.code)).not.toContain('noChinese');
  });

  it('has the warning in all three UI languages', () => {
    for (const lng of ['zh-CN', 'zh-TW', 'en'] as const) expect(lookup(lng, 'importer:warnings.noChinese')).not.toBe('warnings.noChinese');
  });
});
