import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92b): a one-sentence opening whose convener speaks after the comma
 * (甲主持召开常务会议，强调… / …，会议要求…) gives that speech a section of its own (bench/KEYING.md 19:
 * a clause that demands in the chair's voice is the speech itself). Study, agenda and a body's
 * convening stay in the opening (KEYING 17), and so does a demand the meeting only follows
 * (按照省委要求). Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const body = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 4)]);
const NEXT = '会议审议了《春耕生产工作方案》。';

describe('the convener speaking after the convening comma', () => {
  it('opens a requirement for a bare 强调 after a person convenes', () => {
    const text = ['4月2日，县长苏明远主持召开县政府常务会议，研究春耕生产工作，强调要抓牢粮食安全，守住耕地红线。', NEXT].join('\n');
    expect(body(text)).toEqual([
      ['requirement', '强调'],
      ['topic', '会议审议'],
    ]);
  });

  it('opens one in Traditional text too (主持召開…，要求…)', () => {
    const text = ['4月2日，縣長蘇明遠主持召開縣政府常務會議，要求各鄉鎮抓牢糧食安全，守住耕地紅線。', '會議審議了《春耕生產工作方案》。'].join('\n');
    expect(body(text)).toEqual([
      ['requirement', '要求'],
      ['topic', '會議審議'],
    ]);
  });

  it('leaves study after the comma in the opening (主持召开…，传达学习…)', () => {
    const text = ['4月2日，县长苏明远主持召开县政府常务会议，传达学习省春耕工作会议精神。', NEXT].join('\n');
    expect(body(text)).toEqual([['topic', '会议审议']]);
  });

  it('leaves a body convening and asking in the opening (某局召开例会，要求…)', () => {
    const text = ['4月2日，县农业农村局召开周例会，要求各股室做好春耕服务。', NEXT].join('\n');
    expect(body(text)).toEqual([['topic', '会议审议']]);
  });

  it('leaves a demand the meeting follows in the opening (按照省委要求)', () => {
    const text = ['4月2日，县委书记苏明远主持召开县委常委会会议，按照省委常委会会议要求，研究我县贯彻意见。', NEXT].join('\n');
    expect(body(text)).toEqual([['topic', '会议审议']]);
  });
});
