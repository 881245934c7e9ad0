import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('modifiers listed with 、 after a verb: the verb’s object, no adverbial', () => {
  // 健全 + 快速、规范、高效 + 的 + noun phrase: the list modifies the object, so 的 stays.
  it('no finding: 要健全快速、规范、高效的应急处置工作机制。', () => {
    expect(deDi('要健全快速、规范、高效的应急处置工作机制。')).toEqual([]);
  });
  // The same list right after a modal is an adverbial of the verb after 的.
  it('要定期、全面的检查安全设施。', () => {
    expect(deDi('要定期、全面的检查安全设施。')).toEqual(['的→地']);
  });
});
