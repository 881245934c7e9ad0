import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 38 (import-84b): a speaker's strong verb joined by 并 to their own attendance clause in the
 * convening paragraph (市长X出席会议并强调，…) is the speech, the meeting's first business: a section
 * of the verb's kind (bench/KEYING.md 20), not the opening's account of who came. The lead reader
 * let the adverbs take 并, so the subject ended on 出席会议 and named no person. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);

describe('出席会议并强调 in the convening paragraph', () => {
  it('opens the speech in a sentence of its own', () => {
    const text = ['6月3日，市政府召开全市防汛工作会议。市长刘明出席会议并强调，要压紧压实防汛责任。', '会议传达了全省防汛工作会议精神。'].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['requirement', '市长刘明出席会议并强调'],
      ['directive', '会议传达了'],
    ]);
  });

  it('opens it after the convening clause’s comma, in either script', () => {
    const hans = ['6月3日，市政府召开全市防汛工作会议，市长刘明出席会议并要求，各地要严阵以待。', '会议传达了全省防汛工作会议精神。'].join('\n');
    expect(leads(hans)).toEqual([
      ['text', ''],
      ['requirement', '市长刘明出席会议并要求'],
      ['directive', '会议传达了'],
    ]);
    const hant = ['6月3日，市政府召開全市防汛工作會議，市長劉明出席會議並指出，今年汛情形勢複雜。', '會議傳達了全省防汛工作會議精神。'].join('\n');
    expect(leads(hant)).toEqual([
      ['text', ''],
      ['directive', '市長劉明出席會議並指出'],
      ['directive', '會議傳達了'],
    ]);
  });

  it('leaves a bare 出席会议并讲话 with the opening', () => {
    const text = ['6月3日，市政府召开全市防汛工作会议。市长刘明出席会议并讲话。', '会议传达了全省防汛工作会议精神。'].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['directive', '会议传达了'],
    ]);
  });
});
