import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/** A session reported by its closing, its agenda finished before. Made-up texts. */
describe('a session that closes after finishing its agenda', () => {
  it('reads the session when 后 follows the finished agenda', () => {
    expect(readHeader('政协第三届青山市委员会第二次会议圆满完成各项议程后，于1月9日上午胜利闭幕。').meetingName).toBe('政协第三届青山市委员会第二次会议');
  });

  it('reads the session named where the sentence opens, the agenda finished in a clause of its own', () => {
    expect(readHeader('青山县第五届人民代表大会第三次会议历时3天，经过全体代表的共同努力，圆满完成各项议程，12日上午胜利闭幕。').meetingName).toBe('青山县第五届人民代表大会第三次会议');
  });
});

describe('the verbs of adjourning and sitting', () => {
  it('names no meeting from 散会', () => {
    expect(readHeader('下午五时，主席王大川依议事规则宣布散会。').meetingName).toBe('');
  });

  it('names no meeting from 开会', () => {
    expect(readHeader('昨日，一批新任委员在会所开会。').meetingName).toBe('');
  });
});
