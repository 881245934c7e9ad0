import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

const words = wordLayer();
const deDi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('地 for 的 after an object-taking verb + modifier, before a verb-noun compound closing the clause', () => {
  // jieba tags the compound's first word v (就业, 防护, 监督): the phrase is still the verb's object.
  it.each([
    ['要多渠道开发稳定地就业岗位，优先吸纳脱贫劳动力。', 'hans'],
    ['执法队员要配齐必要地防护装备，确保自身安全。', 'hans'],
    ['要加强日常地监督管理。', 'hans'],
    ['要多渠道開發穩定地就業崗位，優先吸納脫貧勞動力。', 'hant'],
  ] as const)('%s', (text, script) => {
    expect(deDi(text, script)).toEqual(['地→的']);
  });

  // A verb that takes a verb phrase (确保, 坚持, 学会) makes modifier + 地 + verb + object an adverbial
  // and its predicate; so does a modifier written before 地 (认真, 有序) or no verb right before it.
  it.each([
    '要确保安全地运行设备。',
    '要坚持严格地执行制度。',
    '要学会熟练地操作设备。',
    '要集中统一地管理资金。',
    '要公开透明地分配资金。',
    '要组织群众有序地撤离危险区域。',
    '要依法合规地使用资金。',
    '要开发稳定的就业岗位。',
  ])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
