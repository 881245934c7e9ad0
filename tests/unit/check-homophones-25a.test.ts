import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import { LM_THRESHOLDS, lmPairRule } from '../../shared/check/words/lm-pairs';

// Made-up sentences in the style of homophone slips in report text: the slip, and the right word in
// the same frame, which must stay quiet.
const words = wordLayer();
const dict = jiebaDictionary();
const rule = (text: string, th = LM_THRESHOLDS): string[] => lmPairRule(analyse(text, 'hans', jiebaSegmenter)!, text, dict, th).map((d) => `${d.word}→${d.replacement}:${d.severity}`);
const layer = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-04' || d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('lm-pairs: a lower bar when the twin is the far commoner word', () => {
  it('reads 10^2.5–3 evidence for a twin counted twice the written word or more (客观 vs 可观)', () => {
    // 客观原因 is about 10^2.9 likelier than 可观原因: under the one-side bar of 10^3, over commonAt.
    expect(rule('他总把工作失误归于可观原因，从不反省自己。')).toEqual(['可观→客观:warning']);
    expect(layer('他总把工作失误归于可观原因，从不反省自己。')).toEqual(['可观→客观']);
    expect(layer('他总把工作失误归于客观原因，从不反省自己。')).toEqual([]);
    // Without the lower bar the same evidence is too weak.
    expect(rule('他总把工作失误归于可观原因，从不反省自己。', { ...LM_THRESHOLDS, commonAt: LM_THRESHOLDS.oneAt })).toEqual([]);
  });

  it('keeps the full bar for a rarer twin: a common word is not turned into a rare one', () => {
    // 融媒体 read as 融 + 媒体: the model's 美体 is far rarer than 媒体, so 10^2.6 is no evidence.
    expect(layer('市融媒体中心组织开展了新闻业务培训。')).toEqual([]);
  });
});

describe('lm-pairs: lexicon joins (a neighbour and the twin one word of the model)', () => {
  it('reads 密切联系, which the model holds as one word, as evidence against 密切练习', () => {
    // The bigram 密切 + 联系 is a back-off (the model always joined them); the joined word is the evidence.
    expect(rule('村干部要经常走访农户，密切练习困难家庭。')).toEqual(['练习→联系:warning']);
    expect(layer('村干部要经常走访农户，密切联系困难家庭。')).toEqual([]);
  });

  it('asks a higher bar of a join: 有志服务 stays (优质服务 is only 10^3.3 likelier)', () => {
    expect(layer('我们有志服务基层群众。')).toEqual([]);
  });
});

describe('的/地: a word the model has seen before 地 keeps its 地 before a verb form', () => {
  it('leaves 地 after 全天候 before a verb with its object, though a verb earlier might own a noun', () => {
    // 发动 … 全天候地巡查河道堤坝: jieba tags 巡查 vn, so the phrase after 地 looked like 发动's object.
    expect(layer('要发动党员全天候地巡查河道堤坝。')).toEqual([]);
  });

  it('still calls 地 → 的 before a noun proper after a modifier that leans to 的', () => {
    expect(layer('要建立了科学地考核体系。')).toEqual(['地→的']);
  });
});

describe('的 → 地 through tokens jieba cut or fused round the adverbial', () => {
  it('joins two single characters the dictionary holds as one manner word (从/快 → 从快)', () => {
    expect(layer('各单位要从快的办理群众投诉事项。')).toEqual(['的→地']);
    expect(layer('各单位要从快地办理群众投诉事项。')).toEqual([]);
  });

  it('splits a strict modal jieba fused with the manner word after it (要从严, 应立即)', () => {
    expect(layer('执法部门要从严从快的处理违规经营行为。')).toEqual(['的→地']);
    expect(layer('各单位应立即的组织人员排查隐患。')).toEqual(['的→地']);
    expect(layer('各单位应立即组织人员排查隐患。')).toEqual([]);
  });
});

describe('的 → 地 after a request, past a time phrase between the office and the manner word', () => {
  it('reads 请 + office + 在…前后 + 从严 + 的 + verb and object as a request with its adverbial', () => {
    expect(layer('请市场监管局在中秋前后从严的查处价格违法行为。')).toEqual(['的→地']);
    expect(layer('请市场监管局在中秋前后从严查处价格违法行为。')).toEqual([]);
    expect(
      checkText('請環保局於汛期前後從嚴的查處違法排污行為。', { script: 'hant', words })
        .filter((d) => d.rule === 'WRD-05')
        .map((d) => d.fix?.replacement),
    ).toEqual(['地']);
  });
});

