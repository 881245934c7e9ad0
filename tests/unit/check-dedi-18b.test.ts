import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const shown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset - 2, d.location.offset)}[${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}]`);

describe('的/地/得: a noun-taking verb + (degree word) + modifier + 地 + its object → 的 (round 15)', () => {
  const table: [string, string[]][] = [
    ['会议要求各部门拿出更加有力地举措。', ['有力[地→的]']],
    ['要制定科学地方案。', ['科学[地→的]']],
    ['各镇要采取切实有效地措施。', ['有效[地→的]']],
    // Right as written: the object after 的, and 地 before the verb it modifies.
    ['要拿出更加有力的举措，采取切实有效的措施。', []],
    ['要科学地制定方案，积极稳妥地推进改革。', []],
  ];
  for (const [text, want] of table) {
    it(`${text} → ${want.join(', ') || 'nothing'}`, () => {
      expect(shown(text)).toEqual(want);
    });
  }
});

describe('的/地/得: a strict modal + set phrase or manner word + 的 + a verb → 地 (round 15)', () => {
  const table: [string, string[]][] = [
    ['护林员要昼夜不间断的巡护。', ['间断[的→地]']],
    ['护林员要不间断的巡护林区道路。', ['间断[的→地]']],
    ['对各村的整改情况要实事求是的评估。', ['求是[的→地]']],
    // Right as written: 的 + a noun; no modal; a noun after an adjective with no 对-phrase.
    ['护林员要不间断地巡护，对整改情况要实事求是地评估。', []],
    ['我们要有坚定的信念。', []],
    ['要形成持续不断的压力。', []],
    ['开展不间断的巡护。', []],
  ];
  for (const [text, want] of table) {
    it(`${text} → ${want.join(', ') || 'nothing'}`, () => {
      expect(shown(text)).toEqual(want);
    });
  }
});

describe('的/地/得: an adjective + 的 + a fused degree phrase closing the clause → 得 (round 15)', () => {
  const hant = (text: string): string[] =>
    checkText(text, { script: 'hant' as Script, words })
      .filter((d) => d.rule === 'WRD-05')
      .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
  it('部分项目进度落后的相当严重。 → 得', () => expect(shown('部分项目进度落后的相当严重。')).toEqual(['落后[的→得]']));
  it('部分工程進度落後的相當嚴重。 → 得 (Traditional)', () => expect(hant('部分工程進度落後的相當嚴重。')).toEqual(['的→得']));
  it('right as written: 落后得相当严重, and 的 before a noun', () => {
    expect(shown('部分项目进度落后得相当严重。')).toEqual([]);
    expect(shown('这是一个落后的相当严重的地区。')).toEqual([]);
    expect(hant('部分工程進度落後得相當嚴重。')).toEqual([]);
  });
});
