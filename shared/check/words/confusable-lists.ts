/**
 * Confusable pairs from published lists of the slips official writing makes (公文常见错别字,
 * 易混词辨析, 《咬文嚼字》's yearly 十大语文差错, Taiwan's 公文撰作 usage notes, newspapers' counts of
 * input-method slips), each with the collocation those lists give to decide it. Same line syntax as
 * confusable-pairs.ts (wrong>right, then cues; "!" an error, plain a warning, "-" a block), parsed
 * with that table. Cues are Simplified: Traditional text is converted before matching, so one line
 * serves both scripts.
 *
 * Kept apart from confusable-pairs.ts because the source differs: these lines were written from the
 * pages below, read with the library's page search on 2026-12-05 (round 25, check-34b), not from
 * the sentences of any check set. Pairs the older table or homophones.ts already holds (权力/权利,
 * 截止/截至, 制定/制订, 反映/反应, 以至/以致, 必须/必需, 起用/启用, 国是/国事 …) are not repeated.
 * A line stays only if it adds no finding on the clean TRAIN sentences nor on the real report text of
 * bench/check-realtext.ts.
 *
 * Sources (url — what it gave):
 *  [1] exam8.com/zige/gongwuyuan/gongwen/xingzheng/201308/2689922.html — 及时/实时
 *  [2] bluepacific.com.cn/viscms/hotnews/20250711/30566.html — 审议/申议
 *  [3] wucuozi.com/cuobiezi/yaowenjiaozi-top10/ — 一篮子货币/一揽子
 *  [4] scgzkg.net/e/20141225/549ba862319f2.shtml — 入驻/入住 (巡视组入驻)
 *  [5] ks-zhong.com/article/a139541571598166086.html — 蔓延/曼延, 途经/途径, 共渡难关, 戴口罩,
 *      副作用/负作用, 禁渔/禁鱼
 *  [6] getit01.com/p201806183128884 — 狙击/阻击, 其间/期间 (期间 cannot open a sentence)
 *  [7] hk.outputnews.com/2019/fengwen/news_2019_10_22_1540941 — 既/即 (既来之), 神舟/神州
 *  [8] m.anvnanw.cn/home/news/index/id/11701.html — 既/即 (既得利益, 既成事实), 纪/记 (纪实),
 *      联/连 (联动, 连续)
 *  [9] yuwen.zidianfy.com/yuwen_298259 — 辨/辩 (辨别, 答辩), 采/彩 (风采, 喝彩), 长/常 (常抓)
 * [10] ws.csptc.gov.tw/001/Upload/ebook/公文撰作解析/odbook_Appendix/files/basic-html/page91.html —
 *      坐落/座落, 酌/卓 (酌情)
 * [11] companysz.com/wen/2024/07-08/1319233.html — input-method slips a newspaper counted: 突破/图破,
 *      重点/终点
 * [12] bjnews.com.cn/detail/155148315914213.html — a district website's slips: 拉开/拉来帷幕, 花篮/花蓝
 * [13] zh.hk01.com/即时中国/299865 — government website audits: 政府/攻府, 共和国/共合国, 秸秆/秸杆
 * [14] aipaogen.com/zhishi/202307/0H910194422023.html — 安全度汛, not 渡汛 (the lexicon has it already)
 * [15] fafqdl.cn/news/ent/xx/1935266.html — Sogou's 2017 top-20 slips: 视频/视屏, 登录/登陆, 账号/帐号,
 *      照相/照像, 综合征/综合症
 * [16] cqxianglaokan.com/book-read/29490654/12 — pinyin input slips: 步行/不行, 正式/正是, 不佳/不加
 * [17] news.sina.com.tw/article/20190608/31563256.html — 扫黑除恶 written 扫黑险恶 on a hundred
 *      government websites (a Wubi slip)
 */
export const LISTED_PAIRS = `
实时>及时 _(处置|处理|整改|化解|救治|纠正|解决|回应|撤离|疏散|上报|报告|报送)
申议>审议 !*
一揽子>一篮子 !_货币
一篮子>一揽子 !_(计划|政策|措施|方案|工程|协议|交易|解决|举措)
入住>入驻 !(巡视组|巡察组|督导组|督查组|检查组|工作组|调查组|专案组|专班)_ (企业|商户|商家|机构|品牌|电商)_
途径>途经 !_(此地|此处|该地|该路段|我县|我市|我区|我镇|本县|本市|本区|本镇) (车辆|线路|公交|班车|客车|列车|航线|货车|国道|省道|高速|铁路|管道|管线|台风|洪峰|旅客|游客)…_&_[^，。；]{1,10}(县|镇|乡|村|街道|路段|河段|境内|辖区|一带)
共度>共渡 !_(难关|时艰)
带>戴 !_(好|上|着)?(口罩|安全帽|头盔|救生衣|防护面罩|护目镜)
负作用>副作用 *
曼延>蔓延 *
漫延>蔓延 *
禁鱼>禁渔 !_(期|区|令|制度|规定)
狙击>阻击 !_(疫情|病毒|战) !(疫情|防控)_
神州>神舟 !_([一二三四五六七八九十]+|\\d+)号
即来之>既来之 !*
即然>既然 !*
即成>既成 !_事实
记实>纪实 *
连动>联动 !(部门|上下|协同|区域|多方|县乡|市县|省市|军地|警地|政企|左右)_ !_(机制|响应|处置|执法|协作|指挥)
联续>连续 !*
风彩>风采 !*
光采>光彩 !*
喝采>喝彩 !*
神彩>神采 !*
常效>长效 !*
长态化>常态化 !*
长抓>常抓 !_不懈
辩认>辨认 !*
辩析>辨析 !*
辩识>辨识 !*
座落>坐落 !*
卓情>酌情 !*
斟卓>斟酌 !*
图破>突破 !*
终点>重点 !(突出|抓住|抓好|聚焦|列为|确定为|明确|把握|围绕|重中之|年度|今年|当前|下一步)_ !_(工作|任务|项目|领域|行业|人群|区域|时段|部位|环节|对象|企业|单位|场所|难点|突破|帮扶|人员|工程|监管|整治) -(起点|到达|抵达|驶向|跑到|冲过|冲向|奔向|返回)_ -_(站|线)
拉来>拉开 !_(了)?(序幕|帷幕)
花蓝>花篮 !*
攻府>政府 !*
共合国>共和国 !*
秸杆>秸秆 !*
年贷>年货 !*
视屏>视频 !*
登陆>登录 !_(系统|平台|网站|网页|账号|账户|官网|小程序|客户端|邮箱|页面)
帐号>账号 hans !*
照像>照相 !_(机|馆)
综合症>综合征 *
不行>步行 !_(约|大约)?(\\d+|[一二三四五六七八九十两几]+)(分钟|公里|米|小时|里)
正是>正式 !(于|将|已|宣布|起|[年月日])_&_(开题|启动|启用|运行|投入|上线|开工|开通|挂牌|成立|印发|发布|出台|签约|交付|通车|开放|生效|揭牌|运营) -_…(的|之)
险恶>除恶 !扫黑_
不加>不佳 !(效果|成绩|状态|业绩|表现|效益|路况|视线|天气|收成|长势)(可能|较为|十分|明显|仍然|依然|一直)?_
`;
