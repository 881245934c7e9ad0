import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 35 (import-72b): a person's welcome or thanks (X代表…对…的到来表示欢迎。) is already their
 * speech, X表示 a lead (bench/KEYING.md 9: X表示 → directive); the pronoun sentences after it in the
 * paragraph (他指出… / 他说…) carry it on: one `directive` section keyed by the paragraph's opening
 * words, as four of the five TRAIN keys with the shape have it. A report that is no lead (X代表党委
 * 报告工作。) still leaves the pronoun its own section. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const sections = (lines: string[]) => importText(lines.join('\n'), NOW).draft.sections.map((s) => [s.kind, s.lead, (s.paragraphs[0] ?? '').slice(0, 6)]);

describe('a welcome, then the speaker goes on', () => {
  it('keeps 他指出 after X代表…表示欢迎 in the welcome’s section', () => {
    const got = sections([
      '5月8日，青山市党政代表团来到白水县考察交流，并召开座谈会。',
      '白水县委书记周文涛代表县委、县政府对代表团一行的到来表示热烈欢迎。他指出，两地合作基础扎实，要在产业协作上再下功夫。',
    ]);
    expect(got).toHaveLength(2);
    expect(got[1]![0]).toBe('directive');
    expect(got[1]![2]).toBe('白水县委书记');
  });

  it('keeps 他说 after thanks with a context clause first', () => {
    const got = sections(['6月2日，南坪镇召开乡贤座谈会。', '在座谈会上，镇党委书记林海对各位乡贤长期支持家乡建设表示衷心感谢。他说，家乡发展离不开大家。']);
    expect(got).toHaveLength(2);
    expect(got[1]![0]).toBe('directive');
  });

  it('still gives a pronoun after a report with no lead its own section', () => {
    const got = sections(['3月1日，河西区政协召开全会。', '区政协主席王江代表常委会报告工作。他强调，要提高履职质量。']);
    expect(got.length).toBeGreaterThanOrEqual(3);
  });
});
