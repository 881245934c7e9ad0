import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench set (the slipped words are of the class
// read off TRAIN's misses: a look-alike of the same syllable and tone, the written character the
// commoner one, which the input method listed first).
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a same-tone look-alike written with the commoner character is a slip a little under the bar', () => {
  const table: [string, Script, string[]][] = [
    ['施工单位要在基坑四周设置防护拦，夜间挂警示灯。', 'hans', ['WRD-02:warning 护拦→护栏']],
    ['食品厂把剩余的水果做成灌头，销往外地。', 'hans', ['WRD-02:warning 灌头→罐头']],
    ['会议室每个座位旁都装有插坐，方便充电。', 'hans', ['WRD-02:warning 插坐→插座']],
    // A doubled target is never so read: a credit line's initials are no slip of 青青.
    ['各项指标稳中有进。(青清宣)', 'hans', []],
  ];
  it.each(table)('%s', (text, script, want) => expect(shown(text, script)).toEqual(want));
});
