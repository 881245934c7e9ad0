import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

const words = wordLayer();
const deDi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05' || d.rule === 'LNG-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 for 得 after an event and its locative: the verb’s topic is a thing done', () => {
  it.each([
    ['部分路口號誌故障後修復的太慢，請儘速檢討。', 'hant'],
    ['部分路段施工后清理的不及时，群众意见较大。', 'hans'],
  ] as const)('%s', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→得']);
  });

  // A time word before the verb names what was added then: 的 is right (今年新增的比较多).
  it.each(['今年新增的比较多，明年要控制总量。', '会后形成的纪要要及时印发。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 for 得 after a verb jieba tags n, its topic noun before it, and 不 + adjective', () => {
  it('土方苫盖的不严实', () => {
    expect(deDi('部分工地裸露土方苫盖的不严实，洒水降尘也不到位。')).toEqual(['的→得']);
  });

  // 不 + a verb after a noun names the failing (工作的不落实); a preposition makes an object phrase.
  it.each(['要解决好工作的不落实问题。', '对群众意见的不理解要耐心解释。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('地 for 的 between 的 and a noun: the head of a noun phrase follows 的', () => {
  it('反馈的突出地环境问题', () => {
    expect(deDi('要对中央环保督察反馈的突出地环境问题建立台账，逐项整改销号。')).toEqual(['地→的']);
  });

  // A clause end between 的 and the adverbial, or a verb after 地: an adverbial's 地 is right.
  it.each(['这是我们必须的，要坚决地执行。', '对排查发现的问题要及时地整改到位。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 for 地 after a modal and an adverb of timing jieba tags as a conjunction', () => {
  it.each([
    ['各单位要即时的回应群众诉求。', 'hans'],
    ['各單位應即時的回應民眾陳情。', 'hant'],
  ] as const)('%s', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→地']);
  });

  // Without the modal, 即时的 + a noun is a noun phrase: 的 is right.
  it.each(['系统提供即时的路况信息。', '要建立即时的通报机制。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
