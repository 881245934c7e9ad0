import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { occasionKind } from '../../shared/importer/structure/occasion-kind';

/**
 * Round 37 (import-80b): a 会上 account whose one subject hears a report in its first clause
 * (座谈会上，X一行听取了…汇报) is a topic, as the meeting hearing is; a stronger verb later in the
 * sentence, a bare 听取了 with no subject, or a hearing clause (X在听取…后) is not. Made-up texts.
 */
describe('occasionKind: one subject hearing', () => {
  it('reads a leader’s party or the members hearing as a topic', () => {
    expect(occasionKind('刘明一行听取了县政协近期工作情况汇报。')).toBe('topic');
    expect(occasionKind('委員們聽取了關於全縣交通建設規劃編制情況的報告，並提出了意見建議。')).toBe('topic');
  });

  it('leaves the hearing to a stronger verb, a bare verb or a hearing clause', () => {
    for (const body of ['刘明听取了县政协工作汇报，对近年来的工作给予充分肯定。', '听取了各部门上半年工作情况汇报，研究了有关事宜。', '刘明在听取县政协工作汇报后，对下一步工作提出要求。'])
      expect(occasionKind(body)).not.toBe('topic');
  });
});

describe('importText: 座谈会上 hearing', () => {
  it('gives the section a topic', () => {
    const r = importText('3月2日，青石县召开政协工作座谈会。县长陈明主持会议。\n座谈会上，刘明一行听取了县政协近期工作情况汇报。\n会议要求，各部门要抓好落实。', {
      now: new Date('2026-12-05'),
    });
    expect(r.draft.sections.find((x) => x.lead.startsWith('座谈会上'))?.kind).toBe('topic');
  });
});
