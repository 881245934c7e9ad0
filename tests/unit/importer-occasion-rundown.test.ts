import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 14 tuning (import-17b): the occasion named with a clause (在随后召开的调度会上，) opens a
 * 会上 rundown; 就…作出了重要指示 is a directive however long the 就-clause; a half-width full stop
 * between Han characters ends a sentence. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日上午，青岭县召开春耕工作会议，县长高远山主持会议。';
const sections = (text: string) => importText(text, { now: NOW }).draft.sections.filter((s) => s.lead !== '');

describe('an occasion named with a clause', () => {
  it('keeps a ；-joined rundown under 在…会上 as one section, and a directive after 。 apart', () => {
    const s = sections(
      [
        OPENING,
        '在随后召开的调度会上，与会人员观看了专题片；副县长王强传达了省春耕工作会议精神；各乡镇作了表态发言。县委书记李明就抓好春耕生产、保障农资供应、推进高标准农田建设、做好农机调度以及抓好防灾减灾等工作作出了重要指示。',
      ].join('\n'),
    );
    expect(s.map((x) => [x.kind, x.lead.slice(0, 8)])).toEqual([
      ['text', '在随后召开的调度'],
      ['directive', '县委书记李明就抓'],
    ]);
  });
});

describe('a half-width full stop between Han characters', () => {
  it('ends the sentence, so the lead after it is found', () => {
    const r = importText([OPENING, '会上，副县长王强通报了春耕进度，县长高远山作了讲话.县委书记李明强调，各乡镇要抓好农资供应。'].join('\n'), { now: NOW });
    expect(r.text).toContain('讲话。县委书记');
    expect(r.draft.sections.some((x) => x.lead.startsWith('县委书记李明强调'))).toBe(true);
  });

  it('leaves decimals, versions and addresses alone', () => {
    const r = importText([OPENING, '会议指出，全县粮食产量增长3.5%，新系统V2.1版已上线，按方案第4.2条执行。'].join('\n'), { now: NOW });
    expect(r.text).toContain('3.5%');
    expect(r.text).toContain('V2.1');
    expect(r.text).toContain('第4.2条');
  });
});
