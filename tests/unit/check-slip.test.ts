import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { WORD_RULES } from '../../shared/check/words';
import { analyse } from '../../shared/check/words/analyse';
import { slipRule, slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (fictional places and names), not taken from any bench set.
wordLayer(); // the layer's own words (vocabulary.ts, target-terms.ts) are in the segmenter first
const dict = jiebaDictionary();
const found = (text: string, script: Script): string[] => {
  const a = analyse(text, script, jiebaSegmenter)!;
  return slipRule(a, text, dict).map((f) => `${f.severity} ${f.word}→${f.replacement}`);
};

describe('slipRule: a non-word one same-syllable or same-component character from a common word', () => {
  it('reads a same-syllable slip the segmenter left alone (工澄 → 工程)', () => {
    expect(found('会议研究了城区供水工澄建设有关事项。', 'hans')).toEqual(['warning 工澄→工程']);
  });

  it('never reads a place name’s character as a slip (深汕 is no 深山)', () => {
    // 汕 stands almost only in place names (place-chars.ts): a joined abbreviation is no broken word.
    expect(found('深汕两地要共建产业园区。', 'hans')).toEqual([]);
    expect(found('滇黔两省干部交流座谈会召开。', 'hans')).toEqual([]);
  });

  it('reports a Traditional slip in the document’s script (召凱 → 召開)', () => {
    expect(found('縣政府昨日召凱常務會議。', 'hant')).toEqual(['warning 召凱→召開']);
  });

  it('reads a look-alike in the document’s own script: 積 and 績 share 責, 积 and 绩 nothing', () => {
    const kinds = (text: string, script: Script): string[] => slips(analyse(text, script, jiebaSegmenter)!, dict).map((s) => `${s.word} ${s.kind}`);
    expect(kinds('本鎮今年的造林成積相當好。', 'hant')).toContain('成绩 both');
    expect(kinds('本镇今年的造林成积相当好。', 'hans')).not.toContain('成绩 both');
  });

  it('tells a slip of sound and shape at once from one of sound alone', () => {
    const kinds = (text: string): string[] => slips(analyse(text, 'hans', jiebaSegmenter)!, dict).map((s) => `${s.word} ${s.kind}`);
    expect(kinds('要进一步加强对重点行业的监管力渡。')).toContain('力度 both');
    expect(kinds('会议研究了城区供水工澄建设有关事项。')).toContain('工程 sound');
  });

  it('leaves clean sentences, names and the project’s own terms alone', () => {
    for (const text of ['今年全镇要稳步推进乡村振兴，全面提升基层治理能力。', '副县长钟国安出席会议并讲话。', '各村要抓好垃圾禁烧和秸秆综合利用。', '镇政府召集各村负责人开会。']) {
      expect(found(text, 'hans'), text).toEqual([]);
    }
  });

  it('reads a common word before a clause end, where a surname would otherwise end a name', () => {
    expect(found('各镇要尽快报送整改方胺，并抓好落实。', 'hans')).toEqual(['warning 方胺→方案']);
    // Inside a sentence a name after a title stays a name, though 中国 is far commoner.
    expect(found('副院长钟国梁主持会议。', 'hans')).toEqual([]);
  });

  it('offers no conjunction or preposition by sound alone (怡 + 及 of a name list is no 以及)', () => {
    const text = '本案由林雅怡及張文華負責。';
    expect(slips(analyse(text, 'hant', jiebaSegmenter)!, dict).map((s) => s.word)).not.toContain('以及');
    expect(found(text, 'hant')).toEqual([]);
  });

  it('reads 乙 for 一 in Traditional text as Taiwan’s 公文 convention, not a slip', () => {
    // Not even a candidate under the bar: 乙次 → 一次 scores 11, close to it.
    const text = '本局每季召開乙次業務檢討會。';
    expect(slips(analyse(text, 'hant', jiebaSegmenter)!, dict).map((s) => s.word)).not.toContain('一次');
    expect(found(text, 'hant')).toEqual([]);
  });

  it('runs in the layer after the look-alike rule, so surer findings win an overlap', () => {
    const names = WORD_RULES.map((r) => r.name);
    expect(names.indexOf('slip')).toBeGreaterThan(names.indexOf('shape'));
    // 工澄建设 reads as jieba's set phrase 工程建设 (tag l) too: either correction restores 工程.
    expect(
      wordLayer()
        .check('会议研究了城区供水工澄建设有关事项。', 'hans')
        .some((f) => f.replacement?.startsWith('工程')),
    ).toBe(true);
  });
});
