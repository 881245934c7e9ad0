import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneModelPairRule, parseHomophoneModelPairs } from '../../shared/check/words/homophone-model-pairs';
import { HM_PAIRS } from '../../shared/check/words/homophone-model-pairs-data';

// Sentences and tables written for this test, not taken from any bench set.

const ALPHABET = '!"#%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';
/**
 * A made-up table: 药物 is the twin of 要务 after 抗菌 (id !!!), 医疗 (id !!") is known but no
 * evidence; 等 (id !") after 要务 is a one-character word the model reads with 要务, not 药物.
 */
const table = (figures: string) => parseHomophoneModelPairs({ HM_ALPHABET: ALPHABET, HM_WORDS: '抗菌 医疗', HM_CHARS: '首等', HM_FIGURES: figures, HM_PAIRS: '要务药物!!! - - !"' });
const EVEN = '要务-58,-2\n药物-43,-2';
const dict = jiebaDictionary();
const run = (text: string, figures = EVEN) => {
  const a = analyse(text, 'hans', jiebaSegmenter)!;
  return homophoneModelPairRule(a, text, dict, table(figures)).map((f) => [text.slice(f.offset, f.offset + f.length), f.replacement, f.severity]);
};

describe('homophone-model-pairs.ts: the model beside any content neighbour', () => {
  it('warns where the twin has the neighbour the table keeps', () => {
    expect(run('要加强抗菌要务的管理。')).toEqual([['要务', '药物', 'warning']]);
  });

  it('leaves the word alone beside a neighbour the table does not keep for the pair', () => {
    expect(run('要加强重点要务的管理。')).toEqual([]);
  });

  it('leaves it alone where the other neighbour, known to the table, leans to the written word', () => {
    // On the right the model reads P(X | word): a twin with the smaller back-off weight loses there.
    expect(run('加强抗菌要务医疗工作。', '要务-58,-2\n药物-43,-9')).toEqual([]);
    expect(run('加强抗菌要务医疗工作。')).toEqual([['要务', '药物', 'warning']]);
  });

  it('leaves it alone where a one-character word beside it is one the model reads with the written word', () => {
    expect(run('加强抗菌要务等工作。')).toEqual([]);
    expect(run('加强抗菌要务和工作。')).toEqual([['要务', '药物', 'warning']]);
  });

  it('leaves it alone where the sentence writes the twin too', () => {
    expect(run('规范药物使用，加强抗菌要务的管理。')).toEqual([]);
  });

  it('ships pairs that share no character (监测/检测 share a morpheme)', () => {
    const lines = HM_PAIRS.split('\n');
    expect(lines.length).toBeGreaterThan(10000);
    expect(lines.filter((l) => l[0] === l[2] || l[1] === l[3])).toEqual([]);
  });
});

describe('homophone-model-pairs.ts in the layer, with the shipped table', () => {
  const words = wordLayer();
  const wrd04 = (text: string) =>
    checkText(text, { script: 'hans', words })
      .filter((d) => d.rule === 'WRD-04')
      .map((d) => [text.slice(d.location.offset, d.location.offset + d.location.length), d.fix?.replacement, d.severity]);

  it('reads a twin the model pairs with a content neighbour the adjacency tables leave out', () => {
    expect(wrd04('各医院要加强抗菌要务分级管理。')).toEqual([['要务', '药物', 'warning']]);
    expect(wrd04('岛上新建的海水蛋花站已经投用。')).toEqual([['蛋花', '淡化', 'warning']]);
  });

  /** This rule's own findings with the shipped table (other rules of the layer left out). */
  const own = (text: string) => {
    const a = analyse(text, 'hans', jiebaSegmenter)!;
    return homophoneModelPairRule(a, text, dict).map((f) => [text.slice(f.offset, f.offset + f.length), f.replacement]);
  };

  it('reads a word report text uses often as written, but beside a neighbour bound to the twin', () => {
    // 有效 and 议事 are words of the register; 幼小 + 衔接 and 民主 + 意识 are the model's, not proof.
    expect(wrd04('两项工作要有效衔接。')).toEqual([]);
    expect(own('村里坚持民主议事，按月公开。')).toEqual([]);
    // 群体性 is followed by 事件 one time in five in the model: bound, whatever report text uses.
    expect(wrd04('要严防发生群体性时间。')).toEqual([['时间', '事件', 'warning']]);
  });

  it('leaves a word alone beside a one-character word the model reads with it (一附院)', () => {
    expect(wrd04('感谢一附院广大医务人员的付出。')).toEqual([]);
  });

  it('leaves the written words alone where they are right', () => {
    expect(wrd04('各医院要抓好抗菌药物分级管理。')).toEqual([]);
    expect(wrd04('会议部署了今年的几项要务。')).toEqual([]);
  });
});
