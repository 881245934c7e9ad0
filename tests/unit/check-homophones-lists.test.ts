import { describe, expect, it } from 'vitest';
import { runPairTable, shownPairs } from '../helpers/pair-table';
import { LISTED_PAIRS } from '../../shared/check/words/confusable-lists';
import { CONFUSABLES } from '../../shared/check/words/confusable';

// Made-up sentences, both sides of pairs taken from published 公文 slip lists
// (confusable-lists.ts): the wrong form in the collocation the list gives gets the right word; the
// same form in its own sense, or the right word itself, gets nothing.
const pairs: [string, string, string, ('hans' | 'hant')?][] = [
  ['发现问题要实时处置，坚决防止小事拖大。', '实时→及时', '监测数据通过平台实时上传。'],
  ['人大代表分组申议政府工作报告。', '申议→审议', '人大代表分组审议政府工作报告。'],
  ['央行将人民币纳入一揽子货币。', '一揽子→一篮子', '出台一揽子稳增长政策。'],
  ['省委第三巡视组入住我县开展巡视。', '入住→入驻', '安置房已交付群众入住。'],
  ['途径我县的国道要加强巡查。', '途径→途经', '要拓宽群众反映诉求的途径。'],
  ['全县上下同心协力，共度难关。', '共度→共渡', '全县上下欢聚一堂，共度佳节。'],
  ['进入公共场所要带好口罩。', '带→戴', '请大家带好身份证件。'],
  ['长江十年禁鱼期间，严禁非法捕捞。', '禁鱼→禁渔', '长江十年禁渔期间，严禁非法捕捞。'],
  ['全力打好疫情狙击战。', '狙击→阻击', '特警队员现场狙击歹徒。'],
  ['要完善部门连动机制。', '连动→联动', '这台机器的两根轴是连动的。'],
  ['要建立常效机制，推动治理常态化。', '常效→长效', '要建立长效机制，推动治理常态化。'],
  ['视情节卓情处理。', '卓情→酌情', '他的工作成绩十分卓越。'],
  ['县政府座落在城东。', '座落→坐落', '县政府坐落在城东。'],
  ['各村要把独居老人作为转移安置的终点对象。', '终点→重点', '公交线路终点站附近的中学已开放。'],
  ['运动会在体育场拉来帷幕。', '拉来→拉开', '群众从外地拉来两车物资。'],
  ['请各单位及时登陆系统填报数据。', '登陆→登录', '今年第5号台风登陆我省沿海。'],
  ['不行10分钟即可到达安置点。', '不行→步行', '这项工作不行，必须返工。'],
  ['新系统将于下月正是上线运行。', '正是→正式', '这正是开放合作的成果。'],
  ['今年的治理效果不加，群众仍有意见。', '不加→不佳', '对违规行为不加制止是失职。'],
  ['深入推进扫黑险恶专项斗争。', '险恶→除恶', '这条山路十分险恶。'],
  ['縣府將加強部門連動機制。', '連動→聯動', '這台機器的兩根軸是連動的。', 'hant'],
  ['各局處應於下月正是啟用新系統。', '正是→正式', '這正是開放合作的成果。', 'hant'],
];

describe('confusable pairs from published slip lists', () => {
  runPairTable(pairs);

  it('parses every listed line into the shared table', () => {
    const lines = LISTED_PAIRS.split('\n').filter((l) => l.trim());
    const keys = new Set(CONFUSABLES.map((c) => `${c.wrong}>${c.right}`));
    for (const l of lines) expect(keys.has(l.trim().split(/\s+/)[0]!)).toBe(true);
  });

  it('leaves a clean report sentence holding the right forms alone', () => {
    expect(shownPairs('省委巡视组入驻后，各部门联动配合，确保途经我县的国道安全畅通，并按时登录系统报送数据。')).toEqual([]);
  });
});
