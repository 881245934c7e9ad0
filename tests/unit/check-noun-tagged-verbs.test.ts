import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { nounTaggedVerb } from '../../shared/check/words/noun-tagged-verbs-set';
import { cedictVerbs, nounTaggedVerbs } from '../../tools/derive-noun-tagged-verbs';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05' || d.rule === 'LNG-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('derive-noun-tagged-verbs', () => {
  const cedict = ['論證 论证 [lun4 zheng4] /to prove a point/proof/', '方案 方案 [fang1 an4] /plan/program/', '動員 动员 [dong4 yuan2] /to mobilize/', '# comment'].join('\n');

  it('reads the Simplified headwords whose first sense is a verb’s', () => {
    expect([...cedictVerbs(cedict)].sort()).toEqual(['动员', '论证']);
  });

  it('keeps the ones jieba tags n and counts often enough', () => {
    const jieba = ['论证 900 n', '动员 50 n', '方案 5000 n', '推进 9000 v'].join('\n');
    expect(nounTaggedVerbs(jieba, cedictVerbs(cedict))).toEqual(['论证']);
  });

  it('the shipped list holds verbs jieba tags n, and no noun', () => {
    const dict = jiebaDictionary();
    for (const w of ['论证', '动员']) {
      expect(dict.tagOf(w)).toBe('n');
      expect(nounTaggedVerb(w)).toBe(true);
    }
    for (const w of ['方案', '居民', '推进']) expect(nounTaggedVerb(w)).toBe(false);
  });
});

describe('的 → 地 before a verb jieba tags n', () => {
  it.each(['对难以整改到位的户厕，要反复的论证整改方案，分步骤推进。', '要积极的动员社会力量参与。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→地']);
  });

  // The same word as a noun: after a light verb or with no directive, 的 + noun is a noun phrase.
  it.each(['专家组进行了反复的论证，方案已基本成熟。', '这次全面的动员收到了很好的效果。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
