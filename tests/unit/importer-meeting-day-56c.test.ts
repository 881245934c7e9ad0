import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * When the meeting sat, as a paper writes it (issue 11, round 31, import-56c): 昨 alone before the
 * verb, a later date the meeting decided on in the same sentence, and a filing day over an opening
 * that leaves the day open (日前, 近日). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const dateText = (text: string) => importText(text, { now: NOW }).recognized.dateText;

describe('the day a paper dates the meeting by', () => {
  it('reads 昨 alone before the verb as the day before the issue', () => {
    expect(dateText('【本报讯】某市联络办昨在市会堂举办各界座谈会，约二百人出席。\n会上，与会者先后发言。')).toBe('昨');
    expect(dateText('【晨报专讯】「某某督导组」昨举行第二次会议，由组长主持。\n会议指出，要抓好落实。')).toBe('昨');
  });

  it('keeps the day before the verb over a date the meeting decided on after it', () => {
    expect(dateText('本报讯 某市人大常委会昨天举行第十二次主任会议，决定常委会第五次会议于9月6日至8日举行。主任某某主持会议。\n会议指出，要抓好落实。')).toBe('昨天');
  });

  it('takes no filing day over 日前 or 近日', () => {
    expect(dateText('某某新闻网2月22日消息：日前召开的县人大常委会第20次会议表决通过了有关报告。\n会议指出，要抓好落实。')).toBe('');
  });
});
