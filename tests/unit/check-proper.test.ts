import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import type { WordFinding } from '../../shared/check/words/finding';
import { inProperStretch } from '../../shared/check/words/proper';
import type { Script } from '../../shared/model';

const words = wordLayer();
/** The word layer's findings on one sentence, as `written→fix`. */
const found = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement ?? ''}`);

/** A made-up finding over `word` in `text`, read against the shapes of proper.ts. */
function proper(text: string, word: string, replacement: string, rule = 'WRD-02'): boolean {
  const a = analyse(text, 'hans', jiebaSegmenter)!;
  const offset = text.indexOf(word);
  const f: WordFinding = { rule, severity: 'warning', offset, length: word.length, word, replacement, params: {} };
  return inProperStretch(a, f);
}

describe('proper stretches the word layer no longer misreads (made-up sentences)', () => {
  it('a body short name closed by its head: no "fix" of the head', () => {
    expect(found('区政协社会委及各专委会负责人列席会议。')).toEqual([]);
    expect(found('请各委（室）于本月底前报送总结材料。')).toEqual([]);
    expect(found('机关各室委负责人参加会议。')).toEqual([]);
    expect(found('相关委室负责同志列席会议。')).toEqual([]);
  });

  it('reads Traditional text by the same shapes', () => {
    expect(found('請各委（室）於本月底前報送總結資料。', 'hant')).toEqual([]);
    expect(found('會議結束。黃子涵宣布散會。', 'hant')).toEqual([]);
  });

  it('a level + abbreviated bureau + head: 县卫健局 is no 县委', () => {
    expect(found('县卫健局党组书记出席会议。')).toEqual([]);
  });

  it('a three-character name in a name position whose surname the fix would rewrite', () => {
    expect(found('会议结束。黄子涵宣布散会。')).toEqual([]);
    expect(found('区领导黄子涵、李明出席。')).toEqual([]);
    expect(found('王强及黄子涵参加。')).toEqual([]);
  });

  it('a place name before its head word', () => {
    expect(found('园丰旗委书记出席会议。')).toEqual([]);
    expect(found('推选李明为白岭盟代表团团长。')).toEqual([]);
    expect(found('学校在株林校区举行典礼。')).toEqual([]);
  });
});

describe('names, numbers and productive shapes real report text writes (made-up sentences)', () => {
  it('a company before its trade head and a place before a dateline', () => {
    expect(found('会议通报了西山煤电、水峪煤业的安全生产情况。')).toEqual([]);
    expect(found('本报珠城12月3日电（记者李明）')).toEqual([]);
  });
  it('an officer after a body head and before a post', () => {
    expect(found('拜访了省财政厅经建处俞立新处长。')).toEqual([]);
  });
  it('a number in Chinese numerals, a level + 籍, and 一 + verb + 到底', () => {
    expect(found('百廿风华，薪火相传。')).toEqual([]);
    expect(found('会议肯定了本县县籍企业人士的贡献。')).toEqual([]);
    expect(found('对难点问题要一督到底，确保整改到位。')).toEqual([]);
    expect(found('今年推广脱毒种薯三千亩，种禽场完成改造。')).toEqual([]);
    expect(found('种薯繁育基地的温室里一片翠绿。')).toEqual([]);
  });
  it('a site ending in a place character in a 、-list', () => {
    expect(found('先后走访了革命纪念馆、小石一庄，调研项目建设。')).toEqual([]);
  });
});

describe('slips in the same neighbourhoods are still caught', () => {
  it('a level + a character other than 籍, and an idiom typed by sound outside a list', () => {
    expect(found('今年县极财政收入增长明显。')).toContain('县极→县级');
    expect(found('这项工作不是小事一装，要高度重视。').length).toBeGreaterThan(0);
  });

  it('a head character that bonds with what follows is a slip (委缩, 推委扯皮)', () => {
    expect(found('今年外需委缩，出口下降。')).toContain('委缩→萎缩');
    expect(found('决不允许推委扯皮。')).toContain('推委扯皮→推诿扯皮');
  });

  it('a head rewritten into its own look-alike of the same syllable and tone is a slip (署 → 薯)', () => {
    expect(found('今年红署收成很好。')).toContain('红署→红薯');
    expect(found('该村扩建红署仓库三处。')).toContain('红署→红薯');
    // A head rewritten into a character that only sounds alike still closes the body's name.
    expect(found('康文署负责人出席会议。')).toEqual([]);
  });

  it('a surname-like character before a body head is no name (罗鼓队)', () => {
    expect(found('各村组织罗鼓队参加展演。')).toContain('罗鼓→锣鼓');
  });
});

describe('inProperStretch reads shapes, not words', () => {
  it('reads only the near-miss rules (WRD-02, WRD-03)', () => {
    expect(proper('市政协社会委及有关单位参加。', '委及', '危及')).toBe(true);
    expect(proper('市政协社会委及有关单位参加。', '委及', '危及', 'WRD-04')).toBe(false);
  });

  it('a head rewritten inside a word is no short name', () => {
    // 委 followed by a lone character it bonds with (委缩): not a name's end.
    expect(proper('外需委缩明显。', '委缩', '萎缩')).toBe(false);
  });

  it('the third character of a name may not be a head or a function character', () => {
    expect(proper('会议结束。黄子涵主持。', '黄子', '皇子')).toBe(true);
    // Mid-sentence after an ordinary word the surname-like character may be a slipped word's first.
    expect(proper('会议听取黄子涵汇报。', '黄子', '皇子')).toBe(false);
    expect(proper('今年建成时点村。', '时点', '试点')).toBe(false);
    expect(proper('查扣梅变的大米。', '梅变', '霉变')).toBe(false);
  });
});
