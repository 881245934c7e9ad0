import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { lookAlikes } from '../../shared/check/words/shape';
import { windowRule } from '../../shared/check/words/window';
import type { Script } from '../../shared/model';

// Made-up sentences (none from a check set). The rule is asked directly, so a test fails when the
// rule stops finding the slip even if another rule happens to catch it in the whole checker.
wordLayer(); // adds the official vocabulary to the dictionary, as the checker does
const dict = jiebaDictionary();
const byWindow = (text: string, script: Script = 'hans'): string[] => windowRule(analyse(text, script, jiebaSegmenter)!, text, dict).map((f) => `${f.word}→${f.replacement}:${f.severity}`);

describe('WordDictionary.segmentCost: the cheapest cut by unigram frequencies', () => {
  it('prefers a common word whole to its characters apart', () => {
    expect(dict.segmentCost('签署')).toBeLessThan(dict.segmentCost('签') + dict.segmentCost('署'));
    expect(dict.segmentCost('')).toBe(0);
  });
  it('makes a slipped character dearer than the word it broke, with its neighbours', () => {
    expect(dict.segmentCost('正式签属了') - dict.segmentCost('正式签署了')).toBeGreaterThan(8);
  });
});

describe('one character changed, scored by the window around it (WRD-02 warning)', () => {
  it.each([
    // Two lone characters, same sound: each is common alone, so the two-character odds alone are weak.
    ['两地政府今天正式签属了框架协议。', '签属→签署:warning'],
    ['各村要对低保对象进行箴别，确保应保尽保。', '箴别→甄别:warning'],
    // A look-alike beside a word the segmenter took whole (索取 + 贿 + 络).
    ['严禁党员干部索取贿络或者接受宴请。', '贿络→贿赂:warning'],
  ])('%s', (text, finding) => {
    expect(byWindow(text)).toEqual([finding]);
  });

  it.each([
    '两地政府今天正式签署了框架协议。',
    '各村要对低保对象进行甄别，确保应保尽保。',
    '严禁党员干部索取贿赂或者接受宴请。',
    // A name after a half-width comma (pasted web text), as after a full-width one.
    '会议指出,韩振东要求各部门抓好落实。',
    // A word of a longer dictionary entry (疾控中心): an abbreviation, no slip.
    '要加快县疾控中心实验室建设。',
    // One filler of a repeated frame.
    '要以学铸魂、以学增智、以学正风。',
    // A place before its unit.
    '会议听取了东岚区的工作汇报。',
  ])('no finding: %s', (text) => {
    expect(byWindow(text)).toEqual([]);
  });

  it('leaves Traditional characters in a Simplified unit to the character-form rule', () => {
    expect(byWindow('要全力推動經濟發展。')).toEqual([]);
  });
});

describe('look-alikes of the character as written', () => {
  it('reads a Traditional character before its conversion (藉 converts to 借, which lacks 籍)', () => {
    expect(lookAlikes('借', '藉', 'hant')).toContain('籍');
    expect(lookAlikes('借', '借', 'hans')).not.toContain('籍');
  });
  it('gives the Traditional families broken by simplification (辨 beside 辦)', () => {
    expect(lookAlikes('辨', '辨', 'hant')).toContain('办');
    expect(lookAlikes('辨', '辨', 'hans')).not.toContain('办');
  });
});
