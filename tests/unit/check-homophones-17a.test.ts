import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { runPairTable } from '../helpers/pair-table';

// Made-up sentences, both sides of each pair (round 14 tuning, check-17a): the input method's
// wrong candidate flagged in the 公文 slot that decides it, the same word in its own sense left alone.
const words = wordLayer();

const pairs: [string, string, string, ('hans' | 'hant')?][] = [
  ['补助名单经镇里初审后报区财政局符合，再张榜公布。', '符合→复核', '经审查，该项目符合规划要求。'],
  ['对处罚决定不服的，可以申请符合。', '符合→复核', '申请符合条件的，予以受理。'],
  ['请各接到、乡镇于周五前报送台账。', '接到→街道', '各单位接到通知后要立即部署。'],
  ['要切实为企业肩负，减少不必要的检查。', '肩负→减负', '青年一代肩负着时代重任。'],
  ['对表现突出的志愿者，将酌情机遇表彰奖励。', '机遇→给予', '要抓住发展机遇，加快转型升级。'],
  ['各村要对困难家庭的收入逐一合适，做到应保尽保。', '合适→核实', '要为老人选择合适的养老方式。'],
  ['请各部门按照常委会决意抓好落实。', '决意→决议', '他决意留在乡村工作。'],
  ['該段道路改善工程計畫三月初開弓。', '開弓→開工', '改革開弓沒有回頭箭。', 'hant'],
  ['人社局将组织农民工职业机能培训。', '机能→技能', '老年人身体机能逐渐下降。'],
  ['要克服观望心里，主动作为。', '心里→心理', '群众心里有杆秤。'],
  ['要加强学生心里健康教育。', '心里→心理', '他心里很高兴。'],
  ['各单位要履行法定智能，不得推诿。', '智能→职能', '要推广智能监测设备，提高预警能力。'],
  ['要开展节前饰品安全大检查。', '饰品→食品', '商场里的饰品种类繁多。'],
  ['要多方协调做好冬季起源保供。', '起源→气源', '这一传说起源于唐代。'],
  ['市府明年時政方針以照顧弱勢為主。', '時政→施政', '電視台每晚播出時政新聞。', 'hant'],
  ['本案須於下月函送意會審議。', '意會→議會', '其中的道理只可意會。', 'hant'],
  ['要倒排工期，加快项目建设精度。', '精度→进度', '要提高测量精度，减少误差。'],
  ['要持续优化营商幻境，激发市场活力。', '幻境→环境', '这部电影营造了一个奇幻的梦中幻境。'],
  ['我县被确定为省级视点县。', '视点→试点', '这篇评论提供了一个全新视点。'],
  ['要发挥党员的带头师范作用。', '师范→示范', '她毕业于一所师范大学。'],
  ['要规范行政知法行为。', '知法→执法', '普法教育让群众知法懂法。'],
  ['要抓紧编制部门全责清单。', '全责→权责', '交警认定该司机负全责。'],
];

describe('confusable pairs, round 14 tuning (check-17a)', () => {
  runPairTable(pairs);
});

describe('a right form of the pair table is no rare-word slip (check-17a)', () => {
  it('气源 (rare in jieba beside 起源) keeps no WRD-03 warning', () => {
    const text = '入冬前各燃气公司要落实气源，保障居民用气。';
    expect(checkText(text, { script: 'hans', words }).filter((d) => d.rule === 'WRD-03')).toEqual([]);
  });
});
