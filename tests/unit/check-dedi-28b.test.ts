import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

const words = wordLayer();
const deDi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 for 得 before 过于/过分/极其/尤为 + an adjective: degree words open a complement', () => {
  it.each([
    ['县府对补助案审查的过于宽松，多数案件超过上限。', 'hans'],
    ['縣府對補助案審查的過於寬鬆，多數案件超過上限。', 'hant'],
    ['部分项目推进的极其缓慢，群众意见较大。', 'hans'],
  ] as const)('%s', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→得']);
  });

  // 的 + degree word + adjective + noun is a noun phrase: 的 is right.
  it.each(['这是过于宽松的审查标准。', '群众反映的过于集中的问题要优先解决。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 for 得 after a one-character verb of a thing: topic noun + verb + 的 + 不 + one character', () => {
  it.each(['末端住户的暖气烧的不热，室温长期偏低。', '这道菜做的不咸。', '部分问题查的不细，群众反复投诉。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→得']);
  });

  // After a person, or a verb of saying, 的 names what was done or said; 多 (m) and 对 (p) are no
  // adjective a complement could be.
  it.each(['他说的不对。', '老师讲的不对。', '今年新增的不多。', '这些钱花的不多。', '暖气烧的不热的问题要解决。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('a verb + result compound (配齐, 落实) before a modifier is the verb, not an adverbial', () => {
  // jieba tags 配齐 and 落实 a: read as coordinated manner words they made 必要的 an adverbial.
  it.each(['执法队员要配齐必要的防护装备。', '各单位要落实必要的保障措施。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });

  // Listed manner words ending in 实 stay adverbials (扎实 + 细致 的 推进).
  it.each(['要扎实细致的推进各项工作。', '要切实认真的落实责任。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→地']);
  });
});
