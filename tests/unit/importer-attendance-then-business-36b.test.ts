import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * The paragraph right after the opening says who attended, then goes on to the business in the
 * same paragraph (…参加了会议。会议解读了…). Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('attendance then business in the paragraph after the opening', () => {
  it('reads who attended and keeps the business as the paragraph', () => {
    const text = '10日上午，我镇召开乡村振兴动员大会。\n镇党委书记周志明，镇长郑文涛，各村党组织书记参加了会议。会议详细解读了实施方案并听取了表态发言。\n周志明要求，要抓好落实。';
    expect(importedPeople(text).attendees).toEqual([
      ['周志明', '镇党委书记'],
      ['郑文涛', '镇长'],
      ['各村党组织书记', ''],
    ]);
    const r = importText(text, NOW);
    const paragraphs = r.draft.sections.map((s) => s.lead + s.paragraphs.join('')).join('\n');
    expect(paragraphs).toContain('会议详细解读了实施方案');
    expect(paragraphs).not.toContain('各村党组织书记参加了会议');
  });

  it('leaves a paragraph that opens with business alone', () => {
    const text = '10日上午，我镇召开乡村振兴动员大会。\n会议详细解读了实施方案。镇党委书记周志明参加了会议。\n周志明要求，要抓好落实。';
    const r = importText(text, NOW);
    expect(r.draft.sections.map((s) => s.lead + s.paragraphs.join('')).join('\n')).toContain('会议详细解读了实施方案');
  });
});
