import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Bare names, 等, a head count and an office or post they all hold (等5位省政府参事): the count is the
 * list's head count (KEYING 21) and the post each untitled name's label (KEYING 14), wherever the run
 * stands in a roll the commas part. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const observers = (text: string) => importText(text, { now: NOW }).draft.meeting.observers.map((p) => `${p.title}|${p.name}`);

describe('names, 等, a head count and their post', () => {
  it('gives each name the post, in the middle of a roll and at its end', () => {
    const text =
      '2024年1月8日至12日，政协第九届青州市委员会第三次会议召开，市政府参事室主任周文华，王海涛、李明远、赵东升等3位市政府参事，孙立平、吴雅芳等2位市文史馆馆员应邀列席会议。会议期间，与会同志认真讨论了政府工作报告。';
    expect(observers(text)).toEqual(['市政府参事室主任|周文华', '市政府参事|王海涛', '市政府参事|李明远', '市政府参事|赵东升', '市文史馆馆员|孙立平', '市文史馆馆员|吴雅芳']);
  });

  it('does the same in Traditional script', () => {
    const hant = '1月8日，政協青州市委員會全體會議召開，王海濤、李明遠等2位市政府參事，孫立平、吳雅芳等2位市文史館館員應邀列席會議。會議期間，與會同志認真討論了政府工作報告。';
    expect(observers(hant)).toEqual(['市政府參事|王海濤', '市政府參事|李明遠', '市文史館館員|孫立平', '市文史館館員|吳雅芳']);
  });
});
