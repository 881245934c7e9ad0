import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * A council record's roll with notes (round 31, import-56b): each label in a cell of its own, the
 * value in the cell below (a blank line between, as a captured table prints), members marked away
 * (公假, 請假) or stood in for (X代), and the chair's line naming an absent chair and the one
 * acting (代). Made-up texts.
 */
describe("a record's roll with who was away and who stood in", () => {
  const names = ['鄭明輝', '林志遠(公假)', '陳國豪', '張文彬', '李宗翰', '黃俊傑', '吳建宏', '蔡佩君(請假)', '許志明', '劉家豪', '楊淑芬(王美玲代)', '周文雄'];
  const text = [
    '南港市政府第318次市政會議',
    '主席',
    '柯志強(請假)鄭明輝(代)',
    '紀錄',
    '趙怡君',
    '出席',
    names.join('、'),
    '列席',
    '游文欽、易明德',
    '壹、報告事項',
    '一、秘書處報告上次會議決議事項辦理情形。',
  ].join('\n\n');

  it('reads the long roll below its label, without the away and with the stand-in', () => {
    expect(importedPeople(text).attendees.map((p) => p[0])).toEqual(['陳國豪', '張文彬', '李宗翰', '黃俊傑', '吳建宏', '許志明', '劉家豪', '王美玲', '周文雄']);
    expect(importedPeople(text).observers.map((p) => p[0])).toEqual(['游文欽', '易明德']);
  });

  it('takes the acting chair, not the one on leave', () => {
    expect(importText(text).draft.meeting.chair.name).toBe('鄭明輝');
  });
});
