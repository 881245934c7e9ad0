import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

const words = wordLayer();
const findings = (text: string, rule: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === rule)
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
const deDi = (text: string, script: Script = 'hans'): string[] => findings(text, 'WRD-05', script);

describe('的 for 得 before an excess closing the clause: 太/过 + a one-character adjective', () => {
  it.each([
    ['这项工作推进的太慢，群众意见较大。', 'hans'],
    ['部分工程审批的过慢，影响项目落地。', 'hans'],
    ['部分工程因管線遷移延宕的太久，民眾多有怨言。', 'hant'],
  ] as const)('%s', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→得']);
  });

  // A person before the verb names what was done (他说的), and 太多 is no adjective's excess.
  it.each(['他说的太长，大家没听清。', '今年新增的太多，明年要控制。', '问题的太多原因要逐一分析。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 for 地 after 把 and its object: a predicate follows', () => {
  it('把受灾群众就近的安置到学校', () => {
    expect(deDi('要把受灾群众就近的安置到附近学校。')).toEqual(['的→地']);
  });

  // Without an aspect mark, result complement or object the phrase may be a noun phrase.
  it.each(['要把群众满意的服务作为目标。', '要把长期的坚持作为重点。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 for 地 in a request: office + a word written before 地 + 的 + the verb asked for', () => {
  it.each([
    ['各乡要组织护林队全天候的巡查重点林区。', 'hans'],
    ['請各村持續不懈的動員村民清除積水容器。', 'hant'],
  ] as const)('%s', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→地']);
  });

  // No request verb before the office: 的 + a noun phrase stays.
  it.each(['护林队全天候的巡查制度已经建立。', '各村持续不懈的努力取得了成效。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('a lone bound morpheme that sounds and looks like its word: a lower bar', () => {
  it.each([
    ['要严格控制水库畜水位，确保安全度汛。', '畜水→蓄水'],
    ['办事拖沓的作风长期为群众所垢病。', '垢病→诟病'],
  ])('%s', (text, expected) => {
    expect(findings(text, 'WRD-02')).toContain(expected);
  });

  // 张 (a measure word, free) before a name scores 7.3 for 委员长: under the former bar, kept.
  it('a free character of both likenesses keeps the former bar', () => {
    expect(findings('会后，镇组织委员张光明主持召开会议。', 'WRD-02')).toEqual([]);
  });
});

describe('a rare word is no slip of its same-sound twin', () => {
  // The twin written right in the same paragraph: the input method offered it first, the writer chose the other.
  it('寻查 after 巡查', () => {
    expect(findings('巡查人员发现火情后要立即处置，并协助公安机关寻查肇事人员。', 'WRD-03')).toEqual([]);
  });

  it('因私 after 隐私', () => {
    expect(findings('要保护申请人隐私，工作人员因私查询办件信息的，一律严肃处理。', 'WRD-03')).toEqual([]);
  });

  it('still flags a rare word whose twin is not written nearby', () => {
    expect(findings('各地要做好防讯准备工作。', 'WRD-03')).toEqual(['防讯→防汛']);
  });
});

describe('a rare word written with a character far rarer than its twin’s is chosen, not slipped', () => {
  // 堤 (1,708 alone) beside 地 (160,541): the input method lists 地段 first; 堤段 was picked.
  it.each(['要加强重点堤段的巡查，及时发现险情。', '要在重点堤段储备防汛物资。'])('no finding: %s', (text) => {
    expect(findings(text, 'WRD-03')).toEqual([]);
  });

  // The slip's own direction, a commoner character for a rarer one, is still read (讯 for 汛).
  it('防讯 still', () => {
    expect(findings('要提前储备防讯物资。', 'WRD-03')).toEqual(['防讯→防汛']);
  });
});

describe('Traditional text: a slip that would change a character of a Taiwan word the text holds', () => {
  // 選志 → 選址 would take 志 from 志工 (Taiwan's "volunteer").
  it('徵選志工', () => {
    expect(findings('區公所下週徵選志工，協助社區清潔。', 'WRD-02', 'hant')).toEqual([]);
  });

  // 對正 is a Taiwan word too, but 對 is the preposition here: the slip stands.
  it('對正策 still', () => {
    expect(findings('參議室成員熟悉公部門運作，對正策的來龍去脈都有深刻體會。', 'WRD-02', 'hant')).toEqual(['正策→政策']);
  });

  // 藉資 is a Taiwan word too, but only by taking 資 from 資料: the slip stands.
  it('戶藉資料 still', () => {
    expect(findings('戶政事務所應加強戶藉資料的清查。', 'WRD-02', 'hant')).toEqual(['戶藉→戶籍']);
  });
});

describe('a lone pronoun or adverb character read for a look-alike of its syllable', () => {
  // 茲 (jieba: rg) for 滋: the slip rule skipped every function character alone.
  it('藉機茲擾', () => {
    expect(findings('要嚴防不法分子藉機茲擾民眾。', 'WRD-02', 'hant')).toEqual(['茲擾→滋擾']);
  });

  // Function characters in ordinary prose keep no look-alike reading.
  it.each(['他竟然这样说，其实也没有错。', '对此我们都很满意，并将继续推进。'])('no finding: %s', (text) => {
    expect(findings(text, 'WRD-02')).toEqual([]);
  });
});
