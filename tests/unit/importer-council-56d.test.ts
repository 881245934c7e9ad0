import { describe, expect, it } from 'vitest';
import { parsePeopleList } from '../../shared/importer';

/**
 * Taiwan and Hong Kong council records and news (round 31, import-56d): how their lists, chairs and
 * sessions are written. Every text here is made up.
 */

const pairs = (raw: string) => parsePeopleList(raw).map((p) => [p.name, p.title]);

describe('a Taiwan record lists surname, office, given name', () => {
  it('reads civil-service grades between surname and given name (主秘, 主計, 管理員)', () => {
    expect(pairs('李鎮長大山、許主秘文華、邱主計美玉、黃人事管理員小君、吳技正志成')).toEqual([
      ['李大山', '鎮長'],
      ['許文華', '主秘'],
      ['邱美玉', '主計'],
      ['黃小君', '人事管理員'],
      ['吳志成', '技正'],
    ]);
  });

  it('reads 洪 as a surname, so one part no longer swallows the rest of the list', () => {
    expect(pairs('林代表文雄、洪代表美華、張代表秀英')).toEqual([
      ['林文雄', '代表'],
      ['洪美華', '代表'],
      ['張秀英', '代表'],
    ]);
  });
});
