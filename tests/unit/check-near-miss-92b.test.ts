import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench set (the classes are those of TRAIN's
// false warnings on clean sentences, round 40: a real word jieba splits into two lone characters,
// and an idiom's frame used with another verb).
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('two lone characters that fcitx5’s model holds as one word are that word', () => {
  const table: [string, Script, string[]][] = [
    ['社区为辖区内的失智老人建立了照护档案。', 'hans', []],
    ['里辦公處為轄區內的失智老人建立照護檔案。', 'hant', []],
    ['连日高温，全市用电负荷已经爆表。', 'hans', []],
    ['每批混凝土都要留置试块送检。', 'hans', []],
    ['矿井突发涌水，井下人员已全部撤离。', 'hans', []],
    // A same-sound look-alike the model has let in is still a slip.
    ['各地招商引资竟争日趋激烈。', 'hans', ['WRD-02:error 竟争→竞争']],
    ['请将近期照片粘帖在申请表右上角。', 'hans', ['WRD-02:warning 粘帖→粘贴']],
  ];
  it.each(table)('%s', (text, script, want) => expect(shown(text, script)).toEqual(want));
});

describe('a verb put for an idiom’s verb, alike in neither sound nor shape, is the frame reused', () => {
  const table: [string, Script, string[]][] = [
    ['招商工作不能一签了之，要跟踪服务到底。', 'hans', []],
    ['招商工作不能一簽了之，要跟蹤服務到底。', 'hant', []],
    // A character of like shape in the idiom is still a slip.
    ['工作要有条不絮地推进。', 'hans', ['WRD-02:warning 有条不絮→有条不紊']],
  ];
  it.each(table)('%s', (text, script, want) => expect(shown(text, script)).toEqual(want));
});

describe('a character that makes a word the model holds with its neighbour outside does not stand alone', () => {
  const table: [string, Script, string[]][] = [
    ['游客可以在陶艺工坊里亲手制作茶杯。', 'hans', []],
    ['遊客可以在陶藝工坊裡親手製作茶杯。', 'hant', []],
    ['车辆驶过时溅起的泥水弄脏了行人的衣服。', 'hans', []],
    ['區公所將分批地汰換老舊路燈。', 'hant', []],
  ];
  it.each(table)('%s', (text, script, want) => expect(shown(text, script)).toEqual(want));
});

describe('a root + an agent suffix names a post, not a slip of the same-sound post', () => {
  const table: [string, Script, string[]][] = [
    ['码头关员对入境货物逐批查验。', 'hans', []],
    ['碼頭關員對入境貨物逐批查驗。', 'hant', []],
    ['林场护管员每天巡山两次。', 'hans', []],
    // A rare word of no such suffix is still read.
    ['今年汛期防讯形势严峻。', 'hans', ['WRD-03:warning 防讯→防汛']],
  ];
  it.each(table)('%s', (text, script, want) => expect(shown(text, script)).toEqual(want));
});
