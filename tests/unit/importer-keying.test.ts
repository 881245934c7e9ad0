import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The keying conventions of bench/KEYING.md (issue 11, import-11d) as the importer follows them.
 * Every text here is made up for the test: places, people and wording are fictional.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const name = (lines: string[]) => imp(lines).draft.meeting.name;

describe('meeting name with the convening body (KEYING 1)', () => {
  it('keeps the body when a date word or a place stands between it and 召开', () => {
    expect(name(['松陵县政府今(14)日召开第5次县务会议，各乡镇长列席会议。', '会议要求各单位抓紧推进。'])).toBe('松陵县政府第5次县务会议');
    expect(name(['县府昨召开主管会报，各局处首长出席。', '会中，各局处报告工作进度。'])).toBe('县府主管会报');
    expect(name(['5月3日上午，柳塘镇在二楼会议室召开防汛工作部署会，镇全体干部参加会议。', '会议强调，要守住安全底线。'])).toBe('柳塘镇防汛工作部署会');
  });

  it('takes a numbered session and a 政协 as bodies', () => {
    expect(name(['4月2日下午，县政协五届三次会议举行小组召集人会议，就大会分组作出安排。', '会议要求，各组要按时报送名单。'])).toBe('县政协五届三次会议小组召集人会议');
    expect(name(['6月9日，县政协召开五届八次常委会议。', '会议听取了有关工作汇报。'])).toBe('县政协五届八次常委会议');
  });

  it('does not prefix a name that opens with a body of its own', () => {
    expect(name(['3月2日上午，桂园街道关工委在秀水社区召开了西片区关工委工作会议。', '会议要求各社区抓好落实。'])).toBe('西片区关工委工作会议');
    expect(name(['1月5日，石湾镇召开党委政府工作会议，镇全体干部参加。', '会议强调，要抓好全年工作。'])).toBe('石湾镇党委政府工作会议');
  });
});
