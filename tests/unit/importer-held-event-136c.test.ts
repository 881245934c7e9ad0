import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * A body holding a named event of another kind than a meeting (an activity, a ceremony, a contest):
 * the event is the name, body first (KEYING 1, 14, 32). Made-up texts.
 */
describe('an event a body holds', () => {
  it('names an activity held by 举办 with its body', () => {
    expect(readHeader('2024年5月6日，东山区青松街道翠湖社区举办“邻里守望”志愿服务表彰活动，居民80余人参加了活动。').meetingName).toBe('东山区青松街道翠湖社区“邻里守望”志愿服务表彰活动');
  });

  it('names a contest a town convenes', () => {
    expect(readHeader('8月2日，石湾镇召开第三季度“比学赶超”比看擂台赛，镇班子成员参加。').meetingName).toBe('石湾镇第三季度“比学赶超”比看擂台赛');
  });

  it('names a ceremony held by 舉行 in Traditional script', () => {
    expect(readHeader('9月1日，北嶺鄉公所舉行新辦公大樓啟用典禮，鄉長陳明致詞。').meetingName).toBe('北嶺鄉公所新辦公大樓啟用典禮');
  });

  it('leaves the name to a meeting held beside the ceremony', () => {
    expect(readHeader('3月1日，青石镇举行揭牌仪式，随后召开乡村振兴工作座谈会。').meetingName).toBe('青石镇乡村振兴工作座谈会');
  });

  it('names no event only planned, nor one whose holder is no body', () => {
    expect(readHeader('两会近期举行座谈交流，筹划举办纪念交流三十周年的相关活动。').meetingName).toBe('');
    expect(readHeader('3月5日，县长王明举办项目观摩活动。').meetingName).not.toMatch(/^县长/u);
  });
});

describe('a bare kind of event', () => {
  it('names no event by its kind alone', () => {
    expect(readHeader('5月8日，白石镇举行宣讲活动。').meetingName).toBe('');
  });
});
