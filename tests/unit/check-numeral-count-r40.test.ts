import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Made-up sentences. A count read as a four-character word of the same sound (一千瓦时 → 亿千瓦时)
// turned a correct figure into a false error.
const words = wordLayer();
const wordFindings = (text: string, script: 'hans' | 'hant') => checkText(text, { script, words }).filter((d) => d.rule.startsWith('WRD'));

describe('a numeral is never read as a slip of another numeral', () => {
  it('leaves a count of a unit alone, in both scripts', () => {
    expect(wordFindings('按规定，不足一千瓦时的部分计入下期结算。', 'hans')).toEqual([]);
    expect(wordFindings('依規定，不足一千瓦時的部分計入下期結算。', 'hant')).toEqual([]);
  });
  it('still reads a same-sound slip of a four-character word', () => {
    expect(wordFindings('各位委员踊跃发言，各抒已见。', 'hans').map((d) => d.fix?.replacement)).toContain('各抒己见');
  });
});
