import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The left edge of a meeting’s name (round 49, import-128c): the body that convened is read from the
 * segmenter's parts of the subject, up to the words that say when, where and how (KEYING 1), where the
 * readings by characters do not know the time or the place. Every text here is made up.
 */
const name = (text: string) => readHeader(text).meetingName;

describe('the body before a time and a place it knows no pattern for', () => {
  it('keeps a short name before 今天晚上於…', () => {
    expect(name('3月2日，民建联今天晚上於海滨举办第三场「社区发展咨询座谈会」，市民约百人出席。')).toBe('民建联第三场「社区发展咨询座谈会」');
  });
  it('keeps a quoted body before 當日, whatever the segmenter calls the words inside the quotes', () => {
    expect(name('“促進會”當日召開捐助人暨籌備會議，會長出席。')).toBe('“促進會”捐助人暨籌備會議');
  });
  it('takes no number for a body (二十届 is a term)', () => {
    expect(name('12月1日，市政协主席方明到社区，向班子成员宣讲党的二十届四中全会精神并开展座谈。')).toBe('');
  });
});

describe('a sentence after a quoted one', () => {
  it('leaves the closing quote to the sentence before, so the body opening this one is read', () => {
    expect(name('“大家的事大家商量。”5月6日，青石区东湖街道南岭社区以聚焦关系居民切身利益的身边实事为出发点，为达到协商于民的效果，召开了民主议事会议。')).toBe('青石区东湖街道南岭社区民主议事会议');
  });
});
