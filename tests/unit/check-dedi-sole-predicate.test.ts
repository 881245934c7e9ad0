import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: the verb after 的 is the only predicate its clause can have → 地', () => {
  run([
    // A subject and a 对-phrase, then modifier + 的 + a verb closing the clause: nothing else predicates.
    ['检查组对辖区内的加油站仔细的核查，确保不留死角。', ['仔细[的→地]']],
    // Adverbs the language models never saw before 地, in both scripts.
    ['交警部门将依法从严的查处。', ['从严[的→地]']],
    ['稽查人員對轄區內的攤商從嚴的查核，確保不漏一處。', ['從嚴[的→地]'], 'hant'],
    ['稽查人員對轄區內的攤商連夜的查核，並當場開單。', ['連夜[的→地]'], 'hant'],
    // A verb as the adverbial, right after a modal; a verb with its object after 的.
    ['街道要集中的清理一批占道经营的摊点。', ['集中[的→地]']],
    ['委员们之间坦诚的指出不足，会议气氛热烈。', ['坦诚[的→地]']],
    // Right as written.
    ['交警部门将依法从严地查处。', []],
  ]);
});

describe('的/地/得: the same shape where the phrase is a noun phrase after all', () => {
  run([
    // A predicate of its own later (a degree word, a verb after a noun, a modal).
    ['群众对社区工作人员热情的服务十分满意。', []],
    ['双向转诊的就医秩序逐步形成。', []],
    ['新进驻的企业将扩建生产线。', []],
    ['今年门诊接诊的发热病人明显增多。', []],
    // The next clause is the phrase's predicate (state, effect).
    ['群众对社区工作人员热情的服务，十分满意。', []],
    ['村民对工作队耐心的帮扶，让全村人都很感动。', []],
    ['各部门积极的配合，确保了活动顺利进行。', []],
    ['各部门积极的配合，为活动顺利举办提供了保障。', []],
    // A second verb with its aspect mark; a pronoun opening the next clause, the phrase its topic.
    ['企业积极的配合得到了上级的肯定。', []],
    ['志愿者热情的接待，我们都记在心里。', []],
    // The word after a modal heads the predicate, whatever jieba tags it (落实 a).
    ['各村要落实必要的防范措施。', []],
    // Right after a preposition, the modifier opens its object.
    ['执法队对恃强凌弱的行为依法严惩。', []],
    // A preposition taking a doing or a means, or a verb taking the phrase as its object.
    ['通过志愿者耐心的讲解，居民学会了垃圾分类。', []],
    ['他用平实的语言讲述了家乡的变化。', []],
    ['新建小区须配套完善的排水设施。', []],
  ]);
});
