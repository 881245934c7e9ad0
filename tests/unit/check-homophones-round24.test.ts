import { describe } from 'vitest';
import { runPairTable } from '../helpers/pair-table';

// Made-up sentences, both sides of each pair (round 24 tuning, after check-heldout-30/31's first
// run): the input method's wrong candidate flagged in the collocation of flood, water-supply and
// dengue reports that decides it, the same word in its own sense left alone.
const pairs: [string, string, string, ('hans' | 'hant')?][] = [
  ['要落实小型水库建后关乎责任。', '关乎→管护', '这项工作关乎群众切身利益。'],
  ['水厂要改进净水公益，提高出水质量。', '公益→工艺', '这是一所公益性学校。'],
  ['财政部门要合算项目建设成本。', '合算→核算', '算下来集中采购更合算。'],
  ['鎮公所昨日截獲民眾檢舉，隨即派員查看。', '截獲→接獲', '海巡人員截獲一艘走私漁船。', 'hant'],
  ['衛生局全力防毒疫情擴散。', '防毒→防堵', '噴藥人員須配戴防毒面具。', 'hant'],
  ['查獲積水容器者將直接開發。', '開發→開罰', '該區土地開發案已完成審查。', 'hant'],
  ['各地要密切关注舆情、水情、工情变化。', '舆情→雨情', '要做好网络舆情的监测和回应。'],
  ['巡堤人员在大堤背水坡发现一处深水点。', '深水→渗水', '严禁学生到水库深水区游泳。'],
  ['修复单位必须具备相应的施工自治。', '自治→资质', '要健全村民自治组织。'],
  ['排查要做到全覆盖、不留四角。', '四角→死角', '帐篷的四角要用地钉固定。'],
  ['各村受到预警信息后要立即通知到户。', '受到→收到', '这项工作受到群众好评。'],
  ['各里辦公處應隨時掌握轄內水清。', '水清→水情', '該溪經整治後已恢復水清岸綠。', 'hant'],
  ['汛期其間，抽水機每月須保養兩次。', '其間→期間', '抽水機起動後須觀察運轉；其間如有異常應停機。', 'hant'],
  ['水利局已依豪雨特報起動二級應變。', '起動→啟動', '抽水機起動後須持續觀察運轉狀況。', 'hant'],
];

describe('confusable pairs, round 24 tuning', () => {
  runPairTable(pairs);
});
