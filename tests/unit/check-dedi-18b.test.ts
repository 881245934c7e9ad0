import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

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
