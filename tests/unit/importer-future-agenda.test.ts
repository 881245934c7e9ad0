import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * A report of a congress's opening says what the delegates will do (委员们将听取和审议…；会议将审议通过…):
 * the agenda announced, not business done, so it opens no section. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '8日上午9时，政协北川县五届五次会议在县城开幕。\n会议应出席委员192人，实到181人，符合规定人数。';
const leads = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.map((s) => s.lead)
    .filter(Boolean);

describe('the agenda still to come', () => {
  it('opens no section, in either script', () => {
    expect(leads('根据会议议程，委员们将听取和审议县政协常委会工作报告；听取和审议提案工作情况的报告。', '会议将审议通过政治决议；审议通过关于常委会工作报告的决议。')).toEqual([]);
    expect(leads('根據會議議程，委員們將聽取和審議縣政協常委會工作報告。', '會議將審議通過政治決議；審議通過相關人事事項。')).toEqual([]);
  });

  it('still opens a section for business done', () => {
    expect(leads('会议听取和审议了县政协常委会工作报告。')).toEqual(['会议听取和审议了县政协常委会工作报告']);
    expect(leadlessOpensSection('会议审议通过了政治决议。')).toBe(true);
    expect(leadlessOpensSection('会议将审议通过政治决议。')).toBe(false);
  });
});
