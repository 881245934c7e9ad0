import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Made-up sentences, both ways: the slip flagged with its fix, the right use left alone.
const words = wordLayer();
const dedi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的/地/得, round 15 shapes (de-di.ts)', () => {
  it('地 after a verb that takes only a noun object (提供, 营造, 打造) is 的', () => {
    expect(dedi('要为群众提供方便快捷地医疗服务。')).toEqual(['地→的']);
    expect(dedi('要着力打造便捷高效地服务体系。')).toEqual(['地→的']);
    expect(dedi('各校要营造安全地校园环境。')).toEqual(['地→的']);
  });

  it('leaves 地 before a verb after those verbs alone, and the right 的', () => {
    expect(dedi('要营造、积极地推动改革发展。')).toEqual([]);
    expect(dedi('要为群众提供方便快捷的医疗服务。')).toEqual([]);
    expect(dedi('要积极地打造公开透明的市场秩序。')).toEqual([]);
  });

  it('reads 地 inside a rare adjective + 地 entry of the dictionary (熟练地, 整洁地)', () => {
    expect(dedi('全镇要展现干净整洁地城乡面貌。')).toEqual(['地→的']);
    expect(dedi('农机手要熟练地操作收割机械。')).toEqual([]);
    expect(dedi('低洼地积水要及时排除。')).toEqual([]);
  });

  it('reads 整顿 (a numeral in jieba) as the verb before a complement', () => {
    expect(dedi('部分集贸市场秩序整顿的不够彻底。')).toEqual(['的→得']);
    expect(dedi('部分集贸市場秩序整頓的不夠徹底。', 'hant')).toEqual(['的→得']);
    expect(dedi('部分集贸市场秩序整顿得不够彻底。')).toEqual([]);
    expect(dedi('市场秩序整顿的成效要巩固。')).toEqual([]);
  });
});
