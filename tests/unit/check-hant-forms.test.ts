import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';
import { unseenSets } from '../../tools/unseen-sets';
import { variantPairs, WITNESS_FREQ, witnessedWords } from '../../tools/derive-hant-forms';

const ROOT = join(import.meta.dirname, '../..');
const words = wordLayer();
const shown = (text: string, script: Script = 'hant'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a real Traditional character wrong for its word (hant-forms.ts)', () => {
  // Sentences written for this test.
  it.each([
    ['本縣經濟髮展持續穩定。', 'WRD-01 髮展→發展'],
    ['本案經內政部核準後公告實施。', 'WRD-01 核準→核准'],
    ['各機關負責人蔘加座談。', 'WRD-01 蔘加→參加'],
    ['部分社區仍麵臨人力不足。', 'WRD-01 麵臨→面臨'],
    // a Simplified form Taiwan writes in other words (志 of 志願) where the word takes the other (號誌)
    ['請交通局檢討路口號志秒數。', 'WRD-01 號志→號誌'],
    ['會議結束，隨后進行分組討論。', 'WRD-01 隨后→隨後'],
  ])('flags %s', (text, want) => {
    expect(shown(text)).toContain(want);
  });

  it.each([
    // the right forms, and a form two words make (帶頭 + 發言)
    ['本縣經濟發展持續穩定，里長帶頭發言，核准案件均已公告。'],
    // Taiwan's variants: 台/臺, 裏/裡, 着/著, 綫/線 (OpenCC's own variant tables)
    ['臺灣與台灣各地的綫路，裏面都着重檢查。'],
    // a pair Taiwan writes both ways across words (盡速/儘速), and a word chewing writes both ways (計畫/計劃)
    ['請各局處盡速依年度計畫辦理。'],
    // LNG-02's pairs, either way round: 布/佈 (發佈 beside 發布)
    ['本府發佈新聞稿，並於網站公布。'],
    // a surname after a post (處長 + 于美玲 is cut 處長于), and a Simplified form LNG-02 flags (制造)
    ['工務處長于美玲表示，將持續推動。'],
    ['本校教師范雅如製作衛教海報。'],
  ])('accepts %s', (text) => {
    expect(shown(text)).toEqual([]);
  });

  it('never reads Simplified text', () => {
    expect(shown('本县经济发展持续稳定。', 'hans')).toEqual([]);
  });

  it('adds nothing to the clean Traditional fixture and the seen sets clean Traditional sentences', () => {
    const unseen = unseenSets();
    const texts = readFileSync(join(ROOT, 'tests/fixtures/check/clean-hant.txt'), 'utf8').split(/\n+/);
    for (const dir of readdirSync(join(ROOT, 'bench')).filter((d) => /^check-(heldout|train)/.test(d) && !unseen.has(d))) {
      const set = JSON.parse(readFileSync(join(ROOT, 'bench', dir, 'sentences.json'), 'utf8')) as { clean: { text: string; script: Script }[] };
      texts.push(...set.clean.filter((c) => c.script === 'hant').map((c) => c.text));
    }
    const found = texts.flatMap((t) => checkText(t, { script: 'hant', words }).filter((d) => d.rule === 'WRD-01' && /[髮麵蔘準]/.test(String(d.params?.found))));
    expect(found).toEqual([]);
  });
});

describe('derive-hant-forms', () => {
  // A toy OpenCC: Traditional 甲, 乙 and 丑 are all Simplified 甲 (Taiwan writes 甲丙, but 乙 before 丁, 己, 庚);
  // the derivation reads chewing's spellings, toTaiwan only decides the variant pairs.
  const toSimplified = (s: string): string => s.replace(/[乙丑]/g, '甲');
  const toTaiwan = (s: string): string => s.replace(/甲(?=[丁己庚])/g, '乙');
  const freq = new Map([
    ['甲丙', WITNESS_FREQ],
    ['乙丁', WITNESS_FREQ],
  ]);

  it('keeps, in its spelling, a word chewing spells one way only, counted often enough', () => {
    // 甲丙 can be miswritten 乙丙 or 丑丙, 乙丁 as 丑丁 or 甲丁 (甲 stands in a word as written)
    expect(witnessedWords(['甲丙', '乙丁'], freq, toSimplified)).toEqual(['乙丁', '甲丙']);
    expect(witnessedWords(['甲丙', '乙丁'], new Map([['甲丙', WITNESS_FREQ - 1]]), toSimplified)).toEqual([]);
    // a word whose characters have no other Traditional form is no word to read
    expect(witnessedWords(['丙丁'], new Map([['丙丁', WITNESS_FREQ]]), toSimplified)).toEqual([]);
  });

  it('drops a word chewing spells two ways', () => {
    const twice = new Map([
      ['甲丙', WITNESS_FREQ],
      ['乙丙', 1],
    ]);
    expect(witnessedWords(['甲丙', '乙丙'], twice, toSimplified)).toEqual([]);
  });

  it('reads a pair as variants only from enough words written both ways', () => {
    const both = ['丑丁', '乙丁', '丑己', '乙己', '丑庚', '乙庚'];
    const f = new Map(both.map((w) => [w, 50]));
    expect(variantPairs(both, f, toSimplified, toTaiwan)).toEqual(['丑乙']);
    // two words written both ways are no pair; nor three where the written form is rare
    expect(variantPairs(both.slice(0, 4), f, toSimplified, toTaiwan)).toEqual([]);
    expect(variantPairs(both, new Map([...f, ['丑庚', 1]]), toSimplified, toTaiwan)).toEqual([]);
  });
});
