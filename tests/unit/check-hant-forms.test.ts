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
  // A toy OpenCC: Traditional 甲, 乙 and 丑 are all Simplified 甲 (Taiwan writes 甲丙, but 乙 before 丁, 己, 庚).
  const toSimplified = (s: string): string => s.replace(/[乙丑]/g, '甲');
  const toTaiwan = (s: string): string => s.replace(/甲(?=[丁己庚])/g, '乙');
  const freq = new Map([
    ['甲丙', WITNESS_FREQ],
    ['乙丁', WITNESS_FREQ],
    ['甲戊', 50],
    ['乙戊', 50],
  ]);

  it('keeps a word chewing spells one way only, OpenCCs, counted often enough', () => {
    // 甲丙 can be miswritten 乙丙 or 丑丙; 乙丁 only 丑丁 … both kept (甲丁 is the Simplified form, LNG-02's)
    expect(witnessedWords(['甲丙', '乙丁', '丑己'], freq, toSimplified, toTaiwan)).toEqual(['甲丁', '甲丙']);
    expect(witnessedWords(['甲丙', '乙丁'], new Map([['甲丙', WITNESS_FREQ - 1]]), toSimplified, toTaiwan)).toEqual([]);
  });

  it('drops a word chewing spells two ways', () => {
    expect(
      witnessedWords(
        ['甲丙', '乙丙'],
        new Map([
          ['甲丙', WITNESS_FREQ],
          ['乙丙', 1],
        ]),
        toSimplified,
        toTaiwan,
      ),
    ).toEqual([]);
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
