import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * On a page shown to carry photographs (two captions already read among its lines, a scene
 * caption above the first paragraph counting), a line of a caption's make-up standing between
 * paragraphs is a caption whatever act it names: no act word is needed, and a title's 、 or a
 * report's 《》 may stand in it (KEYING 21). Without that evidence such a line stays. Made-up texts
 * (round 48, import-124e).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const HEAD = '松林县召开春季农业生产工作会议';
const OPENING = '3月5日上午，松林县召开春季农业生产工作会议，各乡镇分管负责同志和县直有关部门主要负责人参加会议。';
const P1 = '会上，县农业农村局负责同志通报了去年全县粮食生产情况，分析了当前春耕备耕面临的形势和困难。';
const P2 = '各乡镇负责同志围绕农资供应、农田水利和技术服务等工作作了交流发言，提出了下一步的工作打算。';
const P3 = '何立军强调，要压实各级责任，抓好春耕物资保障，确保全年粮食播种面积稳定在去年水平以上。';
const TOLD = '县农业农村局局长吴海涛向与会人员介绍春耕备耕概况';
const REPORT = '副县长、县农业农村局局长吴海涛作《全县春耕生产工作报告》';

describe('a caption of any act on a page shown to carry photographs', () => {
  it('takes out a line naming an act no caption word lists, beside two captions', () => {
    const r = importText([HEAD, OPENING, TOLD, P1, '县长何立军讲话', P2, '与会人员参观春耕物资储备库', P3].join('\n'), { now: NOW });
    expect(r.text).not.toContain(TOLD);
    expect(r.text).toContain(P1);
    expect(r.text).toContain(P2);
  });

  it('counts the scene caption above the first paragraph, and reads a title’s 、 and a report’s 《》', () => {
    const r = importText([HEAD, '会议现场', OPENING, '县长何立军讲话', P1, REPORT, P2, P3].join('\n'), { now: NOW });
    expect(r.text).not.toContain(REPORT);
    expect(r.text).toContain(P1);
    expect(r.text).toContain(P2);
  });

  it('keeps such a line on a page with no photograph, and a short sentence on a page with them', () => {
    const none = importText([HEAD, OPENING, P1, TOLD, P2, REPORT, P3].join('\n'), { now: NOW });
    expect(none.text).toContain(TOLD);
    expect(none.text).toContain(REPORT);
    const sentence = importText([HEAD, '会议现场', OPENING, '县长何立军讲话', P1, '吴海涛介绍了春耕备耕概况。', P2, P3].join('\n'), { now: NOW });
    expect(sentence.text).toContain('吴海涛介绍了春耕备耕概况。');
  });
});