describe('地 → 的 after a verb and its result complement', () => {
  it('reads 住上 + 安心地 + a noun as the verb with its object', () => {
    expect(layer('让群众住上安心地房子。')).toEqual(['地→的']);
    expect(layer('让群众住上安心的房子。')).toEqual([]);
  });

  it('keeps 地 when a verb form follows: the adverbial may own it', () => {
    expect(layer('他们走上前热情地握手。')).toEqual([]);
  });
});

describe('的 → 地 before a verb phrase jieba keeps as one token, and after a state word in a request', () => {
  it('reads a four-character verb + object token (推进改革 l) as the verb after 的', () => {
    expect(layer('各地要积极稳妥的推进改革。')).toEqual(['的→地']);
    expect(layer('各地要积极稳妥地推进改革。')).toEqual([]);
    expect(layer('这是我们的推进改革方案。')).toEqual([]);
  });

  it('takes a state word (认真仔细 z) as the manner word of 请 + office + … + 的 + verb', () => {
    expect(layer('请各单位认真仔细的核对数据。')).toEqual(['的→地']);
    expect(layer('请各单位认真仔细地核对数据。')).toEqual([]);
  });
});

describe('的 → 得 before a paired negation, 的 → 地 before a verb + object token tagged n', () => {
  it('reads 不X不Y closing the clause as the verb’s complement (理解的不深不透 → 得)', () => {
    expect(layer('部分干部对政策理解的不深不透。')).toEqual(['的→得']);
    expect(layer('部分干部对政策理解得不深不透。')).toEqual([]);
  });

  it('reads 制定方案 (n to jieba) after a manner word and 的 as a verb phrase', () => {
    expect(layer('各地要因地制宜的制定方案。')).toEqual(['的→地']);
    expect(layer('各地要因地制宜地制定方案。')).toEqual([]);
  });
});

describe('地 → 的 in a preposition’s object behind a one-character degree adverb', () => {
  it('reads 以 + 更 + 积极地 + a noun as the preposition’s object', () => {
    expect(
      checkText('市府將以更積極地態度面對挑戰。', { script: 'hant', words })
        .filter((d) => d.rule === 'WRD-05')
        .map((d) => d.fix?.replacement),
    ).toEqual(['的']);
    expect(layer('我们要以更积极的态度面对挑战。')).toEqual([]);
    expect(layer('我们要以更积极地态度面对挑战。')).toEqual(['地→的']);
  });
});

describe('homophones.ts: 登记 and 等级 by the words that take a verb or grade', () => {
  it('calls 等级 → 登记 after a verb or adverb that takes a verb, or before 手续', () => {
    expect(layer('外来人员要到社区进行等级。')).toEqual(['等级→登记']);
    expect(layer('请房东如实等级租客信息。')).toEqual(['等级→登记']);
    expect(layer('要及时办理等级手续。')).toEqual(['等级→登记']);
    expect(layer('请房东如实登记租客信息。')).toEqual([]);
  });

  it('keeps 等级 where a grade is set, and calls 登记 → 等级 after a word that grades', () => {
    expect(layer('要进行等级评定。')).toEqual([]);
    expect(layer('要对企业进行等级划分。')).toEqual([]);
    expect(layer('该酒店被评为四星级登记。')).toEqual(['登记→等级']);
    expect(layer('该酒店被评为四星级等级。')).toEqual([]);
  });
});

describe('homophones.ts: 以致 before 得不到, 反映 before 给', () => {
  it('calls 以至 → 以致 before a result that is not reached (得不到)', () => {
    expect(layer('部分干部责任心不强，以至问题长期得不到解决。')).toEqual(['以至→以致']);
    expect(layer('三年五年以至更长时间都难以改变。')).toEqual([]);
  });

  it('calls 反应 → 反映 before 给 (reported to someone), not before 给出', () => {
    expect(layer('要及时将有关情况反应给上级。')).toEqual(['反应→反映']);
    expect(layer('要及时将有关情况反映给上级。')).toEqual([]);
  });
});
