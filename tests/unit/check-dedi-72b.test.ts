import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: a strong manner word + 的 + a noun-tagged verb + its plain noun object → 地 (de-di-declarative.ts)', () => {
  run([
    ['入冬以来，社区医生耐心的指导居民接种流感疫苗。', ['耐心[的→地]']],
    ['库管员仔细的清点仓库药品，逐项登记造册。', ['仔细[的→地]']],
    ['庫管員仔細的清點倉庫藥品，逐項登記造冊。', ['仔細[的→地]'], 'hant'],
    // Right as written with 地.
    ['入冬以来，社区医生耐心地指导居民接种流感疫苗。', []],
  ]);
});

describe('的/地/得: the same frame where 的 is right', () => {
  run([
    // A noun the model leans to follow 的 heads the phrase (态度), whatever comes after it.
    ['社区医生耐心的服务态度赢得了居民好评。', []],
    ['专家耐心的指导意见对大家很有帮助。', []],
  ]);
});

describe('的/地/得: a verb + 的 + 比 + what it is measured against + an adjective closing the clause → 得', () => {
  run([
    ['今年的麦收工作安排的比去年早，农机也提前到位。', ['安排[的→得]']],
    ['新校区的工程推进的比计划顺利，年底可以交付。', ['推进[的→得]']],
    // 地 written for 得 after a topic and its verb kept as one entry.
    ['新校区建设工作进展地比计划顺利，年底可以交付。', ['进展[地→得]']],
    // Right as written.
    ['今年的麦收工作安排得比去年早，农机也提前到位。', []],
  ]);
});

describe('的/地/得: 的 before 比 where it is right', () => {
  run([
    // After a time, verb + 的 names the things done (今年新建的 = the ones built this year).
    ['今年新建的比去年多，质量也更好。', []],
    // A copula earlier makes the whole a predicate noun phrase's clause.
    ['这是我们安排的比赛日程，请大家遵照执行。', []],
  ]);
});

describe('的/地/得: a trade verb + a person noun as subject + a strong manner word + 的 + a verb closing the clause → 地 (de-di-closing.ts)', () => {
  run([
    ['停电以后，维修工人夜以继日的抢修，次日恢复了供电。', ['继日[的→地]']],
    ['暴雨过后，巡逻队员仔细的搜寻，发现了两处塌方。', ['仔细[的→地]']],
    // Right as written with 地.
    ['停电以后，维修工人夜以继日地抢修，次日恢复了供电。', []],
  ]);
});

describe('的/地/得: a verb that takes the doing as its object keeps 的', () => {
  run([
    ['感谢维修工人夜以继日的抢修，次日恢复了供电。', []],
    ['看到巡逻队员仔细的搜寻，居民们放心了。', []],
  ]);
});
