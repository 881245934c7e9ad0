import { describe, expect, it } from 'vitest';
import { gamblingSpamEdits } from '../../shared/importer/cleanup/gambling-spam';

/** Betting adverts glued where a body's name stood. Every text here is made up. */
function clean(text: string): string {
  const edits = gamblingSpamEdits(text).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

describe('an advert’s brand after a boundary, and the same advert again', () => {
  it('takes a site’s “only way in” with its brand opening the clause', () => {
    expect(clean('3月2日，福旺体育官方唯一入口在学院二楼会议室召开理论学习会。')).toBe('3月2日，在学院二楼会议室召开理论学习会。');
  });
  it('takes a two-character brand after a list’s mark, and the same advert where no mark shows it', () => {
    const text = '主持召开区委常委会、好运体育app开发区党工委会议，传达书记到好运体育app调研讲话精神。';
    expect(clean(text)).toBe('主持召开区委常委会、开发区党工委会议，传达书记到调研讲话精神。');
  });
  it('leaves a report about sports apps that names no brand', () => {
    const text = '会议要求，加快推广全民健身体育app，方便群众预约场馆。';
    expect(clean(text)).toBe(text);
  });
});
