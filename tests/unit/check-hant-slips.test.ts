import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { HANT_SLIPS } from '../../shared/check/words/hant-slips';
import { converter } from '../../shared/script/converter';
import type { Script } from '../../shared/model';

const ROOT = join(import.meta.dirname, '../..');
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('Traditional-only slips (hant-slips.ts)', () => {
  it('pairs only forms that Simplified merges: wrong and right read the same once converted', () => {
    const toCn = converter('t', 'cn');
    for (const [wrong, right] of HANT_SLIPS) expect(toCn(wrong), wrong).toBe(toCn(right));
  });

  it('has no wrong form inside any clean sentence or the Traditional clean fixture', () => {
    const texts = [readFileSync(join(ROOT, 'tests/fixtures/check/clean-hant.txt'), 'utf8')];
    for (const dir of readdirSync(join(ROOT, 'bench')).filter((d) => /^check-heldout/.test(d))) {
      const set = JSON.parse(readFileSync(join(ROOT, 'bench', dir, 'sentences.json'), 'utf8')) as { clean: { text: string }[] };
      texts.push(...set.clean.map((c) => c.text));
    }
    expect([...HANT_SLIPS.keys()].filter((w) => texts.some((t) => t.includes(w)))).toEqual([]);
  });

  // Sentences written for this test.
  const table: [string, Script, string[]][] = [
    ['請清潔隊清除河濱公園臟亂死角。', 'hant', ['WRD-01 臟亂→髒亂']],
    ['民眾不可弄臟公共設施。', 'hant', ['WRD-01 弄臟→弄髒']],
    ['市場攤商應保持攤位幹淨。', 'hant', ['WRD-01 幹淨→乾淨']],
    ['本年度基層乾部培訓共辦理三梯次。', 'hant', ['WRD-01 乾部→幹部']],
    ['本府將全麵檢視各項補助。', 'hant', ['WRD-01 全麵→全面']],
    // Clean: the right forms, and a form held across two words (帶頭 + 發言).
    ['髒亂點清除後，環境乾淨整潔，心臟病患者也能安心散步。', 'hant', []],
    ['里長帶頭發言，基層幹部全面動員。', 'hant', []],
    // Simplified text is never read by this rule.
    ['要清除卫生死角，保持环境干净。', 'hans', []],
  ];
  for (const [text, script, want] of table) {
    it(`${text} → ${want.join(', ') || 'nothing'}`, () => {
      expect(shown(text, script)).toEqual(want);
    });
  }
});
