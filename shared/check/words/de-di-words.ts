/**
 * Closed word classes the 的/地/得 rule (de-di.ts) reads beside jieba's part-of-speech tags. jieba
 * tags many 公文 manner words as nouns, verbs or conjunctions (科学 n, 有序 n, 妥善 v, 及时 c, 全面
 * n), so its tags alone miss them before a verb; these are word classes, not lists of seen faults:
 * the rule still decides by the shape around 的 (what opens the predicate, what follows).
 */

/**
 * Manner words of report prose: adjectives and adverbs that stand before a verb as its adverbial
 * (认真地研究, 妥善地处置, 依法依规地开展). They also stand before nouns (认真的态度), so being one
 * is never enough: the words around 的 decide.
 */
export const MANNER_WORDS: ReadonlySet<string> = new Set([
  ...'认真 积极 主动 有效 严格 妥善 有序 稳妥 稳步 扎实 切实 全面 深入 大力 持续 及时 依法 依规 科学 精准 精心 精细'.split(' '),
  ...'统筹 充分 广泛 密切 高效 有力 迅速 坚决 坚定 全力 努力 不断 逐步 尽快 果断 准确 如实 客观 自觉 热情 耐心'.split(' '),
  ...'细致 周密 审慎 慎重 合理 规范 严肃 务实 真正 彻底 系统 清醒 深刻 牢固 公正 公平 公开 按时 按期 保质 稳健'.split(' '),
  ...'高质量 高标准 高水平 高效率 全速 用心 悉心 精确 灵活 创造性 创新性 系统性 整体性 历史性 实质性 针对性 前瞻性 全方位'.split(' '),
  ...'积极稳妥 依法依规 扎实有效 积极主动 认真细致 稳妥有序 高效有序 全面系统 深入细致 实事求是 因地制宜 坚定不移'.split(' '),
  // Adverbs jieba tags as verbs or adjectives of state (反复 v, 不懈 a, 逐一 d is read already): how an
  // action is done, before a verb (反复地宣讲, 坚持不懈地推进, 默默地坚守).
  ...'反复 不懈 逐一 一一 仔细 集中 默默 悄悄 静静 深深'.split(' '),
]);

/** Prepositions that open the verb phrase after an adverbial (严格地按照规定办理, 及时地向县委报告). */
export const PREPOSITIONS: ReadonlySet<string> = new Set('按照 依照 依据 根据 遵照 对 向 为 从 与 同 跟 把 将 在 以 通过 围绕 针对 就 给 朝 往 按 依 对照 沿着 本着 面向 替'.split(' '));

/** Verbs that link or hold rather than act (重要的是, 主要的有): 的 before them ends a noun phrase. */
export const COPULAS: ReadonlySet<string> = new Set('是 有 没有 为 在 像 叫 成为 属于 来自 包括 等于 作为 得 要 会 能 可以 应该 应当'.split(' '));

/** Verbs of speech, which close a clause after their adverbial (他满怀信心地表示，…). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set('说 讲 表示 指出 强调 介绍 回答 告诉 谈到 说道 感叹 笑道 坦言 直言 回忆 提醒'.split(' '));

/**
 * One-character verbs of doing that take a complement after 得 (做得好, 抓得紧, 办得成功). Verbs whose
 * product is a thing (说, 写, 买) are left out: 他说的很有道理 is "what he said", right as written.
 */
export const DOERS: ReadonlySet<string> = new Set('做 办 抓 干 搞 管 跑 变 长 涨 升 降 推 改 治 学 练 建 守 走 开'.split(' '));

/**
 * Degree words that open a complement after 得 (推进得十分顺利, 落实得不够有力, 解决得还不彻底).
 * 比较 and 更 are degree words here only because what follows must close the clause.
 */
export const DEGREE: ReadonlySet<string> = new Set(
  '不够 十分 非常 很 更加 比较 相当 特别 越来越 不太 格外 极为 较为 较 太 挺 更 蛮 颇 越发 愈发 异常 相对 不大 还不 尚不 仍不 偏 过于 过分 极其 尤为'.split(' '),
);

/** Adverbs that may stand between 得 and its degree word (解决得还不彻底, 推进得也很顺利). */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set('还 也 都 仍 尚 并 又 已 已经 仍然 依然'.split(' '));

/**
 * Adjectives that close a clause as a complement by themselves (落实得及时, 开展得不错, 做得好). Not
 * every adjective: 他买的贵 reads "what he bought is dear"; these are the ones report prose puts
 * after a verb of doing. 不够 too (压实得还不够): "not enough" of the doing, never a thing.
 */
export const COMPLEMENTS: ReadonlySet<string> = new Set(
  '不够 好 快 早 实 紧 细 准 稳 及时 到位 扎实 不错 出色 圆满 顺利 有效 彻底 透彻 细致 深入 具体 充分 有力 精彩 成功 热烈 很好 很快 更好 更快 较好 较快 很实 很细 挺好 太慢 较慢 很慢 规范 准确 清楚 完整'.split(
    ' ',
  ),
);

/**
 * Persons who can do a verb whose product 的 then names (他说的, 我们所做的, 大家提出的): before a
 * verb they make verb + 的 a noun, so what follows is its predicate, not a complement.
 */
export const PERSONS: ReadonlySet<string> = new Set('我 你 他 她 它 我们 你们 他们 她们 大家 自己 咱们 人家 别人 有人 所'.split(' '));

/**
 * Verbs that hold an object noun phrase after 了: 取得了长足地发展 → 的 even when jieba tags the head
 * a verb form (发展 vn, 改善 v).
 */
export const NOMINAL_OBJECT: ReadonlySet<string> = new Set('取得 获得 得到 受到 赢得 带来 迎来 实现 作出 做出 有 产生 发生 引起 形成'.split(' '));

/** Objects of 得 the verb (dé, to obtain) in official prose: 让群众得实惠, 得民心. */
export const OBTAINED: ReadonlySet<string> = new Set('实惠 好处 民心 人心 益处 利益 便利 便宜 实利 奖 分 病 罪'.split(' '));

/** Modals after which a word + 地 is the predicate's adverbial (de-di-odds.ts, de-di-right.ts). */
export const MODALS: ReadonlySet<string> = new Set('要 应 应当 应该 必须 务必 须 需 需要 能 能够 会 可以 将 才能 更 更加 进一步 不断 继续'.split(' '));
