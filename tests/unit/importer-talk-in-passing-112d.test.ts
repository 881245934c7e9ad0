import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A talk a visiting leader holds in passing (甲到某镇调研，并召开座谈会) names no meeting: the report is
 * of the visit (KEYING 23, 24: `""`). A leader's own 座谈会 with no visit, and a body's visit that
 * convenes a named meeting, keep their names. Made-up texts (round 45, import-112d).
 */
const NOW = new Date('2026-06-10T00:00:00Z');
const name = (lines: string[]): string => importText(lines.join('\n'), { now: NOW }).draft.meeting.name;

describe('a talk held in passing on a visit', () => {
  it('names no meeting when a leader visits and holds a 座谈会', () => {
    expect(
      name([
        '县委书记周立新到青石镇调研',
        '6月8日，县委书记周立新到青石镇就产业发展、乡村治理等工作进行调研，并召开座谈会。县委常委、办公室主任何明参加调研。',
        '座谈会上，周立新听取了青石镇负责人的工作汇报。他强调，要坚持问题导向，抓好各项工作落实。',
      ]),
    ).toBe('');
    expect(
      name(['副县长带队调研', '6月8日，副县长吴海带领县直有关部门负责人到松林乡检查重点项目。', '随后，吴海一行在乡政府会议室召开座谈会，听取了松林乡工作情况汇报。吴海要求，各部门要加强协作。']),
    ).toBe('');
  });

  it('keeps a leader’s own 座谈会 and a body’s named meeting on its visit', () => {
    expect(name(['县长主持召开座谈会', '6月8日上午，县长李平主持召开座谈会，就政府工作报告征求各民主党派和无党派人士的意见。', '与会人员踊跃发言，提出了意见建议。李平表示，将认真研究吸纳。'])).toBe(
      '座谈会',
    );
    expect(name(['县水利局到青石镇调研', '6月8日，县水利局到青石镇调研，并召开防汛工作协调会。', '会议要求，各村要落实防汛责任。'])).toBe('县水利局防汛工作协调会');
  });
});
