import { describe, expect, it } from 'vitest';
import { attendingClauses } from '../../shared/importer/structure/attending-clauses';

// Clauses written for this test (fictional people), not taken from any bench set.
describe('one list of manner words for every attendance reader', () => {
  it('takes 现场 / 集体 / 陪同 / 先后 off a body clause as the opening does', () => {
    expect(attendingClauses('副县长欧阳明现场参会')[0]?.list).toBe('副县长欧阳明');
    expect(attendingClauses('镇党委委员伍楚雄、钟小禾集体参加学习')[0]?.list).toBe('镇党委委员伍楚雄、钟小禾');
    expect(attendingClauses('副校长欧阳明陪同参会')[0]?.list).toBe('副校长欧阳明');
    expect(attendingClauses('副主任伍楚雄、钟小禾先后出席')[0]?.list).toBe('副主任伍楚雄、钟小禾');
  });

  it('still reads the words it read before', () => {
    expect(attendingClauses('各村负责人悉数出席')[0]?.list).toBe('各村负责人');
    expect(attendingClauses('副县长欧阳明应邀出席')[0]?.list).toBe('副县长欧阳明');
  });
});
