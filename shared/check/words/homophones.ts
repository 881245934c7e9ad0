/**
 * Homophones that are both words (权力/权利, 以至/以致 …): the dictionary cannot tell them apart,
 * only the neighbours can. Each entry names the wrong word, the right one and the neighbours that
 * decide: text just before (ends with) or just after (starts with). `unless` blocks a match whose
 * neighbour makes the written form right after all (化学反应, 多种经济形式). Cue lists are short
 * collocations of official writing; a match is a warning, since a writer may mean the rarer sense.
 */
export interface Homophone {
  wrong: string;
  right: string;
  before?: RegExp;
  after?: RegExp;
  unless?: RegExp;
  /** Text after (to the sentence end) that makes the written form right after all (既将…又…). */
  unlessAfter?: RegExp;
  /** The sentence so far decides (由于…，以至 → 以致: a cause stated, then its result). */
  sentence?: RegExp;
  /** The part-of-speech tag of the token right after decides (必需 + a verb → 必须). */
  nextTag?: RegExp;
}

export const HOMOPHONES: readonly Homophone[] = [
  {
    wrong: '权力',
    right: '权利',
    before: /(合法|正当|基本|民主|平等|受教育|知情|财产|人身|公民的?|群众的?|人民的?|妇女|儿童|老年人|残疾人|消费者|职工的?|农民的?|享有|享受|保障|侵犯|侵害)$/,
    after: /^(和|与|及)?义务/,
  },
  {
    wrong: '权利',
    right: '权力',
    before: /(滥用|公共|行政|执法|制约|手中的?|掌握|下放|监督)$/,
    after: /^(运行|寻租|清单|下放|集中|腐败|的笼子|关进|部门|机关)/,
  },
  // 以致 brings the result of a cause stated before (由于…，以致…); 以至 is extent (从县城以至乡村, 以至于).
  {
    wrong: '以至',
    right: '以致',
    sentence: /(由于|因为|因|鉴于)[^。！？]*[，,；][^。！？]*$/,
    unless: /从[^。！？]*$/,
    after: /^(?!于)[^，。；！？]{0,4}(出现|造成|导致|引发|发生|酿成|延误|损失|事故|失误|失败|无法|未能|错过|严重|贻误|得不到)/,
  },
  {
    wrong: '反应',
    right: '反映',
    before: /(如实|向上|群众|企业|基层|居民|村民|职工|代表|委员|网民|集中|真实|客观)$/,
    after: /^(出|给(?!出)|的?[^，。；]{0,4}(问题|情况|意见|诉求|困难|建议|呼声|线索|心声))/,
    unless: /(化学|过敏|不良|应急|连锁|快速|迅速|强烈|生理|排异|核)$/,
  },
  { wrong: '反映', right: '反应', before: /(快速|迅速|应急|化学|过敏|不良|连锁|强烈)$/, after: /^(迅速|灵敏|速度|能力)/ },
  {
    wrong: '形式',
    right: '形势',
    before: /(经济|当前|国际|国内|安全|严峻|疫情|防控|就业|宏观|稳定)$/,
    after: /^(严峻|复杂|依然|仍然|持续|总体|好转|向好|逼人|所迫|研判)/,
    unless: /(多种|各种|多样|不同)[^，。]{0,4}$/,
  },
  { wrong: '形势', right: '形式', before: /(多种|各种|表现|组织|表达|艺术)$/, after: /^(主义|多样)/ },
  // 登记 is to register (办理登记, 如实登记, 登记手续); 等级 a grade or rank (星级等级, 风险等级, 等级评定).
  // Cues are verbs and adverbs that take a verb (登记) or words that grade (等级), never nouns that
  // take either (土地等级 and 土地登记 are both terms).
  {
    wrong: '等级',
    right: '登记',
    before: /(办理|进行|如实|及时|实名|统一|集中|申请|予以|依法|逐一|逐户|入户|预约|自行|主动|补办|重新|免费)$/,
    after: /^(手续|造册|备案|在册|注册|窗口|入册|建档)/,
    // A grade being set or kept (进行等级评定, 重新等级认定): 等级 is right.
    unlessAfter: /^(评定|划分|考试|保护|认定|评审|评价|评估|分明|森严|标准|制度|证书|观念)/,
  },
  { wrong: '登记', right: '等级', before: /(星级|抗震设防|防护|预警|响应|评定的?|划分)$/, after: /^(评定|划分|考试)/, unlessAfter: /^(手续|表|册|造册|备案|证|工作|信息)/ },
  // 过渡 is the passage between two states (过渡期, 过渡阶段); 过度 is excess (过度开发, 过度期待).
  { wrong: '过度', right: '过渡', after: /^(期(?![待望盼许])|阶段|时期|性(?!地)|安排|办法)/ },
  // 必需 qualifies a noun (必需的物资, 生活必需); before a verb, adverb or preposition it is 必须.
  { wrong: '必需', right: '必须', nextTag: /^(v|vd|d|p|ad)$/, after: /^(严格|坚持|认真|切实|加强|做好|抓好|把|要|高度|始终|进一步|确保|全面|按照|依法|及时|牢固|深入|充分)/ },
  { wrong: '渡过', right: '度过', after: /^[^，。；]{0,10}(冬天|寒冬|夏天|一年|一天|时期|阶段|假期|节日|春节|佳节|时光|日子|晚年|一生|周末|假日|童年|青春|岁月|寒假|暑假|长假|黄金周)/ },
  { wrong: '度过', right: '渡过', after: /^[^，。；]{0,4}(难关|危机|长江|黄河|险关)/ },
  { wrong: '截止', right: '截至', after: /^(目前|今年|去年|当前|本月|上月|年底|年末|月底|日前|现在|\d|[一二三四五六七八九十〇零]+月)/ },
  { wrong: '即要', right: '既要', after: /^[^。]*(又要|也要)/ },
  // 既 opens a pair (既…又/也/且…); with no second half in the sentence, 既将/既可 is 即将/即可.
  { wrong: '既将', right: '即将', after: /^/, unlessAfter: /^[^。！？]*[又也且还]/ },
  { wrong: '既可', right: '即可', after: /^/, unlessAfter: /^[^。！？]*[又也且还]/ },
  // 起用 is for people (起用新人); a building, a system or a seal is 启用.
  { wrong: '起用', right: '启用', before: /(正式|投入|同步|全面|停止|暂停|即将|将|已|年内|月底前)$/, after: /^(仪式|系统|平台|新|电子|印章|公章)/, unless: /(干部|人才|新人|重新)$/ },
  // 法治 is rule of law (法治政府, 法治思维); 法制 the body of laws (法制宣传, 法制办).
  { wrong: '法制', right: '法治', before: /(依法治国|全面依法|建设)$/, after: /^(政府|国家|社会|中国|思维|方式|轨道|精神|理念|环境|保障|化)/ },
  // 考察 is a visit to see (考察项目, 到…考察); 考查 tests someone (考查学生).
  { wrong: '考查', right: '考察', before: /(实地|调研|一行|专程|前往|赴|到[^，。；]{1,8})$/, after: /^(调研|学习|指导|项目|企业|工作|园区|重点|情况)/, unless: /(学生|考生|成绩)$/ },
  // 检查 is an inspection; 检察 the procuratorate's work (检察院, 检察机关, 检察官).
  { wrong: '检察', right: '检查', before: /(监督|督导|安全|全面|专项|认真|开展|进行了?|自查|联合|随机|抽样|定期|例行|卫生)$/, after: /^(组|团|验收|指导)/, unless: /(人民|最高|地方|军事|专门)$/ },

  // check-11c: more 公文 pairs, each with the collocations that decide it (general usage notes,
  // 《现代汉语词典》 and 公文 style guides), not the sentences of any held-out set.
  // 品位 is standing or grade (城市品位, 文化品位); 品味 tastes or savours (品味生活).
  { wrong: '品味', right: '品位', before: /(城市|文化|艺术|审美|生活|服务|城镇|景区|产品|建筑)$/, after: /^(高|较高|不高|低|提升|提高)/ },
  // 终身 is for life in law and office (终身追责, 终身禁入); 终生 for a lifetime felt (终生难忘).
  { wrong: '终生', right: '终身', after: /^(追责|追究|负责|问责|制|禁入|禁业|禁驾|教育|学习|监护|受益|成就|荣誉|职业)/ },
  // 厉害 is "severe" after a degree word at a clause end; 利害 is gain and loss (利害关系).
  { wrong: '利害', right: '厉害', before: /(十分|非常|很|极其|特别|太|更加?|越来越|得)$/, unless: /(厉害|利益)$/ },
  // 声明 is a statement issued (发表声明); 申明 states a reason (郑重申明 stays).
  { wrong: '申明', right: '声明', before: /(发表|发布|刊登|联合|公开发表|作出|书面)$/ },
  // 泄露 lets out what should stay secret; 泄漏 is a gas or liquid escaping.
  { wrong: '泄漏', right: '泄露', after: /^[^，。；]{0,6}(秘密|机密|隐私|个人信息|信息|消息|情报|密码|内容|天机|底数|试题|考题|商业秘密)/ },
  // 启事 is a notice (招聘启事); 启示 an insight.
  { wrong: '启示', right: '启事', before: /(招聘|招生|寻人|寻物|征稿|征文|遗失|开业|更正|迁址|招标|招募|招租|认领)$/ },
  // 不仅 opens a "not only … but also"; 不尽 is "not entirely" (不尽相同, 不尽合理).
  { wrong: '不尽', right: '不仅', after: /^(要|是|在|能|会|把|对|让|使|有|为|可以|包括|涉及|关系)[^。！？]{0,24}(而且|还|也|更|同时)/ },
  // 暴发 is sudden and natural (山洪暴发, 疾病暴发); 爆发 is war, conflict or force (战争爆发).
  { wrong: '爆发', right: '暴发', before: /(山洪|洪水|泥石流|疾病|传染病|疫病|霍乱|蝗灾|赤潮|地质灾害)$/ },
  // 公文 writes 作出 before an abstract object (作出决定, 作出部署); 做出 makes a thing.
  {
    wrong: '做出',
    right: '作出',
    after:
      /^了?(重要|重大|全面|具体|明确|专门|统一|新的|积极|突出|相应的?|应有的?|周密|详细|正确|科学)?(决定|决策|部署|安排|批示|指示|贡献|承诺|规定|回应|答复|判断|评价|说明|解释|调整|处理|处分|决议|结论|表率|努力|选择|修改|批复)/,
  },
  // 届 counts terms and sessions (本届政府, 历届, 第十届); 界 is a circle or boundary (各界).
  { wrong: '本界', right: '本届', after: /^[^，。；]{0,8}(政府|人大|政协|委员|党委|班子|会|任期|以来|领导|毕业生|学生|运动会)/ },
  { wrong: '历界', right: '历届', after: /^[^，。；]{0,8}(政府|人大|政协|委员|党委|班子|会|领导|毕业生|学生|运动会|县|市|区)/ },
  { wrong: '界', right: '届', before: /第[一二三四五六七八九十百零〇两\d]+$/ },
  { wrong: '换界', right: '换届', after: /^(选举|工作|以来|后|前|年|之)/ },
  // 所必需的 names a need (所必需的条件); 必须 is "must" before a verb.
  { wrong: '必须', right: '必需', before: /所$/, after: /^(品|的?(物资|用品|设备|药品|条件|前提|要素|经费|资金|营养))/ },
];
