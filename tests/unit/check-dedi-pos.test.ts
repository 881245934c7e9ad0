import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// 的/地/得 decided by part of speech and the shape around the character (shared/check/words/de-di.ts).
// Made-up sentences; each expectation is "flagged character→fix:severity" over WRD-05 and LNG-01.
const words = wordLayer();
const deDi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05' || d.rule === 'LNG-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}:${d.severity}`);

describe('的 → 地: an adverbial before a verb or a preposition', () => {
  // After 要/应/必须, a manner word jieba tags n, v or c (科学, 妥善, 及时) is still the verb's
  // adverbial: the surest shape, an error.
  it.each([
    ['各街道要妥善的安置搬迁群众。', 'hans'],
    ['必须科学的编制项目预算。', 'hans'],
    ['各单位应及时的向指挥部报送数据。', 'hans'],
    ['要严格的依照条例审批。', 'hans'],
    ['要有序的组织群众撤离。', 'hans'],
    ['各單位要妥善的處理陳情案件。', 'hant'],
    ['必須嚴格的依照規定辦理。', 'hant'],
  ] as const)('%s → 地 (error)', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→地:error']);
  });

  // Reduplicated, coordinated and four-character adverbials, a subject before, a modal clause earlier.
  it.each([
    ['大家要踏踏实实的干好本职。', 'hans'],
    ['要依法依规的查处违建。', 'hans'],
    ['执法人员耐心细致的讲解政策法规。', 'hans'],
    ['会议认真的审议了年度预算。', 'hans'],
    ['要统筹安排，稳妥有序的推进搬迁。', 'hans'],
    ['他语重心长的说，要守住底线。', 'hans'],
    ['相關部門要確確實實的落實整改。', 'hant'],
    ['突击队很好的完成了抢修任务。', 'hans'],
    ['要高标准的建设示范村。', 'hans'],
  ] as const)('%s → 地', (text, script) => {
    expect(deDi(text, script).map((x) => x.replace(/:.*/, ''))).toEqual(['的→地']);
  });
});

describe('的 → 得: a verb of doing, then its complement closing the clause', () => {
  it.each([
    ['今年的植树活动组织的非常周密。', 'hans'],
    ['防汛物资储备的比较充足。', 'hans'],
    ['各项整改任务完成的还不彻底。', 'hans'],
    ['集中宣传月开展的扎扎实实。', 'hans'],
    ['老旧小区改造推进的很快。', 'hans'],
    ['招商工作推進的十分順利。', 'hant'],
    ['今天的座谈会开的很成功。', 'hans'],
    ['各项筹备工作部署的周密细致。', 'hans'],
  ] as const)('%s → 得', (text, script) => {
    expect(deDi(text, script)).toEqual(['的→得:warning']);
  });
});

describe('地 → 的 and 得 → 地', () => {
  it.each([
    ['这是一项紧迫地任务。', 'hans', '地→的'],
    ['全市建立了规范地审批流程。', 'hans', '地→的'],
    ['要以饱满地热情投入工作。', 'hans', '地→的'],
    ['這是一項艱鉅地工程。', 'hant', '地→的'],
    ['在市委坚强地领导下，各项任务顺利完成。', 'hans', '地→的'],
    ['在縣府堅強地領導下，工程如期完工。', 'hant', '地→的'],
    ['全县上下形成了共同地奋斗目标。', 'hans', '地→的'],
    ['要切实得履行职责。', 'hans', '得→地'],
    ['要稳妥得推进改革。', 'hans', '得→地'],
  ] as const)('%s → %s', (text, script, fix) => {
    expect(deDi(text, script).map((x) => x.replace(/:.*/, ''))).toEqual([fix]);
  });
});

describe('correct uses stay clean', () => {
  it.each([
    // 的 before a noun, after a verb or preposition that takes the phrase as its object.
    ['严格的制度是做好工作的保障。', 'hans'],
    ['会议对规划进行了认真的讨论。', 'hans'],
    ['省里给予了有力的支持。', 'hans'],
    ['要以主动的姿态迎接挑战。', 'hans'],
    ['这需要各方积极的配合。', 'hans'],
    ['得益于企业积极的配合，工期提前了。', 'hans'],
    ['长期的坚持终于换来了成果。', 'hans'],
    ['更重要的是压实责任。', 'hans'],
    ['这是一支最能吃苦的队伍。', 'hans'],
    // 是…的, 目的, 的确, 有的放矢; nominal verb + 的 before its predicate.
    ['这样的安排是合理的。', 'hans'],
    ['此次调研的目的是摸清底数。', 'hans'],
    ['的确，困难还有不少。', 'hans'],
    ['要有的放矢地制定措施。', 'hans'],
    ['他说的很有道理。', 'hans'],
    ['我们所做的还很不够。', 'hans'],
    ['对符合条件的予以补助。', 'hans'],
    // 地 in words; 得 in words; right 地 and 得.
    ['各地要举一反三。', 'hans'],
    ['要就地化解矛盾纠纷。', 'hans'],
    ['工作组深入实地察看灾情。', 'hans'],
    ['当地群众踊跃参与。', 'hans'],
    ['要切实保护耕地和基本农田。', 'hans'],
    ['这里是当年的革命根据地。', 'hans'],
    ['施工场地要封闭管理。', 'hans'],
    ['获得了上级的肯定。', 'hans'],
    ['不得以任何形式摊派。', 'hans'],
    ['取得了明显的成效。', 'hans'],
    ['要认真地研究落实。', 'hans'],
    ['工作推进得十分顺利。', 'hans'],
    ['要通过认真地学习提高本领。', 'hans'],
    ['在不断地探索中积累经验。', 'hans'],
    ['在各方的共同努力下，工程提前完工。', 'hans'],
    ['他开的车停在门口。', 'hans'],
    ['坚持科学地考核干部。', 'hans'],
    ['各地區要妥善地處理。', 'hant'],
    ['嚴格的制度是工作的保障。', 'hant'],
    ['這項改革的目的在於便民。', 'hant'],
  ] as const)('no finding: %s', (text, script) => {
    expect(deDi(text, script)).toEqual([]);
  });
});
