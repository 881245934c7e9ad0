import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { groupReportsInTurn } from '../../shared/importer/structure/group-rundown';

/**
 * Round 28 (import-44a): inside a paragraph the meeting's own lead opened, several units or a group
 * reporting in turn is how that item went, not a new item. Made-up texts.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);
const OPENING = '3月9日，县政府召开安全生产工作会议。县长周明主持会议并讲话。';

describe('a group reporting in turn inside the meeting’s item', () => {
  it('stays with the meeting’s item: units reporting, members speaking, a group explaining', () => {
    const units = [OPENING, '会议传达学习了省、市有关会议精神。县应急办、县交通局、县消防大队分别通报了近期工作情况。', '周明要求，要压实各方责任。'].join('\n');
    expect(leads(units)).toEqual([
      ['text', ''],
      ['directive', '会议传达学习了'],
      ['requirement', '周明要求'],
    ]);
    const members = [OPENING, '会议传达学习了有关文件精神。中心组成员、各股室负责人作了交流发言。'].join('\n');
    expect(leads(members).slice(1)).toEqual([['directive', '会议传达学习了']]);
    const explained = [OPENING, '县政府常务会议暨党组会议审议了有关草案。县财政局、县审计局有关负责人就相关事项作说明。'].join('\n');
    expect(leads(explained)).toHaveLength(2);
  });

  it('keeps a person with several posts, a group opening a paragraph, and the group’s judgement apart', () => {
    // A person named with two posts is no group.
    expect(groupReportsInTurn('县委副书记、县长杨华通报了近期工作情况。')).toBe(false);
    // One unit reporting is its own account, not a rundown of several.
    expect(groupReportsInTurn('县财政局通报了预算执行情况。')).toBe(false);
    expect(groupReportsInTurn('县财政局、县税务局分别通报了预算执行情况。')).toBe(true);
    // The meeting's own business is not a group's report.
    expect(groupReportsInTurn('听取了县水利局负责人作的防汛工作汇报。')).toBe(false);
    // A paragraph of the group's own is an item (KEYING 13): the rule is read only inside one.
    const own = [OPENING, '会议传达学习了有关文件精神。', '各乡镇负责人分别作表态发言。'].join('\n');
    expect(leads(own).slice(1)).toEqual([
      ['directive', '会议传达学习了'],
      ['text', '各乡镇负责人分别作表态发言'],
    ]);
  });

  it('reads the group only after the meeting’s own lead, not after a person’s item', () => {
    const afterPerson = [OPENING, '副县长王华通报了全县安全生产形势。各乡镇负责人分别作表态发言。'].join('\n');
    expect(leads(afterPerson).length).toBeGreaterThan(2);
  });
});
