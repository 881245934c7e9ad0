/**
 * Known wrong forms -> corrections for the lexicon (WRD-01), round 14 (check-16b, 2026-12-03).
 *
 * Sources, read with the library's search tool (corpus pages) and rewritten as data (pairs only; no
 * prose copied): 《咬文嚼字》's yearly 十大语文差错 as reported by gmw.cn (2011: 撼 for 捍 in 捍卫,
 * 一年之季), fx361.cc (2018: 捅篓子), shaoxing.com.cn (2019) and its 100 common 别字 (360docs.net);
 * the 公文 notes of exam8.com (公文处理中常见错别字) and 20xs.org; the 形近字 and 同音字 notes
 * of bianjiao.net. As in misspellings.ts, most pairs complete a published character slip across
 * the 公文 words it spoils: 洽/恰 (洽当), 销/消 (推消, 经消, 消量), 秉/禀, 聘/骋, 贯/惯, 坚/艰,
 * 档/挡, 彻/沏/撤, 驻/注, 扶/抚, 殖/植, 幅/副, 附/付, 诫/戒, 误/悟, 谣/遥 …
 *
 * Screened by script before they went in (tests/unit/check-lexicon.test.ts guards the result): no
 * wrong form is a jieba entry, a CEDICT word of its own, part of a longer jieba word, or found in
 * any clean sentence, report text or fixture under bench/ and tests/; none is a form planted in a
 * check set (bench/check-*: those measure the general rules). Dropped by hand as right in some
 * context: 一年之际 (成立一年之际), 屡历 (屡历艰险), 隔篱, 清瘀, 透澈, 进住, 长驻. And every two-character
 * form whose first character stands alone before a common word that starts with its second (由 +
 * 忠诚, 连 + 惯例, 竟 + 价值, 推 + 消费, 读 + 职业, 习惯 + 穿, 今年初 + 忠县): lexiconRule's boundary
 * check lets a lone character through (a slip leaves one alone), so such a form would be flagged in
 * right text: 暂新 (暂 + 新增), 打腊 (打 + 腊肉), 由忠, 初忠, 连惯, 惯穿, 竟价, 推消, 经消, 消量, 读职,
 * 造遥, 闲熟, 帮抚, 扭带, 更叠, 观注, 查堪, 堪查 were dropped so. 陪偿 and 辨公 are left to the look-alike
 * rules, whose unit tests use them.
 */
export const OFFICE_SLIPS = `
捅篓子 捅娄子|撼卫 捍卫|悍卫 捍卫|一年之季 一年之计|洽当 恰当|禀持 秉持|禀公 秉公|述求 诉求|纠份 纠纷|役苗 疫苗|扶恤 抚恤
抚贫 扶贫|种殖 种植|繁植 繁殖|遂道 隧道|骋用 聘用|骋任 聘任|骋请 聘请|舞蔽 舞弊|松泄 松懈|遥言 谣言|翰旋 斡旋|孚化 孵化
熟暗 熟谙|阐诉 阐述|缀述 赘述|累缀 累赘|篇副 篇幅|付件 附件|附诸 付诸|惩诫 惩戒|坚巨 艰巨|坚难 艰难|坚辛 艰辛|延悟 延误
巩故 巩固|拱固 巩固|捐增 捐赠|敷延 敷衍|唐塞 搪塞|托沓 拖沓|担挡 担当|阻档 阻挡|遮档 遮挡|安照 按照|暂露头角 崭露头角|撤夜 彻夜
澄沏 澄澈|沏底 彻底|注足 驻足|辩法 办法|捡修 检修|验受 验收|维户 维护|维扩 维护|喝护 呵护|避护 庇护|坦护 袒护
陪置 配置
`;
