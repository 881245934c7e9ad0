import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A person the report has introduced with a post (县委书记韩立峰到…) speaks by name alone later
 * on (…后，韩立峰说，…), as the chair does: the name leads (issue 11, round 37, import-80a). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const leads = (text: string) => importText(text, { now: NOW }).draft.sections.map((s) => s.lead);

describe('a person named with a post earlier', () => {
  it('leads by name alone in a later sentence', () => {
    const text = '3月2日，青川县召开产业发展推进会。\n会议听取了各乡镇的汇报。\n会后，县委书记韩立峰到江口镇调研。\n在认真听取了镇长张宏所作的汇报后，韩立峰说，今年以来全镇各项工作有序推进。';
    expect(leads(text).some((l) => l.includes('韩立峰说'))).toBe(true);
  });
});
