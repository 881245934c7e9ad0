import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout set.
const run = runDeDiTable;

describe('的/地/得: adverbs jieba tags as verbs or state words, before a verb phrase → 地 (round 16)', () => {
  run([
    // 反复 (v), 不懈 (a): how the action is done, after the clause's subject.
    ['各组干部反复的向农户讲解补贴政策。', ['反复[的→地]']],
    ['鄉里幹部反覆的向農戶講解補貼政策。', ['反覆[的→地]'], 'hant'],
    // A measure repeated after 一, cut 一遍 + 遍 by jieba.
    ['他们一遍遍的核对花名册。', ['遍遍[的→地]']],
    // Right as written: the same words before a noun, or with 地.
    ['各组干部反复地向农户讲解补贴政策。', []],
    ['要建立反复的核查机制。', []],
    ['这是一件件的小事。', []],
    // A verb jieba tags n (投身) with its result complement 到 + a place: a verb phrase.
    ['党员干部积极的投身到抢险一线。', ['积极[的→地]']],
    ['党员干部积极地投身到抢险一线。', []],
    ['企业积极的配合得到了肯定。', []],
  ]);
});

describe('的/地/得: a reduplicated state word + 的 + a verb with its object or a preposition → 地 (round 16)', () => {
  run([
    // The subject before it need not read as one (网格 + 员, a verb inside 驻村): the shape after 的 decides.
    ['驻村队员实实在在的为村民解难题。', ['在在[的→地]']],
    ['网格员认认真真的走访每一户人家。', ['真真[的→地]']],
    // Right as written: the state word before a noun phrase (a verb form heading it, no object).
    ['这种实实在在的为民情怀令人感动。', []],
    ['这是认认真真的工作态度。', []],
    ['网格员认认真真地走访每一户人家。', []],
  ]);
});

describe('的/地/得: 要求/鼓励 … + an office + a manner word + 的 + a verb, after the clause subject → 地 (round 16)', () => {
  run([
    ['县政府要求各乡镇积极的配合普查工作。', ['积极[的→地]']],
    ['縣政府要求各鄉鎮積極的配合普查工作。', ['積極[的→地]'], 'hant'],
    // Right as written: 地, and a noun phrase with no office before it.
    ['县政府要求各乡镇积极地配合普查工作。', []],
    ['县政府感谢各乡镇积极的配合。', []],
  ]);
});

describe('的/地/得: a time word jieba tags m or n + 地 + a noun phrase → 的 (round 16)', () => {
  run([
    ['全镇上下确保完成全年地各项目标。', ['全年[地→的]']],
    ['本季度地防汛形势总体平稳。', ['季度[地→的]']],
    ['確保完成全年地各項目標。', ['全年[地→的]'], 'hant'],
    // Right as written: 地方 is a word, and 的 after the time word.
    ['全年地方税收稳步增长。', []],
    ['确保完成全年的各项目标。', []],
  ]);
});
