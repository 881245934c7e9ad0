import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('broken idioms: swapped characters and look-alikes (idiom.ts)', () => {
  const table: [string, Script, string[]][] = [
    ['各项工作要做到名副实其，不搞形式。', 'hans', ['WRD-02:error 名副实其→名副其实']],
    ['对群众的诉求不能无动衷于。', 'hans', ['WRD-02:error 无动衷于→无动于衷']],
    ['這項改革的成效眾周所知。', 'hant', ['WRD-02:error 眾周所知→眾所周知']],
    ['前来办事的群众络绎不艳。', 'hans', ['WRD-02:warning 络绎不艳→络绎不绝']],
    // A set phrase of current 公文 that jieba lacks (target-terms.ts), one look-alike swapped in.
    ['要坚持固本倍元，夯实基层基础。', 'hans', ['WRD-02:warning 固本倍元→固本培元']],
    ['要坚持固本培元，夯实基层基础。', 'hans', []],
    // Round 16's set phrases of law enforcement and governance (宽严相济, 疏堵结合): same syllable.
    ['对轻微违规的摊贩，执法队员应当坚持宽言相济。', 'hans', ['WRD-02:error 宽言相济→宽严相济']],
    ['各街道对占道经营要疏赌结合，既整治又引导。', 'hans', ['WRD-02:error 疏赌结合→疏堵结合']],
    ['对轻微违规的摊贩要宽严相济，对占道经营要疏堵结合。', 'hans', []],
    // Set phrases of 政务服务 and flood work: a same-syllable slip in them, and the right forms.
    ['开发区要为落地企业提供帮办带办服务。', 'hans', ['WRD-02:error 帮办带办→帮办代办']],
    ['各窗口要推行容却受理和告知承诺制。', 'hans', ['WRD-02:error 容却受理→容缺受理']],
    ['各窗口要推行帮办代办，企业的待办事项当日清零。', 'hans', []],
    // The idioms themselves, and stretches that hold the same characters as two words meeting.
    ['各项工作要名副其实，对群众诉求不能无动于衷，众所周知。', 'hans', []],
    ['前来办事的群众络绎不绝，局面一发不可收拾。', 'hans', []],
    ['這項改革眾所周知，名副其實。', 'hant', []],
    ['他说可不收拾东西就走。', 'hans', []],
    // A look-alike of another reading sharing a telling component (shape-kin.ts: 簸/破 share 皮) or of
    // the same reading in a phonetic series (series.ts: 漲/長), which the component families lack.
    ['这类谣言不攻自簸，群众自有判断。', 'hans', ['WRD-02:warning 不攻自簸→不攻自破']],
    ['这件事关系全局，要从涨计议，不能草率决定。', 'hans', ['WRD-02:warning 从涨计议→从长计议']],
    ['這項計畫要從漲計議，不宜倉促上路。', 'hant', ['WRD-02:warning 從漲計議→從長計議']],
    ['这类谣言不攻自破，这件事要从长计议。', 'hans', []],
    ['這項計畫要從長計議，不宜倉促上路。', 'hant', []],
  ];
  for (const [text, script, want] of table) {
    it(`${text} → ${want.join(', ') || 'nothing'}`, () => {
      expect(shown(text, script)).toEqual(want);
    });
  }
});
