import { describe } from 'vitest';
import { runPairTable } from '../helpers/pair-table';

// Made-up sentences, both sides of each pair: the wrong word flagged in its 公文 collocation, the
// same word in its own sense left alone.
const pairs: [string, string, string][] = [
  ['要开展安全生产转向整治行动。', '转向→专项', '经济发展转向高质量发展阶段。'],
  ['对失职失责的严肃文责。', '文责→问责', '文责自负，版权所有。'],
  ['节假日期间要严格落实应急职守制度。', '职守→值守', '干部要恪尽职守。'],
  ['要加强社会茅盾纠纷排查化解。', '茅盾→矛盾', '茅盾是著名作家。'],
  ['要妥善处理越级上方问题。', '上方→上访', '画面上方显示标题。'],
  ['对督办、交班事项要限期办结。', '交班→交办', '护士按时交班。'],
  ['今天的工作剪报已经印发。', '剪报→简报', '他收集了许多剪报。'],
  ['要及时办理不动产登基手续。', '登基→登记', '皇帝登基大典在此举行。'],
  ['机动车年鉴合格后方可上路。', '年鉴→年检', '请查阅统计年鉴资料。'],
  ['开展领导干部经济责任设计。', '设计→审计', '这次展馆设计很新颖。'],
  ['要认真贯彻落实重要只是精神。', '只是→指示', '这只是第一步。'],
];

describe('confusable pairs, round 14 (check-16b)', () => {
  runPairTable(pairs);
});
