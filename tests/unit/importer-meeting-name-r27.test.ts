import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The convening body keeps its place in the meeting's name when what stands between it and the
 * verb is a day in Chinese numerals with the hour (於十三日晚上八時), or the people it brought
 * together (组织全体组成人员举办). Round 27's tuning, each as its class; made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('the body before the verb, past when and whom', () => {
  it('takes the body past a day in Chinese numerals and the hour', () => {
    expect(name('【特訊】澳門青年商會於十三日晚上八時在會所舉行了第五十次會員大會。大會審議和通過了各項報告，最後進行選舉。')).toBe('澳門青年商會第五十次會員大會');
  });

  it('takes the body past the hour written with 整', () => {
    expect(name('东河区应急管理局于7月24日上午10时整召开第一次防汛工作会议，区长要求各单位做好整备工作。')).toBe('东河区应急管理局第一次防汛工作会议');
  });

  it('takes the body past the people it brought together', () => {
    expect(name('8月30日下午，青石街道人大工委组织全体组成人员举办了专题学习会，集中学习有关文件精神。')).toBe('青石街道人大工委专题学习会');
  });
});
