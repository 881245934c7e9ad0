import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 right between a verb and the noun phrase its clause modifies (no complement)', () => {
  // A four-character entry that is a modifier + a noun (各项任务, 严峻形势, 联合声明) closing the
  // clause is the noun the verb's clause describes; a noun pair 不足 is a noun, not 不 + 足.
  it.each(['大家讨论了上级确定的各项任务。', '各村认真分析了当前面临的严峻形势。', '座谈会上宣读了代表签署的联合声明。', '检查组指出了台账管理中存在的不足，要求限期整改。'])(
    'no finding: %s',
    (text) => {
      expect(deDi(text)).toEqual([]);
    },
  );
  // A state the model writes after 得 still reads as the complement.
  it('社区文化活动开展的有声有色。', () => {
    expect(deDi('社区文化活动开展的有声有色。')).toEqual(['的→得']);
  });
});

describe('的 right after a title or thing jieba keeps as one l entry (no manner phrase)', () => {
  // 候补委员 (b + n) is who the phrase after 的 belongs to, not how anything is done.
  it('no finding: 不是党委委员、党委候补委员的在职科级干部；', () => {
    expect(deDi('不是党委委员、党委候补委员的在职科级干部；')).toEqual([]);
  });
  // A set phrase (i) of manner before 的 + a verb and its object still reads 地.
  it('工作人员一丝不苟的核对每一份材料。', () => {
    expect(deDi('工作人员一丝不苟的核对每一份材料。')).toEqual(['的→地']);
  });
});
