import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { DE_ODDS_ERROR, DI_ODDS_WARNING, DI_OVER_DE_MARGIN, diForDe } from '../../shared/check/words/de-di-odds';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test (round 26's classes of 的/地/得), not taken from any bench set.

/** The 地-for-得 odds reading's verdict on the first 得 of the text (the reading alone). */
function diVerdict(text: string): 'error' | 'warning' | null {
  wordLayer();
  const a = analyse(text, 'hans', jiebaSegmenter)!;
  const i = a.tokens.findIndex((k) => k.word === '得');
  return diForDe(a.tokens, i, jiebaDictionary());
}

describe('得 written for 地: the third choice of the odds table (de-di-odds.ts diForDe)', () => {
  it('the bars: a warning below the error bar, and a margin that lets 的 win where it is likelier', () => {
    expect(DI_ODDS_WARNING).toBeLessThan(DE_ODDS_ERROR);
    expect(DI_OVER_DE_MARGIN).toBeGreaterThan(0);
  });

  it.each([
    ['各单位要不遗余力得帮助困难企业。', 'error'],
    ['各村要有序得推进改厕工作。', 'warning'],
  ] as const)('%s → %s', (text, want) => {
    expect(diVerdict(text)).toBe(want);
  });

  it.each([
    // A verb before 得 opens a complement.
    '工作开展得扎实有序。',
    // A verb or preposition before the adverbial makes it part of an object: 的, not 地.
    '为企业搭建更直接得沟通平台。',
    '透过面对面得沟通了解诉求。',
    // 的 far likelier than 地 before a noun use (优质得服务): the 的 reading's place.
    '为群众提供优质得服务。',
  ])('%s → no 地', (text) => {
    expect(diVerdict(text)).toBeNull();
  });
});

describe('的/地/得, round 26: 得 for 地 by odds, 地 for 得 after a noun-tagged verb, echoed adverbials', () => {
  runDeDiTable([
    // 得 before a verb after an adverbial: the fix is 地 (it was 的, from the 的-or-得 odds alone).
    ['各单位要不遗余力得帮助困难企业。', ['余力[得→地]']],
    ['各单位要不遗余力地帮助困难企业。', []],
    ['各村要因地制宜、有序得推进改厕工作。', ['有序[得→地]']],
    ['各村要因地制宜、有序地推进改厕工作。', []],
    // 地 after a verb jieba tags n (规划) + degree word + adjective closing the clause: 得.
    ['今年的活动规划地非常周密，群众反响很好。', ['规划[地→得]']],
    ['今年的活动规划得非常周密，群众反响很好。', []],
    // An adverbial by its echoed shape (实打实, 挨门挨户), whatever jieba tags it, before a verb.
    ['党员干部要沉到一线，实打实的帮助群众解决难题。', ['打实[的→地]']],
    ['党员干部要沉到一线，实打实地帮助群众解决难题。', []],
    ['实打实的成绩得到群众认可。', []],
    ['他的一言一行的影响很大。', []],
    // Two nouns joined by 与 (tagged p) are one subject: the adverbial after them opens the predicate.
    ['社工与志愿者挨门挨户的发放口罩。', ['挨户[的→地]']],
    ['社工与志愿者挨门挨户地发放口罩。', []],
    // A numeral-measure said twice + a verb form jieba tags vn + its object, opening a clause.
    ['检查组进驻后，一个一个的核查项目台账。', ['一个[的→地]']],
    ['检查组进驻后，一个一个地核查项目台账。', []],
    ['一个一个的检查结果都已归档。', []],
    // Traditional: the same reading.
    ['各村要因地制宜、有序得推進改廁工作。', ['有序[得→地]'], 'hant'],
  ]);
});
