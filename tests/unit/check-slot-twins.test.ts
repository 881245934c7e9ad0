import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import { SLOT_RATIO, SLOT_TWIN_FREQ, slotClass, slotTwinRule } from '../../shared/check/words/slot-twins';
import { SLOT_TWINS } from '../../shared/check/words/slot-twins-data';

// Made-up sentences in the style of report text: a same-reading word of the wrong class in a slot
// the neighbours' tags fix, and the right word in the same frame, which must stay quiet.
const words = wordLayer();
const dict = jiebaDictionary();
const rule = (text: string, script: 'hans' | 'hant' = 'hans'): string[] => slotTwinRule(analyse(text, script, jiebaSegmenter)!, text, dict).map((d) => `${d.word}→${d.replacement}:${d.severity}`);
const layer = (text: string, script: 'hans' | 'hant' = 'hans'): string[] =>
  checkText(text, { script, words }).map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('slot twins: the class the neighbours ask for', () => {
  it('reads a noun after a two-character adverb as its verb twin (果断事实 → 实施)', () => {
    expect(rule('要果断事实交通管制措施。')).toEqual(['事实→实施:warning']);
    expect(layer('要果断事实交通管制措施。')).toEqual(['事实→实施']);
    expect(layer('要果断实施交通管制措施。')).toEqual([]);
  });

  it('reads an adverb closing a phrase after 的 as its noun twin (各方的自愿 → 资源)', () => {
    expect(rule('要充分整合社会各方的自愿，形成工作合力。')).toEqual(['自愿→资源:warning']);
    expect(layer('要充分整合社会各方的资源，形成工作合力。')).toEqual([]);
  });

  it('reads a verb after a count word or 各 as its noun twin (多种取道 → 渠道, 各接到 → 街道)', () => {
    expect(rule('通过多种取道征集群众意见。')).toEqual(['取道→渠道:warning']);
    expect(layer('通过多种渠道征集群众意见。')).toEqual([]);
    expect(rule('各接到、社区要做好宣传。')).toEqual(['接到→街道:warning']);
    expect(layer('各街道、社区要做好宣传。')).toEqual([]);
  });

  it('reads a noun closing 由 and its object as the verb twin (由办事处附则 → 负责)', () => {
    expect(rule('日常巡查由街道办事处附则，各村配合。')).toEqual(['附则→负责:warning']);
    expect(layer('日常巡查由街道办事处负责，各村配合。')).toEqual([]);
    // Traditional text: read in Simplified, the fix written back in the document's script.
    expect(rule('日常巡查由區公所附則，各里配合。', 'hant')).toEqual(['附則→負責:warning']);
  });

  it('reads a verb closing a phrase of basis (依照…) as its noun twin (决意 → 决议)', () => {
    expect(rule('依照上次常委会决意，按期完成整改。')).toEqual(['决意→决议:warning']);
    expect(layer('依照上次常委会决议，按期完成整改。')).toEqual([]);
  });
});

describe('slot twins: what the slot alone does not decide', () => {
  it('leaves a verb closing a phrase after 的: a nominalised verb is ordinary (的批复)', () => {
    expect(rule('上级已经作出了批复，请抓紧落实。')).toEqual([]);
    expect(rule('这项工作得到了群众的拥护，进展顺利。')).toEqual([]);
  });

  it('leaves a noun after an adjective-adverb (tag ad), which is a verb as often (明确时限)', () => {
    expect(rule('要明确时限，倒排工期。')).toEqual([]);
  });

  it('leaves a verb jieba tags as a noun after an adverb (已经印发, tag nz; 逐项记录, a noun-tagged verb)', () => {
    expect(rule('会议纪要已经印发，请认真学习。')).toEqual([]);
    expect(rule('今天的工作简报已经印发。')).toEqual([]);
  });

  it('leaves an adjective after an adverb: a predicate adjective (较为详尽, not 相近)', () => {
    expect(rule('各科室报送的总结总体较为详尽。')).toEqual([]);
    // The noun after an adverb is still read as its verb twin.
    expect(rule('要果断事实交通管制措施。')).toEqual(['事实→实施:warning']);
  });

  it('leaves a verb after a count word whose noun stands after a later 的 (一名上任不久的干部)', () => {
    expect(rule('一名上任不久的乡镇干部介绍了情况。')).toEqual([]);
    expect(rule('两名受理投诉的窗口人员受到表扬。')).toEqual([]);
    expect(layer('两名受理投诉的窗口人员受到表扬。')).toEqual([]);
    // With no 的 after it in the clause, the count word still asks for a noun.
    expect(rule('通过多种取道征集群众意见。')).toEqual(['取道→渠道:warning']);
  });

  it('leaves the verb closing a basis phrase that stands inside a predicate (将依照程序批复)', () => {
    // An adverb before the preposition: the phrase is the predicate's adverbial, its verb follows.
    expect(rule('该申请将依照程序批复。')).toEqual([]);
    expect(rule('此事须按照有关规定通知。')).toEqual([]);
    // A verbal noun right before the word: a run of verbs (分级救治), not an object's noun.
    expect(rule('按照患者病情分级救治，确保安全。')).toEqual([]);
    // The phrase opening the clause, a noun before the word: still the noun slot.
    expect(rule('依照上次会议决意，按期完成。')).toEqual(['决意→决议:warning']);
  });

  it('never argues for a rarer twin: 逐户核实 stays though 合十 reads the same', () => {
    expect(rule('协助乡镇逐户核实人口变动情况。')).toEqual([]);
    expect(rule('确保各项工作按时保质完成。')).toEqual([]);
  });
});

describe('slot twins: the table (tools/derive-slot-twins.ts)', () => {
  it('pairs each word only with commoner twins of the other class', () => {
    const entries = SLOT_TWINS.split(' ');
    expect(entries.length).toBeGreaterThan(1000);
    for (const e of entries.slice(0, 400)) {
      const w = e.slice(0, 2);
      for (let i = 2; i < e.length; i += 2) {
        const t = e.slice(i, i + 2);
        expect(dict.freq(t)).toBeGreaterThanOrEqual(Math.max(SLOT_TWIN_FREQ, SLOT_RATIO * dict.freq(w)));
        const [wc, tc] = [slotClass(dict.get(w)!.tag), slotClass(dict.get(t)!.tag)];
        expect(tc === 'V' || tc === 'N').toBe(true);
        expect(wc).not.toBe(tc);
        expect(dict.sameSound(w[0]!, t[0]!) && dict.sameSound(w[1]!, t[1]!)).toBe(true);
      }
    }
  });
});
