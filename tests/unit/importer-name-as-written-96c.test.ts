import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The meeting's name is the convening body, then the name as the page writes it (KEYING 1). Made up.
 */
describe('the body before a meeting of its members', () => {
  it('keeps the body word twice when the object goes on into its members', () => {
    expect(readHeader('3月4日，青山中学党支部召开党支部委员会议，会议由书记韩静主持。').meetingName).toBe('青山中学党支部党支部委员会议');
    expect(readHeader('1月9日下午，学校召开校领导班子述职会议。会议由校长吴放主持。').meetingName).toBe('学校校领导班子述职会议');
  });

  it('still writes the overlap once when the object restates the body', () => {
    expect(readHeader('5月2日，生科院党委召开党委中心组（扩大）学习会，书记陶然主持。').meetingName).toBe('生科院党委中心组（扩大）学习会');
  });
});

describe('a name joined by 暨', () => {
  it('is a meeting’s name when its part before 暨 is one, whatever its last part ends in', () => {
    expect(readHeader('4月8日下午，县政协组织召开春季工作动员会议暨“学习强会”主题活动。县政协主席邵华主持会议。').meetingName).toBe('县政协春季工作动员会议暨“学习强会”主题活动');
  });
});
