import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const found = (text: string): string[] =>
  checkText(text, { script: 'hant', words })
    .filter((d) => d.rule === 'WRD-01')
    .map((d) => `${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

// Sentences written for this test. Taiwan writes 製式 beside 制式 (chewing lists only 制式), so a
// 製/制 difference is read as a warning, never an error; other Traditional slips stay errors.
describe('製 for 制 in Traditional text is a warning (hant-forms.ts softPair)', () => {
  it.each([
    ['區公所備有製式表格供民眾索取。', 'warning 製式→制式'],
    ['縣府將製定新的補助辦法。', 'warning 製定→制定'],
    ['學生一律穿著製服參加典禮。', 'warning 製服→制服'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('a slip of another character is still an error', () => {
    expect(found('本縣經濟髮展持續穩定。')).toEqual(['error 髮展→發展']);
  });
});
