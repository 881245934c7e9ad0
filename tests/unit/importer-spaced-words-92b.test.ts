import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92b): a capture that put spaces or a line break inside a lead's words
 * (会议听 取了…, 会议强⏎调，…, a letter-spaced 会 议 要 求) is read as the reader reads it: the words close
 * up (cleanup/spaced-words.ts) and the leads open their sections. A space between two whole words
 * (a slogan's halves, a credit) stays. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const result = (text: string) => importText(text, { now: NOW });
const body = (text: string) =>
  result(text)
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 4)]);

describe('spaces and line breaks a capture put inside words', () => {
  it('closes a space inside a lead verb (会议听 取了)', () => {
    const text = ['5月8日，青禾县政府召开常务会议。', '会议听 取了县交通局关于农村公路养护的汇报。会议强调，要压实养护责任。'].join('\n');
    expect(body(text)).toEqual([
      ['topic', '会议听取'],
      ['requirement', '会议强调'],
    ]);
  });

  it('joins a line the page broke inside a lead verb (会议强⏎调)', () => {
    const text = ['5月8日，青禾县政府召开常务会议，研究农村公路养护工作。', '会议强', '调，各乡镇要落实养护责任，确保道路安全畅通。'].join('\n');
    expect(body(text)).toEqual([['requirement', '会议强调']]);
  });

  it('closes letter-spaced text (会 议 要 求 ，…)', () => {
    const text = ['5月8日，青禾县政府召开常务会议。', '会 议 要 求 ， 各 乡 镇 要 落 实 养 护 责 任 。'].join('\n');
    expect(body(text)).toEqual([['requirement', '会议要求']]);
    expect(result(text).draft.sections.at(-1)?.paragraphs[0]).toBe('各乡镇要落实养护责任。');
  });

  it('reads Traditional text the same way (會議聽 取了 / 會議強⏎調)', () => {
    const text = ['5月8日，青禾縣政府召開常務會議。', '會議聽 取了縣交通局的匯報。', '會議強', '調，各鄉鎮要落實養護責任，確保道路暢通。'].join('\n');
    expect(body(text)).toEqual([
      ['topic', '會議聽取'],
      ['requirement', '會議強調'],
    ]);
  });

  it('keeps a space between two whole words (a slogan, a credit)', () => {
    const text = ['5月8日，青禾县政府召开常务会议。', '会议要求，按照“建成一段 养好一段”的原则推进养护。（记者 苏禾苗）'].join('\n');
    const out = result(text)
      .draft.sections.flatMap((s) => s.paragraphs)
      .join('');
    expect(out).toContain('建成一段 养好一段');
  });

  it('records each closing as a change in the source, so the view can show it', () => {
    const r = result(['5月8日，青禾县政府召开常务会议。', '会议听 取了县交通局的汇报。'].join('\n'));
    expect(r.removed.some((c) => c.kind === 'whitespace' && r.source.slice(c.start, c.end) === ' ')).toBe(true);
  });
});
