import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

const words = wordLayer();
const deDi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

// Round 42 (check-98c): false warnings on clean sentences, each read by a general signal.
describe('的/地/得 left alone where the structure says the particle is right', () => {
  // A modifier the model writes before 的, never before 地: the verb form after 的 heads a noun phrase.
  it('keeps 的 after a noun modifier before a verb form (adverbialBeforeVerb, afterModal)', () => {
    expect(deDi('新城区紧缺的停车泊位得到缓解。')).toEqual([]);
    expect(deDi('孩子们需要充足的休息和运动。')).toEqual([]);
  });

  // The manner word the model leans adverbial, then a verb jieba files as a name (申报 nz).
  it('keeps 地 after 主动 before 申报 in either script', () => {
    expect(deDi('纳税人在稽查前主动地申报并补缴税款。')).toEqual([]);
    expect(deDi('納稅人在稽查前主動地申報並補繳稅款。', 'hant')).toEqual([]);
  });

  // 得 = may after a person, before a verb and its object: the register of rules.
  it('keeps 得 = may after a person before a verb and its object', () => {
    expect(deDi('訪談時申請人得陳述意見，承辦人應當場記錄。', 'hant')).toEqual([]);
  });

  // Two manner words said together before 地 and a verb with its object.
  it('keeps 地 after 全天候 + a set phrase before the verb', () => {
    expect(deDi('值班员依托视频全天候不间断地监测库区水情，应急部门则随时待命。')).toEqual([]);
  });

  // The readings still fire where the slot is no noun phrase's.
  it('still reads 的 → 地 after a manner word and 得 → 的 after a plain noun', () => {
    expect(deDi('各单位要认真的落实整改措施。')).toEqual(['的→地']);
    expect(deDi('要切实提高群众得满意度。')).toEqual(['得→的']);
  });
});

// Two lone prepositions after 的 (比 + 对) are the verb jieba cut for them, 比对.
describe('a verb jieba cut into two prepositions after 的', () => {
  it('reads 逐项 + 的 + 比对 + its object as 地', () => {
    expect(deDi('审计人员逐项的比对两年的报表。')).toEqual(['的→地']);
  });

  it('keeps 的 where 比对 heads a noun phrase', () => {
    expect(deDi('这是一次全面的比对。')).toEqual([]);
  });
});

// A noun modifier the model never writes before 地 + nouns + the clause's predicate: the nouns are
// its subject, so 地 is 的.
describe('地 after a noun modifier before the subject nouns of a predicate', () => {
  it('reads 优质 + 地 + 教育资源 + 持续 … as 的', () => {
    expect(deDi('集团化办学让优质地教育资源持续流向乡村学校。')).toEqual(['地→的']);
  });

  it('keeps 地 after a manner word before its verb', () => {
    expect(deDi('志愿者耐心地讲解垃圾分类知识。')).toEqual([]);
  });
});
