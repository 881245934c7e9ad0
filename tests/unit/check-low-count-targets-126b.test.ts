import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench set. The slipped words are of the class
// read off TRAIN's misses: a trade term jieba counts under the slip rule's floors (旋耕机 7, 坍落度 3,
// 息诉 3, 函询 4, 消火栓 6), which the rule had no candidate for (slip.ts, lowCandidates).
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a slip of a term jieba counts under the floors is named', () => {
  const table: [string, Script, string[]][] = [
    ['合作社去年添置了两台漩耕机，春耕时租给周边农户使用。', 'hans', ['WRD-02:warning 漩耕机→旋耕机']],
    ['对进场混凝土要逐车检测摊落度，不合格的一律退场。', 'hans', ['WRD-02:warning 摊落度→坍落度']],
    ['信访事项办结后要做好熄诉罢访工作，防止矛盾反弹。', 'hans', ['WRD-02:warning 熄诉→息诉']],
    ['纪委对反映问题的干部开展函洵，要求限期书面说明。', 'hans', ['WRD-02:warning 函洵→函询']],
    ['部分楼道内的消火拴箱被杂物遮挡，已责令物业清理。', 'hans', ['WRD-02:warning 消火拴→消火栓']],
  ];
  it.each(table)('%s', (text, script, want) => expect(shown(text, script)).toEqual(want));
});

describe('the same terms written right, and names beside such stretches, are left alone', () => {
  const table: [string, Script][] = [
    ['合作社去年添置了两台旋耕机，春耕时租给周边农户使用。', 'hans'],
    ['对进场混凝土要逐车检测坍落度，不合格的一律退场。', 'hans'],
    ['纪委对反映问题的干部开展函询，要求限期书面说明。', 'hans'],
    ['会上，区长邵付强通报了上半年的工作情况。', 'hans'],
    ['會議由甘曉晴主持，各處室負責人列席。', 'hant'],
  ];
  it.each(table)('%s', (text, script) => expect(shown(text, script)).toEqual([]));
});
