import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A body's meeting named by its kind leads as the meeting does (省政协党组会议指出); an enlarged
 * sitting (党组（扩大）会议, 党组扩大会议) is the same meeting and leads the same way, in either
 * script. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const sectionsOf = (text: string) => importText(text, { now: NOW }).draft.sections.map((s) => [s.kind, s.lead]);

describe('an enlarged sitting of a body as the subject of a lead', () => {
  it.each([
    ['省政协党组（扩大）会议指出', '3月2日，省政协召开党组（扩大）会议。\n省政协党组（扩大）会议指出，要坚持党的领导。\n会议强调，要做好工作。'],
    ['省政協黨組(擴大)會議指出', '3月2日，省政協召開黨組(擴大)會議。\n省政協黨組(擴大)會議指出，要堅持黨的領導。\n會議強調，要做好工作。'],
  ])('reads %s as a directive lead', (lead, text) => {
    expect(sectionsOf(text)).toContainEqual(['directive', lead.replace('(擴大)', '（擴大）')]);
  });

  it('takes no other bracketed words into a subject', () => {
    expect(sectionsOf('3月2日，县政府召开常务会议。\n县政府（办公室）指出，要做好工作。').map(([, lead]) => lead)).not.toContain('县政府（办公室）指出');
  });
});
