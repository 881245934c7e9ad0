import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05' || d.rule === 'LNG-01')
    .map((d) => `${text.slice(d.location.offset - 3, d.location.offset)}${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 → 地 after a manner word derived by 性 or 化 (de-di-derived.ts)', () => {
  it.each<[string, string]>([
    // X性 jieba tags n, before a verb it tags n (谋划: a CEDICT verb) and its object.
    ['各乡镇要前瞻性的谋划明年工作，早作安排。', '前瞻性的→地'],
    // X性 before a verb and an object that opens with a determiner.
    ['县里要全局性的统筹各类资源，集中力量办大事。', '全局性的→地'],
    // X化 cut in two by the segmenter (常态 + 化), a verb form closing the clause.
    ['对辖区河道要常态化的开展巡查。', '常态化的→地'],
    ['驻村工作队要精准化的实施帮扶。', '精准化的→地'],
  ])('%s', (text, expected) => {
    expect(deDi(text)).toEqual([expected]);
  });

  it.each([
    // The right form.
    '各乡镇要前瞻性地谋划明年工作，早作安排。',
    // After a verb the slot is an object's: a noun phrase.
    '各地要形成常态化的巡查机制。',
    '要坚持系统性的思维，统筹推进各项工作。',
    '我们要建立制度化的工作机制。',
    // After 是: a noun phrase.
    '这次整治是全局性的工作。',
    // A noun modified, no verb after 的.
    '要进行常态化的巡查。',
  ])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 → 地 after a numeral-measure said twice (de-di-derived.ts)', () => {
  it.each<[string, string]>([
    ['对台账里的问题，要一项一项的核对清楚。', '项一项的→地'],
    ['社区干部一家一家的走访困难群众。', '家一家的→地'],
  ])('%s', (text, expected) => {
    expect(deDi(text)).toEqual([expected]);
  });

  it.each(['对台账里的问题，要一项一项地核对清楚。', '仓库里堆着一箱一箱的物资。', '这些都是一件一件的小事。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 → 得 before 不 + a complement after a verb jieba files as an adverb (更新 d)', () => {
  it('信息更新的不及时 → 得', () => {
    expect(deDi('个别村的台账信息更新的不及时，底数不清。')).toEqual(['息更新的→得']);
  });

  it.each(['个别村的台账信息更新得不及时，底数不清。', '服务群众非常的不及时。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('地 → 的 inside the object of 把 (de-di-derived.ts)', () => {
  it('把 + modifier + 地 + noun + verb → 的', () => {
    expect(deDi('各村要把群众反映突出地问题作为整改重点。')).toEqual(['映突出地→的']);
  });

  it.each(['各村要把群众反映突出的问题作为整改重点。', '要把责任切实地扛起来。', '要把安全生产牢牢地抓在手上。', '要把工作认真地落实到位。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('a derived manner word after a person as the subject (de-di-derived.ts)', () => {
  it('他们 + 创造性 + 的 + a verb with its object → 地', () => {
    expect(deDi('驻村以来，他们创造性的落实各项部署。')).toEqual(['创造性的→地']);
  });

  it.each(['他们创造性地落实各项部署。', '我们创造性的工作得到了肯定。', '他们系统性的思维值得学习。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 → 地 after an X式 manner word, a 对-phrase between the modal and it', () => {
  it('flags 要对…设施拉网式的排查 and 要拉网式的排查隐患', () => {
    expect(deDi('汛前要对全县供水设施拉网式的排查，发现隐患立即登记整改。')).toEqual(['拉网式的→地']);
    expect(deDi('各村要拉网式的排查隐患。')).toEqual(['拉网式的→地']);
  });

  it.each(['汛前要对全县供水设施开展拉网式的排查。', '要为群众提供一站式的服务。', '汛前要对全县供水设施拉网式地排查。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
