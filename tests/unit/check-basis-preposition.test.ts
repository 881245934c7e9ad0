import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const found = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a modal and a preposition of basis before its object are no slip for 可以', () => {
  // Made-up sentences of contract and complaint-handling notices: 可依 + a noun reads "may, under …".
  // Before, 可/依 (two lone characters) was an error for 可以.
  it.each(['业委会可依合同与其解约。', '当事人可依规定申请复议。', '本案可依简易程序办理。'])('no finding: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the same two characters before a verb are still the slip', () => {
  // 可以 + a verb is the modal; 依 there has no object.
  it.each([
    ['群众可依通过政务网办理。', '可依→可以'],
    ['办事群众可依直接在网上提交。', '可依→可以'],
  ])('%s', (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });
});
