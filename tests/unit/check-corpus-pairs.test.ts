import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { COLLOCATION_DATA } from '../../shared/check/words/collocation-data';
import { corpusPairRule } from '../../shared/check/words/corpus-pairs';
import type { Script } from '../../shared/model';

// Made-up sentences; the rule is asked directly, so a test fails when it stops finding its slip
// even if another rule (the pair table) would.
wordLayer();
const dict = jiebaDictionary();
const run = (text: string, script: Script = 'hans'): string[] => corpusPairRule(analyse(text, script, jiebaSegmenter)!, text, dict).map((f) => `${f.word}→${f.replacement}:${f.severity}`);

describe('corpusPairRule: same-sound twins told apart by neighbours in real report text', () => {
  it('the mined table holds the neighbours report text gives a word', () => {
    expect(COLLOCATION_DATA).toMatch(/^指出 \d+ .*<会议\d+/m);
    // Only neighbours the rule can use: no single characters (的, 要), which it never looks up.
    expect(COLLOCATION_DATA).not.toMatch(/^指出 .* [<>][\p{Script=Han}](\d*)( |$)/mu);
  });

  it('flags a word whose twin the neighbour stands beside often (an error) or clearly (a warning)', () => {
    expect(run('各镇要对河道沿线隐患全面排查政治，不留死角。')).toEqual(['政治→整治:error']);
    // 人居环境 + 整治: as many sightings as an error needs (six, since the stored pages' counts).
    expect(run('今年要持续推进农村人居环境政治，改善村容村貌。')).toEqual(['政治→整治:error']);
    // 集中 + 整治: fewer sightings than an error needs.
    expect(run('今年要对村内垃圾开展集中政治，改善村容村貌。')).toEqual(['政治→整治:warning']);
    expect(run('各镇街要集中力量办好民生时事，回应群众关切。')).toEqual(['时事→实事:error']);
  });

  it('reads Traditional text through its Simplified form and answers in Traditional', () => {
    expect(run('各區要對河道沿線隱患全面排查政治，不留死角。', 'hant')).toEqual(['政治→整治:error']);
  });

  it('leaves the word alone where a neighbour vouches for it', () => {
    expect(run('要不断提高政治站位，严守政治纪律。')).toEqual([]);
    expect(run('今年压减一般性支出，保障民生实事。')).toEqual([]);
    // A noun before the word may be its modifier (会议支出: meeting costs), not a verb's subject.
    expect(run('全年会议支出，比上年压减三成。')).toEqual([]);
  });

  it('takes no evidence from a head word that stands beside everything, nor from one lone sighting', () => {
    expect(run('要扎实抓好各环节工作，确保活动有序。')).toEqual([]);
    expect(run('在志愿服务中，党员始终冲在前面。')).toEqual([]);
  });
});
