import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 for 地 between a manner word and an adverb or 将 that opens the verb phrase', () => {
  it.each(['社区干部不厌其烦的逐户走访独居老人。', '救援队员小心翼翼的将被困群众抬出废墟。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→地']);
  });

  // After a verb and a list mark the phrase is an object's noun phrase.
  it.each(['会上开展了严肃认真、实事求是的相互批评。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
