import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/docx';
import { buildPrintHtml, joinLead, layoutBlocks } from '../../shared/layout';
import { documentFromTemplate } from '../../shared/model/factory';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';

describe('joinLead: one rule for joining a lead to its text', () => {
  it('puts a comma after a reporting verb', () => {
    expect(joinLead('会议指出', '要抓好科技创新。')).toBe('会议指出，要抓好科技创新。');
    for (const lead of ['会议认为', '会议强调', '会议要求', '会议决定', '会议明确', '会议提出', '会议传达', '会议原则同意']) {
      expect(joinLead(lead, '一是……')).toBe(`${lead}，一是……`);
    }
    // Traditional forms
    for (const lead of ['會議認為', '會議強調', '會議決定', '會議明確', '會議傳達']) expect(joinLead(lead, '要……')).toBe(`${lead}，要……`);
  });
  it('joins directly after other leads, whose text follows without a comma in the source', () => {
    expect(joinLead('会议研究了', '《关于……的方案》。')).toBe('会议研究了《关于……的方案》。');
    expect(joinLead('会议审议通过', '《实施细则》。')).toBe('会议审议通过《实施细则》。');
    expect(joinLead('會議研究了', '有關事項。')).toBe('會議研究了有關事項。');
  });
  it('never doubles punctuation: a text starting with a joining mark, or a lead ending with one, joins directly', () => {
    expect(joinLead('会议强调', '：要压实责任。')).toBe('会议强调：要压实责任。');
    expect(joinLead('会议指出', '，当前……')).toBe('会议指出，当前……');
    expect(joinLead('会议指出：', '当前……')).toBe('会议指出：当前……');
    // Opening quotes and brackets are not joining marks: after a reporting verb the comma stays.
    expect(joinLead('会议要求', '“三个到位”……')).toBe('会议要求，“三个到位”……');
    expect(joinLead('会议指出', '（一）……')).toBe('会议指出，（一）……');
  });
  it('leaves a text without a lead, and a lead without text, as they are', () => {
    expect(joinLead('', '正文。')).toBe('正文。');
    expect(joinLead('  ', '正文。')).toBe('正文。');
    expect(joinLead('会议研究了', '')).toBe('会议研究了');
  });
});

describe('the HTML layout and the DOCX both print leads by that rule', () => {
  const template = BUILTIN_TEMPLATES.find((t) => t.id === 'builtin-minutes-hans')!;
  const base = documentFromTemplate(template, new Date('2024-02-20T00:00:00Z'));
  const doc = {
    ...base,
    sections: [
      { ...base.sections[0]!, id: 'sec-study1', kind: 'decision' as const, heading: '', lead: '会议研究了', paragraphs: ['《关于加快科技成果转化的实施方案》。'], items: [] },
      { ...base.sections[0]!, id: 'sec-point1', kind: 'directive' as const, heading: '', lead: '会议指出', paragraphs: ['要抓好落实。'], items: [] },
      { ...base.sections[0]!, id: 'sec-colon1', kind: 'requirement' as const, heading: '', lead: '会议强调', paragraphs: ['：要压实责任。'], items: [] },
    ],
  };
  it('in the blocks (the HTML and the DOCX are made from them)', async () => {
    const text = layoutBlocks(doc, 'minutes').blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(text).toEqual(['会议研究了《关于加快科技成果转化的实施方案》。', '会议指出，要抓好落实。', '会议强调：要压实责任。']);
    const { html } = buildPrintHtml(doc, 'minutes');
    expect(html).toContain('会议研究了《关于加快科技成果转化的实施方案》。');
    expect(html).not.toContain('会议研究了，');
    const xml = strFromU8(unzipSync(await buildDocx(doc, 'minutes'))['word/document.xml']!);
    // the words of each paragraph, whatever runs and fonts they were split into
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs).toContain('会议研究了《关于加快科技成果转化的实施方案》。');
    expect(paragraphs).toContain('会议指出，要抓好落实。');
    expect(paragraphs).toContain('会议强调：要压实责任。');
  });
});
