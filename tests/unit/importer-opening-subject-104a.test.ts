import { describe, expect, it } from 'vitest';
import { readMeetingName } from '../../shared/importer/structure/header';
import { openingBodies } from '../../shared/importer/structure/opening-subject';
import { endsLikeBody } from '../../shared/importer/structure/bodies';

/** The convening bodies read from the sentence's opening (KEYING 1, 14). Every text here is made up. */
describe('openingBodies', () => {
  it('reads one body or several before an adverbial or a comma', () => {
    expect(openingBodies('甲县、乙县以“团结奋进”为主题，在甲县')).toBe('甲县、乙县');
    expect(openingBodies('县委、县政府围绕防汛工作')).toBe('县委、县政府');
    expect(openingBodies('县总工会，以线上形式，同步在')).toBe('县总工会');
    expect(openingBodies('县委宣传部、县文联(文艺家协会)联合')).toBe('县委宣传部、县文联(文艺家协会)');
  });

  it('cuts at 与 only between bodies, not inside a name', () => {
    expect(openingBodies('白河大学信息与计算机学院党支部与青山学院教师党支部，以')).toBe('白河大学信息与计算机学院党支部与青山学院教师党支部');
  });

  it('reads no person, no kind of units and no clause with a verb', () => {
    expect(openingBodies('县长王明，在县政府')).toBe('');
    expect(openingBodies('各乡镇、各部门，在')).toBe('');
    expect(openingBodies('市委、市政府高度重视，')).toBe('');
  });
});

describe('a joint subject before adverbials convenes the meeting', () => {
  it('takes the bodies before a theme and a place', () => {
    expect(readMeetingName('4月8日，甲县、乙县以“团结奋进”为主题，在甲县召开2025年民族团结协商会议。')).toBe('甲县、乙县2025年民族团结协商会议');
  });

  it('takes the bodies set off by a comma before how they met', () => {
    expect(readMeetingName('5月6日，甲大学化学系党支部与乙学院化工系党支部，以“线上+线下”的形式，同步在两地召开联合支部大会。')).toBe('甲大学化学系党支部与乙学院化工系党支部联合支部大会');
  });

  it('keeps the last body’s other name in brackets, and drops 专题 before the verb', () => {
    expect(readMeetingName('6月2日，县委宣传部、县文联（文艺家协会）联合召开文艺工作座谈会。')).toBe('县委宣传部、县文联（文艺家协会）文艺工作座谈会');
    expect(readMeetingName('5月3日，东平市委、市政府专题召开水资源规划论证会。')).toBe('东平市委、市政府水资源规划论证会');
  });

  it('reads the same in Traditional script', () => {
    expect(readMeetingName('4月8日，甲縣、乙縣以「團結奮進」為主題，在甲縣召開民族團結協商會議。')).toBe('甲縣、乙縣民族團結協商會議');
  });

  it('leaves a person’s meeting and a body named in the verb’s clause as they were', () => {
    expect(readMeetingName('5月6日，县政府召开第十二次常务会议。')).toBe('县政府第十二次常务会议');
    expect(readMeetingName('市委、市政府高度重视，5月6日，副市长李明主持召开防汛工作会议。')).toBe('防汛工作会议');
  });
});

describe('endsLikeBody after a list of bodies', () => {
  it('reads the last body’s other name in brackets', () => {
    expect(endsLikeBody('市委统战部、市工商联(总商会)')).toBe(true);
  });
});

describe('bodies that 组织召开 together', () => {
  it('keeps an organisation department (组织部) whole in a joint subject', () => {
    expect(readMeetingName('3月2日，县委组织部、县委宣传部和县人社局组织召开全县人才工作推进会。')).toBe('县委组织部、县委宣传部和县人社局全县人才工作推进会');
    expect(readMeetingName('3月2日，县委组织部、县人社局联合组织召开全县人才工作推进会。')).toBe('县委组织部、县人社局全县人才工作推进会');
  });

  it('still drops whom a body gathered, and takes the bodies that 共同组织 over the one that 牵头', () => {
    expect(readMeetingName('3月2日，县委组织部会同县人社局组织召开全县人才工作推进会。')).toBe('县委组织部全县人才工作推进会');
    expect(readMeetingName('3月2日，县委组织部牵头，县人社局、县财政局共同组织召开全县人才工作推进会。')).toBe('县人社局、县财政局全县人才工作推进会');
  });
});

describe('no body where someone gathers people', () => {
  it('reads none from a chair gathering staff before the comma', () => {
    expect(openingBodies('镇长王明组织全镇干部，')).toBe('');
    expect(openingBodies('县委组织部，以')).toBe('县委组织部');
  });
});

describe('no body where someone goes to a place', () => {
  it('reads none from a visitor going to a community', () => {
    expect(openingBodies('市政协主席王明到城南街道某社区，')).toBe('');
  });
});
