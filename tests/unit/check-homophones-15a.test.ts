import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { converter } from '../../shared/script/converter';
import type { Script } from '../../shared/model';

// Homophones of two real words, round 13 (check-15a): the wrong candidate of a pinyin or zhuyin
// input method in the slot a fixed collocation of official writing decides. Every sentence here
// is made up for the test; none comes from a check set. Each pair has both sides: the wrong form
// flagged in its slot, and the same word used rightly in its own sense left alone.
const words = wordLayer();
const toTraditional = converter('cn', 'tw');
const wrd04 = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-04')
    .map((d) => `${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

/** wrong, right (Simplified), script of the sentences, the wrong form in its slot, the wrong form used rightly. */
const PAIRS: [string, string, Script, string, string][] = [
  ['支出', '指出', 'hans', '市委常委会会议支出，今年要守住安全底线。', '全年会议支出，比上年压减三成。'],
  ['同一', '同意', 'hans', '常务会议同一，由县财政局牵头办理。', '同一时间段内不得重复申报。'],
  ['标识', '表示', 'hans', '张华同志标识，要把民生实事办到群众心坎上。', '统一规范道路标识，方便群众出行。'],
  ['一直', '一致', 'hans', '会议一直通过了县城供热专项规划。', '我们一直坚持问题导向。'],
  ['政治', '整治', 'hans', '要深入开展背街小巷专项政治，清理乱堆乱放。', '全县党员干部要讲政治、顾大局。'],
  ['整治', '政治', 'hans', '各级党组织要旗帜鲜明讲整治。', '要持续开展河道整治，改善水环境。'],
  ['机智', '机制', 'hans', '要健全矛盾纠纷多元化解的工作机智。', '这位民警机智勇敢，当场制服了歹徒。'],
  ['指责', '职责', 'hans', '各单位要认真履行指责，守好一方平安。', '对群众的意见不能一味指责，要耐心解释。'],
  ['全线', '权限', 'hans', '审批全线要向乡镇下放。', '这条高速公路明年全线通车。'],
  ['保送', '报送', 'hans', '请于周五前将统计报表保送县统计局。', '她以优异成绩被保送上大学。'],
  ['时事', '实事', 'hans', '今年要办好十件民生时事。', '党员要经常学习时事政治。'],
  ['主题', '主体', 'hans', '企业要落实安全生产主题责任。', '本次演讲比赛的主题是青春奋斗。'],
  ['主体', '主题', 'hans', '全县各支部开展主体党日活动。', '企业是市场的主体。'],
  ['清楚', '清除', 'hans', '要及时清楚道路两侧的垃圾杂物。', '要把政策给群众讲清楚。'],
  ['警界', '警戒', 'hans', '演练期间，请勿进入警界范围。', '他在警界工作了三十年。'],
  ['缓解', '环节', 'hans', '要找准生产流程中的关键缓解。', '新修的道路有效缓解了交通拥堵。'],
  ['环节', '缓解', 'hans', '城区停车难问题得到有效环节，群众反映良好。', '审批环节由十二个减少到五个。'],
  ['湿地', '实地', 'hans', '专家组到项目现场湿地踏勘。', '要加强湿地保护，守护候鸟家园。'],
  ['防治', '防止', 'hans', '要完善值班制度，防治安全生产事故发生。', '要加强重大病虫害防治。'],
  ['视野', '事业', 'hans', '要大力发展慈善视野。', '青年干部要有开阔的视野。'],
  ['事实', '实施', 'hans', '要依法事实农村宅基地管理。', '要以事实为依据，以法律为准绳。'],
  ['直行', '执行', 'hans', '各部门要严格直行财经纪律和政策规定。', '前方路口车辆直行。'],
  ['归化', '规划', 'hans', '要科学编制国土空间归化。', '他已于去年归化入籍。'],
  ['回忆', '会议', 'hans', '县政府今天召开专题回忆，研究防汛工作。', '老同志深情回忆了当年的创业历程。'],
  ['落石', '落实', 'hans', '要逐项落石整改措施，按期销号。', '雨后要及时清理边坡落石。'],
  ['智力', '治理', 'hans', '要加快推进小流域综合智力。', '要为乡村振兴提供智力支持。'],
  ['知道', '指导', 'hans', '在上级部门的精心知道下，工作进展顺利。', '要让群众知道政策、用好政策。'],
  ['简易', '建议', 'hans', '今年共收到人大代表简易一百二十件。', '本案适用简易程序审理。'],
  ['实现', '时限', 'hans', '各项审批都要在法定实现内办结。', '要确保实现全年目标任务。'],
  ['地方', '堤防', 'hans', '入汛前要完成沿河地方加固。', '中央和地方要形成工作合力。'],
  ['同胞', '通报', 'hans', '对排名靠后的乡镇予以同胞批评。', '两岸同胞血脉相连。'],
  ['占位', '站位', 'hans', '要提高政治占位，扛起主体责任。', '不得长期占位影响他人使用。'],
  ['消耗', '销号', 'hans', '对查出的问题要限期消耗，逐条整改。', '要降低单位产值能源消耗。'],
  ['检验', '建言', 'hans', '欢迎社会各界为城市发展检验献策。', '产品出厂前要经过质量检验。'],
  ['仪式', '意识', 'hans', '要牢固树立底线仪式，守住安全红线。', '全校师生参加了升旗仪式。'],
  ['行程', '形成', 'hans', '要加强部门联动，行程工作合力。', '代表团的考察行程已经确定。'],
  ['共建', '攻坚', 'hans', '要坚决打赢蓝天保卫共建战。', '要推进共建共治共享。'],
  ['防空', '防控', 'hans', '要做好重大动物疫病的监测防空。', '要加强人民防空工程建设。'],
  ['放火', '防火', 'hans', '当前正值草原放火的关键时期。', '对故意放火的违法行为依法严惩。'],
  ['货源', '火源', 'hans', '严禁游客携带货源进入景区林地。', '节日期间市场货源充足。'],
  ['推移', '退役', 'hans', '要做好推移军人安置工作。', '随着时间的推移，问题逐步显现。'],
  ['通缉', '统计', 'hans', '要加强通缉数据质量管理。', '公安机关对逃犯发布网上通缉。'],
  ['平价', '评价', 'hans', '要完善干部考核平价体系。', '要增设平价蔬菜销售网点。'],
  ['回放', '回访', 'hans', '对已处理的投诉要进行电话回放。', '监控录像回放显示事发经过。'],
  ['校区', '小区', 'hans', '要加强住宅校区物业管理。', '学校新校区今年秋季投入使用。'],
  ['官网', '管网', 'hans', '要加快城区污水官网建设。', '详情请登录县政府官网查询。'],
  ['礼仪', '利益', 'hans', '要维护好群众最直接的礼仪。', '窗口人员要加强服务礼仪培训。'],
  ['发声', '发生', 'hans', '要采取有力措施，严防类似问题再次发声。', '青年干部要敢于发声、善于发声。'],
  ['势力', '实力', 'hans', '县域综合势力进一步增强。', '要严厉打击黑恶势力。'],
  ['医院', '议员', 'hant', '本府已將醫院質詢事項整理完竣。', '本市將新建一所區域醫院。'],
  ['按键', '案件', 'hant', '各類陳情按鍵應依限辦結。', '請依語音按鍵選擇服務項目。'],
  ['利民', '里民', 'hant', '請各里辦公處於下月召開利民大會。', '本府持續推動便民利民措施。'],
  ['接踵', '接种', 'hant', '請各衛生所提升疫苗接踵率。', '各項活動接踵而至。'],
  ['表现', '标线', 'hant', '請於月底前完成道路表現重新劃設。', '本年度考績表現優異者予以獎勵。'],
  ['深意', '审议', 'hant', '本案已提請議會深意。', '這段話的深意值得細細品味。'],
  ['起程', '期程', 'hant', '請依預定起程完成各項工程。', '代表團已於昨日起程返國。'],
  ['修整', '修正', 'hant', '自治條例修整草案業經本府會議通過。', '公園草坪將於下週進行修整。'],
  ['监视', '检视', 'hant', '請各機關通盤監視現行作業流程。', '警方持續監視可疑車輛動向。'],
  ['自理', '治理', 'hans', '要加强城乡环境综合自理。', '要照顾好生活不能自理的老人。'],
  ['实施', '设施', 'hans', '要补齐农村公共实施短板，提升服务水平。', '要全面实施乡村振兴战略。'],
  ['设施', '实施', 'hans', '要加快设施城市更新行动。', '要加快设施建设，完善配套。'],
  ['公建', '攻坚', 'hans', '要打好农村污水治理公建战。', '小区公建配套设施要同步交付。'],
  ['出新', '初心', 'hans', '广大党员要不忘出新、牢记使命。', '要推陈出新，办出特色。'],
  ['独到', '督导', 'hans', '县委将派出专项独到组开展检查。', '他对这个问题有独到的见解。'],
  ['物质', '物资', 'hans', '要提前做好防汛物质储备。', '要统筹物质文明和精神文明建设。'],
  ['时间', '实践', 'hans', '要坚持理论联系时间，学以致用。', '请合理安排会议时间。'],
  ['经历', '精力', 'hans', '要集中经历抓好项目建设。', '他经历了多个基层岗位的锻炼。'],
  ['同志', '通知', 'hans', '县政府办公室已印发同志，请遵照执行。', '请各位同志准时参会。'],
  ['回复', '恢复', 'hans', '灾后要尽快回复生产生活秩序。', '对群众留言要及时回复。'],
  ['一定', '议定', 'hans', '请各单位抓好会议一定事项的落实。', '今年的工作取得了一定成效。'],
];

describe('homophone pairs: the wrong candidate in its slot is an error', () => {
  it.each(PAIRS)('%s → %s (%s): %s', (wrong, right, script, bad) => {
    const w = script === 'hant' ? toTraditional(wrong) : wrong;
    const r = script === 'hant' ? toTraditional(right) : right;
    expect(wrd04(bad, script)).toContain(`error ${w}→${r}`);
  });
});

describe('homophone pairs: the same word used in its own sense is not flagged', () => {
  it.each(PAIRS)('%s (%s): %s', (_wrong, _right, script, _bad, good) => {
    expect(wrd04(good, script)).toEqual([]);
  });
});

describe('the speech-verb slot after a meeting or an official', () => {
  it('flags the noun where only the verb of speaking fits', () => {
    expect(wrd04('县政府常务会议支出，要抓好冬季供暖。', 'hans')).toContain('error 支出→指出');
    expect(wrd04('王立新同志支出：要压实各级责任。', 'hans')).toContain('error 支出→指出');
  });
  it('leaves the noun where a verb governs it (会议 as a modifier)', () => {
    expect(wrd04('要压减会议支出，严控差旅费用。', 'hans')).toEqual([]);
    expect(wrd04('会议支出要严格执行标准。', 'hans')).toEqual([]);
  });
});

describe('Taiwan-only right forms (hant lines)', () => {
  it('leaves 利民 and 起程 alone in Simplified text', () => {
    expect(wrd04('请各村于下月召开利民大会。', 'hans')).toEqual([]);
    expect(wrd04('请依预定起程完成各项工程。', 'hans')).toEqual([]);
  });
});
