import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Encoding damage where a sentence end and the character after it were lost (起步?h委常委: ?h where
 * 。縣 stood, a GBK page read as Big5 and back): the run goes, the sentence end comes back, and
 * on a page that writes 縣 the letter h gives back the 縣 it was the trail byte of. Every text here
 * is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const all = (r: ReturnType<typeof importText>) => r.draft.sections.map((s) => s.lead + s.paragraphs.join('')).join('');

describe('encoding damage in place of a sentence end', () => {
  it('removes one ? and a stray letter between Han sentences (Traditional)', () => {
    const r = importText('6月2日上午，青嶺縣召開鄉鎮換屆工作部署會議，標誌著換屆工作正式起步?h委常委、組織部長周海明在會上強調，要統一認識。', { now: NOW });
    const text = all(r);
    expect(text).not.toContain('?h');
    expect(text).toContain('正式起步。縣委常委');
  });

  it('gives the 縣 back to the titles of the people after it', () => {
    const r = importText('3月2日，縣委書記周海明主持召開青嶺縣委常委會議??h委常委李立新、王志平參加會議。\n會議強調，要抓好春耕。', { now: NOW });
    expect(r.draft.meeting.attendees).toContainEqual(expect.objectContaining({ name: '李立新', title: '縣委常委' }));
  });

  it('only cuts the run on a page that never writes 縣 (a Simplified page has no letter byte for 县)', () => {
    const r = importText('3月2日，县委书记周海明主持召开青岭县委常委会议??h委常委李立新参加会议。\n会议强调，要抓好春耕。', { now: NOW });
    expect(all(r)).not.toContain('縣');
  });

  it('removes a run of two and keeps the people after it readable', () => {
    const r = importText('12月15日，青嶺縣人民代表大會召集人會議在縣行政中心召開??h人大常委會主任石明遠出席會議並講話。\n石明遠強調，要開好大會。', { now: NOW });
    expect(all(r)).not.toContain('??h');
    expect(r.draft.meeting.attendees.map((p) => p.name)).toContain('石明遠');
  });

  it('keeps a question mark before Han text, and Latin words after a question', () => {
    const text = '5月6日，青岭县召开座谈会。县长周海明问大家：为什么?他说，要问问群众。会上讨论了app使用情况?app好不好用。';
    const r = importText(text, { now: NOW });
    expect(all(r)).toContain('为什么?他说');
    expect(all(r)).toContain('情况?app好不好用');
  });
});
