import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { IN_WORD_READINGS } from '../../shared/check/words/inword-readings';

// Round 14 (class E of the eighth round: a polyphone's common reading hid the sound). Every
// sentence here is made up for the test; none comes from a check set.
const words = wordLayer();
const dict = jiebaDictionary();
const shown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => /^WRD/.test(d.rule))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('in-word readings: a polyphone is the sound it has in its word', () => {
  it('the generated table holds the readings a word gives its polyphone', () => {
    for (const e of ['曝光0bao', '银行1hang', '露面0lou']) expect(IN_WORD_READINGS.split(' ')).toContain(e);
  });
  it('near() finds a word by its polyphone in-word reading, as same sound', () => {
    expect(dict.near('银航')).toContainEqual(expect.objectContaining({ word: '银行', sameSound: true }));
    expect(dict.near('漏面')).toContainEqual(expect.objectContaining({ word: '露面', sameSound: true }));
    // by the common reading alone 曝 is pù, 暴 bào: the in-word reading makes them one sound
    expect(dict.near('暴光')).toContainEqual(expect.objectContaining({ word: '曝光', sameSound: true }));
  });
  it.each([
    ['群众到银航办理贷款。', '银航→银行'],
    ['那位负责人很少公开漏面。', '漏面→露面'],
  ])('flags the slip: %s', (text, finding) => {
    expect(shown(text)).toContain(finding);
  });
  it.each(['群众到银行办理贷款。', '那位负责人很少公开露面。', '对典型案例予以曝光。', '航行安全要抓紧抓实。', '他们行长主持了会议。'])('leaves the right word alone: %s', (text) => {
    expect(shown(text)).toEqual([]);
  });
});
