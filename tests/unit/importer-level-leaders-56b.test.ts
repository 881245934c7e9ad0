import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Names before 等 and one level's leaders (round 31, import-56b): 李强、王芳等市领导出席 is the
 * 纪要's 市领导李强、王芳, the label each one's title (KEYING 12); a bare 等领导 gives none, and a
 * title written before the names stays theirs. Made-up texts.
 */
describe("names labelled by their level's leaders after 等", () => {
  const opening = (list: string) => [`3月2日上午，平川市政府召开第十五次常务会议。${list}出席会议。`, '会议研究了春耕备耕工作。'].join('\n');
  const titles = (list: string) => importedPeople(opening(list)).attendees;

  it('gives 市领导 or 区领导 after 等 to each bare name as its title, and nothing else', () => {
    expect(titles('邱明远、方志诚、韦晓岚等市领导')).toEqual([
      ['邱明远', '市领导'],
      ['方志诚', '市领导'],
      ['韦晓岚', '市领导'],
    ]);
    expect(titles('邱明远、方志诚等区领导')).toEqual([
      ['邱明远', '区领导'],
      ['方志诚', '区领导'],
    ]);
    // A bare 等领导 is no title; a title written before the names stays theirs.
    expect(titles('邱明远、方志诚、韦晓岚等领导').map((p) => p[1])).toEqual(['', '', '']);
    expect(titles('副市长邱明远、方志诚、韦晓岚等市领导').map((p) => p[1])).toEqual(['副市长', '副市长', '副市长']);
  });
});
