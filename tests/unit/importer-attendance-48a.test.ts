import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';
import { recogniseSections } from '../../shared/importer/structure/sections';

/**
 * Round 29 (import-48a): three classes of section-count miss seen in several TRAIN batches' first
 * runs, each covered by a general shape rather than one report. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const leadsOf = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s): [string, string] => [s.kind, s.lead]);

describe('a paragraph that only tells who chaired, who attended and the head count', () => {
  // Read at the sections step: in a whole import the header may take such a line as the attendees
  // before the sections see it; reports where it did not (a line after the business) showed the miss.
  const kindsAfter = (...lines: string[]) => recogniseSections(['3月2日上午，青禾县政协十届三次会议预备会议召开。', '预备会议审议通过了大会议程。', ...lines], [], 0).map((s) => s.kind);

  it('joins the section before when the attendees sat on the rostrum', () => {
    expect(kindsAfter('十届县政协副主席林卫东、张海平、王建国，秘书长赵明出席会议并在主席台就座。')).toEqual(['text', 'decision']);
  });

  it('joins the section before with the quorum and guests; a chair line naming a post is its own section', () => {
    // (KEYING 19, 21: a chair line on its own after the convening paragraph is an `other` section; keys before round 37 left it in the opening)
    expect(kindsAfter('县人大常委会主任柯远航主持会议。常委会组成人员25人出席会议，符合法定人数。')).toEqual(['text', 'decision', 'text']);
    expect(kindsAfter('县政协十届三次会议应到委员183名，出席当天会议的163名，符合政协章程规定。')).toEqual(['text', 'decision']);
    expect(kindsAfter('林卫东主持会议。张海平出席会议。市政协督导组到会指导。')).toEqual(['text', 'decision']);
  });

  it('joins the section before when the others present are listed after a colon', () => {
    expect(kindsAfter('林卫东、张海平也出席了会议，出席会议的还有：主席团其他成员，县政府副县长，县财政局局长。')).toEqual(['text', 'decision']);
  });

  it('still opens a section when the attendee goes on to do business', () => {
    expect(kindsAfter('副县长林卫东出席会议并作工作部署。').length).toBe(3);
  });
});

describe('a step named by what came before it (…后，)', () => {
  it('opens a section: 在完成各项议程后，X作了讲话 / 预备会议之后，…', () => {
    expect(leadlessOpensSection('在完成各项议程后，柯远航作了讲话。他指出，要开好这次大会。')).toBe(true);
    expect(leadlessOpensSection('预备会议之后，大会主席团召开第一次会议。')).toBe(true);
    expect(leadlessOpensSection('會后，督导组分成三组走访了各村。')).toBe(true);
  });

  it('does not open one for what is to come (今后，…)', () => {
    expect(leadlessOpensSection('今后，全镇要把安全生产放在首位。')).toBe(false);
  });
});

describe('the delegations judging together', () => {
  it('splits 各代表团一致认为 off the sentence before it', () => {
    const text = ['2月25日上午，青禾县人代会主席团举行第二次会议。', '会议听取了各代表团审议情况的汇报。各代表团一致认为，政府工作报告实事求是。'].join('\n');
    expect(leadsOf(text).map(([kind, lead]) => [kind, lead.slice(0, 8)])).toEqual([
      ['topic', '会议听取了各代表'],
      ['directive', '各代表团一致认为'],
    ]);
  });
});
