import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Round 13 (check-heldout-8's misses): every sentence here is made up for the test; none comes
// from a check set. Each group tests a mechanism on words other than the set's.
const words = wordLayer();
const shown = (text: string, script: Script = 'hans', rule = /^(WRD|DUP|LNG-01)/): string[] =>
  checkText(text, { script, words })
    .filter((d) => rule.test(d.rule))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('DUP-01: half of an AABB reduplication is no doubled word', () => {
  it.each(['要扎扎实实在在基层办几件好事。', '这样的日子的的确确来之不易。', '老两口和和美美过日子。'])('no finding: %s', (text) => {
    expect(shown(text, 'hans', /^DUP-01$/)).toEqual([]);
  });
  it('still flags a doubled function word', () => {
    expect(shown('会议的的主要议题是防汛。', 'hans', /^DUP-01$/)).toEqual(['DUP-01:warning 的→']);
  });
});

describe('LNG-01 yields after a light verb, and to the word layer', () => {
  it('no 地 for an adverb + 的 + verb that is the object of 开展/给予', () => {
    expect(shown('各科室开展了深入的研究。', 'hans', /^LNG-01$/)).toEqual([]);
    expect(shown('对困难群众给予了积极的支持。', 'hans', /^LNG-01$/)).toEqual([]);
  });
  it('still flags the listed shape elsewhere', () => {
    expect(shown('要认真的贯彻会议精神。', 'hans', /^(LNG-01|WRD-05)$/)).toHaveLength(1);
  });
});

describe('的 for 得 before a degree word and a listed complement jieba tags otherwise', () => {
  it('及时 (jieba: c) after 很 closes a complement', () => {
    expect(shown('今年各片区污水收集的很及时，河道明显变清。', 'hans', /^WRD-05$/)).toEqual(['WRD-05:warning 的→得']);
  });
});

describe('地 for 的 before a distinguishing word and nouns', () => {
  it('地 + b-word + nouns closing the clause → 的', () => {
    expect(shown('要建成布局合理、运转高效地基层卫生服务网络。', 'hans', /^WRD-05$/)).toEqual(['WRD-05:warning 地→的']);
  });
  it('no finding when a verb follows the b-word', () => {
    expect(shown('各部门要积极地共同推进这项工作。', 'hans', /^WRD-05$/)).toEqual([]);
  });
});

describe('look-alikes in the document own script (Traditional)', () => {
  it('辨 for 辦 (alike only in Traditional): 辨公', () => {
    expect(shown('請各單位派員至鄉公所辨公室領取物資。', 'hant')).toContain('WRD-02:warning 辨公→辦公');
  });
  it('no finding on the right forms', () => {
    expect(shown('請各單位派員至鄉公所辦公室領取物資。', 'hant')).toEqual([]);
    expect(shown('要明辨是非，不能人云亦云。', 'hant')).toEqual([]);
  });
});

describe('a slip of the eye: a simpler, commoner character for the rarer one built on it', () => {
  it('频 for 濒 in Simplified too', () => {
    expect(shown('这片湿地里的几种鸟类频危，要加强保护。')).toContain('WRD-02:warning 频危→濒危');
  });
  it('never a rarer character written for a commoner one, nor an office abbreviation', () => {
    expect(shown('副局长陈文斌出席会议。')).toEqual([]);
  });
});

describe('confusable pairs: verb-object collocations (round 13 lines)', () => {
  it.each([
    ['名单将在政务网站公式五个工作日。', 'WRD-04:error 公式→公示'],
    ['县委再次重审了防汛工作纪律。', 'WRD-04:error 重审→重申'],
    ['请各村于周五前口头回报镇党委。', 'WRD-04:error 回报→汇报'],
    ['要坚持开源截留，压减一般性支出。', 'WRD-04:error 截留→节流'],
    ['要在路口设置醒目的警世标志。', 'WRD-04:error 警世→警示'],
    ['今年全县没有发生重大安全世故。', 'WRD-04:error 世故→事故'],
    ['各单位要认真旅行安全监管义务。', 'WRD-04:error 旅行→履行'],
    ['评审工作要做到公开、公证。', 'WRD-04:error 公证→公正'],
  ])('%s', (text, finding) => {
    expect(shown(text)).toContain(finding);
  });
  it.each([
    '要以更好的服务回报社会各界的支持。',
    '法院依法重审此案。',
    '严禁截留、挤占扶贫资金。',
    '他为人处事老于世故。',
    '退休后老两口常去外地旅行。',
    '本次摇号全程公开公证。',
    '该公式可用于计算项目投资。',
  ])('no finding: %s', (text) => {
    expect(shown(text).filter((f) => f.startsWith('WRD-04'))).toEqual([]);
  });
});

describe('two lone content characters closing a clause: a lower bar', () => {
  it.each([
    ['申报材料由业务科室统一审合，再报局领导。', 'WRD-02:warning 审合→审核'],
    ['对验收合格的示范点统一挂排，予以表彰。', 'WRD-02:warning 挂排→挂牌'],
  ])('a same-sound slip before a comma: %s', (text, want) => {
    expect(shown(text)).toContain(want);
  });
  it('no finding for a parallel frame that repeats its characters', () => {
    expect(shown('要严肃会风会纪。')).toEqual([]);
  });
});
