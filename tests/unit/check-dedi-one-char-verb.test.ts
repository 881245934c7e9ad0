import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 for 得 after a one-character verb, before a degree word + an adjective closing the clause', () => {
  // The degree phrase grades how the doing went: a complement, never a noun phrase's head.
  it.each(['这场友谊赛双方踢的非常激烈。', '这批新茶卖的相当好。', '茶话会上老人们聊的十分开心。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→得']);
  });

  // Verbs of speech name what was said; a person before the verb may make verb + 的 what they do.
  it.each(['他说的非常对。', '他们卖的相当便宜。', '这是村里种的，非常新鲜。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
