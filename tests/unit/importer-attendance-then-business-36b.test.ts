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

  it('reads a list closed by its attendance verb before a comma and someone’s business', () => {
    const text = '1月12日上午，政协平江市第六届委员会第五次会议在市会议中心开幕。\n中共平江市委书记汪立成，市委副书记、市长李迎春等市领导应邀出席大会，汪立成发表讲话。\n大会听取了常委会工作报告。';
    expect(importedPeople(text).attendees).toEqual([
      ['汪立成', '中共平江市委书记'],
      ['李迎春', '市委副书记、市长'],
    ]);
  });

  it('reads guests at the opening ceremony before another clause (出席会议开幕式并作了讲话，…)', () => {
    const text = '5月17日，县域政协协作会第9次会议在南溪举行。\n省政协副主席高建国、南溪市政协主席罗晓峰出席会议开幕式并作了重要讲话，南溪区委书记介绍区情并致欢迎词。\n会议认为，要发挥政协优势。';
    expect(importedPeople(text).attendees).toEqual([
      ['高建国', '省政协副主席'],
      ['罗晓峰', '南溪市政协主席'],
    ]);
  });

  it('does not read a speech whose clause ends on 与会 as a list (Traditional)', () => {
    const text = '3月2日，縣府召開縣務會議，縣長許文山主持。\n許文山強調縣務會議的重要性，邀集各單位主管共同與會，並指出要培養幹部。\n會議聽取了各局處報告。';
    expect(importedPeople(text).attendees).toEqual([]);
  });
});
