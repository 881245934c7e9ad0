import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { looksLikeName } from '../../shared/check/words/names';

// Made-up sentences. A three-character name after a post, read together with the character after
// it, looked like a slip one character off a word: 区长于文彬于会上 gave 彬于 → 濒于.
const words = wordLayer();
const wordFindings = (text: string, script: 'hans' | 'hant') => checkText(text, { script, words }).filter((d) => d.rule.startsWith('WRD'));

describe('the last character of a three-character name after a post is no slip', () => {
  it('leaves the name and the word after it alone, in both scripts', () => {
    expect(wordFindings('区长于文彬于会上感谢嘉宾。', 'hans')).toEqual([]);
    expect(wordFindings('區長于文彬於感恩茶會中感謝各界貴賓。', 'hant')).toEqual([]);
  });
  it('reads the tail as a name only after a post', () => {
    expect(looksLikeName('区长于文彬于会上', 4, 6)).toBe(true);
    // 、李明 then a word: the list mark alone does not make the next two characters a name's tail.
    expect(looksLikeName('、李明部暑工作', 3, 5)).toBe(false);
  });
  it('still corrects a slip after the name', () => {
    // 部暑 is two characters past the name's end: the guard reads only the name's last character.
    expect(wordFindings('区长于文彬在会上对防汛工作进行部暑。', 'hans').map((d) => d.fix?.replacement)).toContain('部署');
  });
});

describe('names read from the post beside them', () => {
  it('reads a name after a post whatever its surname (书记蔺 + 庆华), and a three-character name before its post', () => {
    expect(wordFindings('会议由党委书记蔺庆华主持。', 'hans')).toEqual([]);
    expect(wordFindings('会议由程立峰校长主持，钟国成院长强调，要抓好落实。', 'hans')).toEqual([]);
  });
  it('reads a name after the posts 专员 and 政委 (冯雅琪 is no 风雅)', () => {
    expect(wordFindings('会议由市委办公室专员冯雅琪主持。', 'hans')).toEqual([]);
    expect(wordFindings('县纪委派驻专员冯雅琪、政委司马林参加会议。', 'hans')).toEqual([]);
    expect(wordFindings('专员冯雅琪在会上对防汛工作进行部暑。', 'hans').map((d) => d.fix?.replacement)).toEqual(['部署']);
  });
  it('does not take a body (处, 局) or a conjunction after it for a name', () => {
    expect(looksLikeName('交工处及文观局主责推动', 4, 6)).toBe(false);
    expect(looksLikeName('中心主任，县卫健局', 5, 7)).toBe(false);
    expect(looksLikeName('党委书记蔺庆华主持', 5, 7)).toBe(true);
  });
});

describe('a known slip spelled like the start of a three-character name', () => {
  it('leaves a listed or titled name alone, after either comma', () => {
    expect(wordFindings('讨论中，严瑾如、李小菲等10位委员先后发言。', 'hans')).toEqual([]);
    expect(wordFindings('讨论中,严瑾如、李小菲等10位委员先后发言。', 'hans')).toEqual([]);
    expect(wordFindings('委员严瑾如发言。', 'hans')).toEqual([]);
    expect(wordFindings('討論中，嚴瑾如、李小菲等委員先後發言。', 'hant')).toEqual([]);
  });
  it('still corrects the slip in running text', () => {
    for (const s of ['他做事一向严瑾。', '作风严瑾，务实。', '，严瑾细致地开展工作。']) {
      expect(wordFindings(s, 'hans').map((d) => d.fix?.replacement)).toContain('严谨');
    }
  });
});

describe('a known slip spelled like the given name of a three-character name', () => {
  // The split of round 47 brought a real report whose 副校長王弘偉 drew 弘伟 → 宏伟 (a classic slip).
  it('leaves a titled or listed name alone, in both scripts', () => {
    expect(wordFindings('党委常委、副校长王弘伟、李晓东参加座谈会。', 'hans')).toEqual([]);
    expect(wordFindings('黨委常委、副校長王弘偉、李曉東參加座談會。', 'hant')).toEqual([]);
    expect(wordFindings('会议由副县长王弘伟主持。', 'hans')).toEqual([]);
  });
  it('still corrects the slip in running text', () => {
    for (const s of ['新建的体育馆规模弘伟，设施齐全。', '要绘就弘伟蓝图。']) {
      expect(wordFindings(s, 'hans').map((d) => d.fix?.replacement)).toContain('宏伟');
    }
  });
});

describe('a known slip across a name and the verb after it', () => {
  // Round 49's split brought a real report where 段国宗指出 drew 宗指 → 宗旨 (a classic slip).
  it('leaves the name and its verb alone after a full stop, a line start or a list mark', () => {
    expect(wordFindings('会议听取了汇报。段国宗指出，成绩来之不易。', 'hans')).toEqual([]);
    expect(wordFindings('段国宗指出，成绩来之不易。', 'hans')).toEqual([]);
    expect(wordFindings('會議聽取了匯報。段國宗指出，成績來之不易。', 'hant')).toEqual([]);
  });
  it('still corrects the slip in running text', () => {
    for (const s of ['坚持为人民服务的宗指不动摇。', '牢记宗指，指出方向。']) {
      expect(wordFindings(s, 'hans').map((d) => d.fix?.replacement)).toContain('宗旨');
    }
  });
});
