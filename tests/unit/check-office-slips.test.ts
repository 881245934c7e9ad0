import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { LEXICON } from '../../shared/check/words/lexicon';
import { OFFICE_SLIPS } from '../../shared/check/words/office-slips';
import type { Script } from '../../shared/model';

// Made-up sentences: each slip flagged with its fix, the same characters in right words left alone.
const words = wordLayer();
const wrd01 = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('round 14 office slips in the lexicon', () => {
  it('are all in the lexicon', () => {
    const pairs = OFFICE_SLIPS.split(/[|\n]/)
      .map((p) => p.trim().split(/\s+/))
      .filter((p) => p.length === 2);
    expect(pairs.length).toBeGreaterThanOrEqual(55);
    for (const [w, r] of pairs) expect(LEXICON.get(w!), w).toBe(r);
  });

  it('flags the slips of official writing, in either script', () => {
    expect(wrd01('要认真履行职责，坚决撼卫群众利益。')).toEqual(['撼卫→捍卫']);
    expect(wrd01('今年将新聘骋用一批专业技术人员。')).toContain('骋用→聘用');
    expect(wrd01('要严肃查处敷延塞责、推诿扯皮等问题。')).toEqual(['敷延→敷衍']);
    expect(wrd01('要依法保障群众合理述求。')).toEqual(['述求→诉求']);
    expect(wrd01('各單位要切實擔擋作為。', 'hant')).toEqual(['擔擋→擔當']);
  });

  it('leaves the same characters alone across word boundaries', () => {
    expect(wrd01('他们正在制作腊肉，打腊肉的人很多。')).toEqual([]);
    expect(wrd01('本地区暂新增一批项目。')).toEqual([]);
    expect(wrd01('他由忠诚的卫士成长为骨干，这是连惯例都不顾的做法。')).toEqual([]);
    expect(wrd01('要推消费升级，读职业学校的学生增多。')).toEqual([]);
  });
});
