import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

const words = wordLayer();
const found = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a slipped adverb inside a rare word that spoils a common one', () => {
  // Made-up: the input method offered 竟 (an adverb) for 竞; jieba lists the slip 竟争力 at 3 beside
  // 竞争力 at 1310. In Traditional text too, where rare words are otherwise no evidence.
  it.each([
    ['要不断提升企业的核心竟争力。', 'hans', '竟争力→竞争力'],
    ['本府將全力提升觀光產業的國際竟爭力。', 'hant', '竟爭力→競爭力'],
  ] as [string, Script, string][])('%s', (text, script, finding) => {
    expect(found(text, script)).toEqual([finding]);
  });
  it.each([
    ['要不断提升企业的核心竞争力。', 'hans'],
    ['本府將全力提升觀光產業的國際競爭力。', 'hant'],
  ] as [string, Script][])('no finding: %s', (text, script) => {
    expect(found(text, script)).toEqual([]);
  });
});

describe('two lone content characters far likelier as the same-sound word they almost spell', () => {
  // Made-up: 杜 and 决 are common alone; 杜绝 (593, which jieba tags nr) is 9,000 times likelier whole.
  // Simplified only, and a warning.
  it('要从制度上杜决此类问题', () => {
    expect(checkText('要从制度上杜决此类问题再次发生。', { script: 'hans', words }).map((d) => `${d.rule}:${d.severity}→${d.fix?.replacement}`)).toEqual(['WRD-02:warning→杜绝']);
  });
  // A person's name, a place name: no finding.
  it.each(['副县长杜决明主持会议。', '会上，杜决作了表态发言。', '桐州日报讯，记者从市里获悉。'])('no finding: %s', (text) => {
    expect(found(text, 'hans')).toEqual([]);
  });
});

describe('sound report phrases that earlier rounds "corrected" (rewritten real-report spots)', () => {
  // 较好 is no jieba entry and jieba tags 较 as a bound morpheme: it was an error "叫好" on main.
  it.each(['要巩固前期较好的工作基础。', '今年经济形势较好。', '整改效果更佳。', '两类台账的写法稍有区别。'])('degree adverb + adjective or 有: %s', (text) => {
    expect(found(text, 'hans')).toEqual([]);
  });
  // After a light verb the object is a verb: 分述 is no slip for the noun 分数.
  it('对上述问题要逐条加以分述。', () => {
    expect(found('对上述问题要逐条加以分述。', 'hans')).toEqual([]);
  });
  // Names: a speaker before 宣读, a villagers' group under a village committee.
  it.each(['会上，孙会民宣读了整治方案。', '石桥村委会黑赞组、大枹树组的群众代表参加了观摩。'])('name: %s', (text) => {
    expect(found(text, 'hans')).toEqual([]);
  });
  // Items of a 、 list whose neighbours are no common words are names or coined set phrases.
  it.each(['东滩、砂井子、甜泉三个工业片区建设加快推进。', '要坚持以学铸魂、以学增智、以学正风。'])('list: %s', (text) => {
    expect(found(text, 'hans')).toEqual([]);
  });
  it('a slip in a list of common words is still read: 防汛、抗汗、排涝', () => {
    expect(found('今年要抓好防汛、抗汗、排涝等工作。', 'hans')).toEqual(['抗汗→抗旱']);
  });
  // Still caught beside them.
  it('各村民小组要做好防讯准备 → 防汛', () => {
    expect(found('各村民小组要做好防讯准备。', 'hans')).toEqual(['防讯→防汛']);
  });
});
