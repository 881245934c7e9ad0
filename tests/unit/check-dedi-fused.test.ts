import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Made-up sentences, both ways: the slip flagged with its fix, the land noun and the right 地 left alone.
const words = wordLayer();
const dedi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的/地/得: a modifier’s 地 jieba glued into a word of land (de-di-fused.ts)', () => {
  it('reads 地 for 的 inside 老 + 旧地, a floor-counted entry and a graded one', () => {
    expect(dedi('城东老旧地供水管网将在年内更换完毕。')).toEqual(['地→的']);
    expect(dedi('今年要报废一批老旧地打印机，数据先行备份。')).toEqual(['地→的']);
    expect(dedi('各街道要对闲置地仪器登记造册。')).toEqual(['地→的']);
    expect(dedi('来访群众反映最集中地事项是停车难。')).toEqual(['地→的']);
  });

  it('reads 将 + modifier + 地 + noun + verb as the disposal frame, not the modal', () => {
    expect(dedi('各医院要将闲置地仪器纳入区域共享目录。')).toEqual(['地→的']);
    expect(dedi('公司将稳步地推进改革。')).toEqual([]);
  });

  it('keeps the land nouns and the adverbial 地', () => {
    expect(dedi('要稳定农村承包地经营权。')).toEqual([]);
    expect(dedi('项目所在地政府负责协调征迁。')).toEqual([]);
    expect(dedi('城市低洼地积水已全部排干。')).toEqual([]);
    expect(dedi('全力打造区域人才新高地。')).toEqual([]);
    expect(dedi('村里的草地、耕地和基地都已确权。')).toEqual([]);
    expect(dedi('他满怀热忱地回到家乡创业。')).toEqual([]);
    expect(dedi('各单位要闲置的办公家具登记造册。')).toEqual([]);
  });
});
