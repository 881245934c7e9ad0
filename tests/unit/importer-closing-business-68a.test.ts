import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 34 (import-68a): after the last sentence mark, a run of lines with none is taken for other
 * pages' headlines (cleanup/furniture.ts). A capture that lost its last full stops ends the same way,
 * and its lines are the meeting's business: a line opened by the meeting's lead (会议听取了…) or
 * running on through two or more commas is prose, never a headline. Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月2日上午，县长周海明主持召开县政府第十次常务会议。';
const doc = (...lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('closing lines that lost their full stops', () => {
  it('keeps the meeting’s own items and reads them as sections', () => {
    const r = doc(OPENING, '会议指出，防汛工作要早谋划、早部署。', '会议听取了全县防汛准备情况汇报', '会议强调，各乡镇要压实责任，及时排查隐患，确保安全度汛');
    expect(r.text).toContain('会议听取了全县防汛准备情况汇报');
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '会议指出', '会议听取了全县防汛准备情况汇报', '会议强调']);
  });

  it('still takes off a list of other pages’ headlines', () => {
    const r = doc(OPENING, '会议指出，防汛工作要早谋划、早部署。', '县委召开常委会会议研究防汛工作', '全县秋冬种工作推进会召开');
    expect(r.text).not.toContain('全县秋冬种工作推进会召开');
  });
});

describe('a last line cut off before its full stop', () => {
  it('is the body’s sentence, not the headline put last', () => {
    const r = doc(OPENING, '会议指出，防汛工作要早谋划、早部署。', '周海明强调，各乡镇要把责任压实到');
    expect(r.draft.title).toBe('');
    expect(r.draft.sections.map((s) => s.lead)).toContain('周海明强调');
  });

  it('reads a step word closed by a comma the same way', () => {
    const r = doc(OPENING, '会议指出，防汛工作要早谋划、早部署。', '随后，县政府继续召开专题会议，研究了防汛物资');
    expect(r.draft.title).toBe('');
  });
});
