import { TERM_VERBS, TERM_WORDS } from './terms';

/**
 * Words of current official writing that jieba's dictionary (built from older text) lacks: without
 * them the segmenter cuts 新质生产力 into single characters and the near-miss rule "corrects" 新质
 * to 新址. Added to the segmenter and the dictionary as ordinary, fairly frequent words.
 */
export const OFFICIAL_WORDS: readonly string[] = `
新质 提质 纠治 协管 增效 降本 赋能 数智 数字化 网格化 接诉即办 一网通办 放管服 急难愁盼 获得感 幸福感 安全感
高质量 走深走实 提级 联农带农 兜底 四风 清廉 堵点 难点 痛点 短板 弱项 双碳 碳达峰 碳中和 营商 揭榜挂帅
专精特新 链长 链主 首发 跨省通办 一件事 提质增效 稳中求进 以进促稳 先立后破 守正创新 担当作为 履职尽责
压茬 压实 夯实 靠前 闭环 清单化 项目化 常态化 长效化 一体化 智慧化 精细化 规范化 标准化 法治化 市场化
帮扶 结对 包联 包保 挂图作战 销号 督导 督办 交办 回头看 大排查 大整治 攻坚战 主阵地 主力军 排头兵
行稳致远 排查 愿景
抗疫 战疫 新冠 新冠肺炎 复工复产 群防群控 健康码 行程码 封控 援企 返岗
乡村振兴 共同富裕 数字经济 专班
今早 昨早 终期
人岗相适 相适
勠力同心 勠力
铸牢 深学细悟 扶智 对表对标 三驾马车 从严治政 保畅 一园多区
一府一委两院 市情 浙里
失联 执裁
`
  .split(/\s+/)
  .filter(Boolean)
  // Terms jieba counts too rarely (terms.ts: Taiwan's 公文 words, 摸排): added the same way.
  .concat(TERM_WORDS);

/**
 * Those of them that are verbs (靠前服务, 压实责任): tagged v, so the 的/地 rule sees a verb after
 * 主动的 as it does after 认真的.
 */
export const OFFICIAL_VERBS: ReadonlySet<string> = new Set([
  ...'提质 纠治 协管 增效 降本 赋能 提级 兜底 压茬 压实 夯实 靠前 帮扶 结对 包联 包保 销号 督导 督办 交办 排查 抗疫 战疫 复工复产 封控 援企 返岗'.split(' '),
  ...TERM_VERBS,
]);

/** Frequency given to these words: common enough to be words, far below everyday words. */
export const OFFICIAL_WORD_FREQ = 500;
