import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';
import { quotedLength } from '../../shared/importer/structure/quoted-first';

/**
 * A paragraph that opens with someone's words, then says whose they are (bench/KEYING.md 19: the
 * lead starts at the quotation mark; issue 11, round 37, import-80a). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const sections = (text: string) => importText(text, { now: NOW }).draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && !s.lead));

describe('a paragraph opening with a quotation', () => {
  it('reads the lead after the quotation, starting at the quotation mark', () => {
    const text = '3月2日，某县召开项目推进会。县长张某主持会议。\n「先通水，再修路，群众才满意」县长张某表示，要把民生项目放在首位。\n会议要求，各部门抓好落实。';
    const got = sections(text);
    expect(got.map((s) => s.kind)).toEqual(['directive', 'requirement']);
    expect(got[0]!.lead.startsWith('「先通水')).toBe(true);
  });

  it('opens a section when the words after the quotation tell of business done', () => {
    expect(leadlessOpensSection('“希望多办几场培训。”“招工还是很难。”座谈中，十余位企业代表谈了各自的困难。')).toBe(true);
    expect(leadlessOpensSection('“今天收获很大。”对话中，县长认真记录，逐一回应。')).toBe(true);
  });

  it('leaves a quoted name, a whole quoted paragraph and background alone', () => {
    expect(quotedLength('“某某促进会”当日召开第一次理事会。')).toBe(0);
    expect(quotedLength('「某某督导组」昨举行会议。')).toBe(0);
    expect(quotedLength('“要抓好落实。”')).toBe(0);
    expect(leadlessOpensSection('“变化真大。”近年来，全镇面貌焕然一新。')).toBe(false);
  });
});
