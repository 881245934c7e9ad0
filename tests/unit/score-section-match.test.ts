import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, matchSection, type MatchableSection } from '../../bench/score-importer';

// The held-out scorer finds each keyed section by its lead, in order. A made-up report: the
// importer missed the short 會中 section (its words stayed in the opening), and a later section's
// lead holds 會中 as a word. The key must be reported missing, and the later key still found.
const sec = (lead: string, first = ''): MatchableSection => ({ lead, heading: '', paragraphs: [first] });

describe('held-out scorer: section matching', () => {
  const ours = [sec('會議強調'), sec('縣長於會中表示'), sec('會議要求')];

  it('does not take a short key from the middle of a later long lead', () => {
    expect(matchSection(ours, '會中', 0)).toBe(-1);
    expect(matchSection(ours, '縣長於會中表示', 0)).toBe(1);
  });

  it('still matches a short key that is the last word of a lead (the lead verb)', () => {
    expect(matchSection([sec('會議強調'), sec('此外，王忠銘也責成')], '責成', 0)).toBe(1);
    expect(matchSection([sec('會中')], '會中', 0)).toBe(0);
  });

  it('prefers a lead that starts with the key to an earlier one that only contains it', () => {
    const two = [sec('針對防汛，會議要求各鎮'), sec('會議要求')];
    expect(matchSection(two, '會議要求', 0)).toBe(1);
    expect(matchSection([sec('針對防汛，會議要求各鎮')], '會議要求', 0)).toBe(0);
  });

  it('matches in order: nothing before `from`', () => {
    expect(matchSection(ours, '會議強調', 1)).toBe(-1);
  });

  it('matches a paragraph start when the section has no lead, and an agenda heading whole', () => {
    expect(matchSection([sec('', '此外，會議還研究了其他事項。')], '此外', 0)).toBe(0);
    expect(matchSection([{ lead: '', heading: '一、關於防汛工作', paragraphs: [] }], '一、關於防汛工作', 0)).toBe(0);
  });
});

describe('where score-importer finds the shared fixtures', () => {
  it('takes the argument, then BRIEFING_FIXTURES', () => {
    expect(fixturesDir('/some/where', {})).toBe('/some/where');
    expect(fixturesDir(undefined, { BRIEFING_FIXTURES: '/else/where' })).toBe('/else/where');
  });

  it('finds ../shared/fixtures of the main checkout, also from a git worktree', () => {
    expect(existsSync(join(fixturesDir(undefined, {}), 'reports/index.json'))).toBe(true);
  });
});

describe('how score-importer compares written fields', () => {
  it('forgives in titles and names the width of commas, colons, brackets and ！/？ (KEYING 1), nothing else', async () => {
    const { nameNorm: norm } = await import('../../bench/score-importer');
    expect(norm('某区召开座谈会!')).toBe(norm('某区召开座谈会！'));
    expect(norm('谁来守护?某镇召开会议')).toBe(norm('谁来守护？某镇召开会议'));
    expect(norm('某地,某会(一)')).toBe(norm('某地，某会（一）'));
    expect(norm('某区召开座谈会。')).not.toBe(norm('某区召开座谈会！'));
  });
});
