import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A gallery's captions set between the headline and the first paragraph are captions too once the
 * page is shown to carry photographs: their act lines and the captions among the prose number two
 * or more (KEYING 21). The headline stays for the title, and a lone subtitle under it on a page
 * with no other caption stays. Made-up texts (round 48, import-124e).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const HEAD = '松林县召开春季农业生产工作会议';
const OPENING = '3月5日上午，松林县召开春季农业生产工作会议，各乡镇分管负责同志和县直有关部门主要负责人参加会议。';
const P1 = '会上，县农业农村局负责同志通报了去年全县粮食生产情况，分析了当前春耕备耕面临的形势和困难。';
const P2 = '各乡镇负责同志围绕农资供应、农田水利和技术服务等工作作了交流发言，提出了下一步的工作打算。';
const P3 = '何立军强调，要压实各级责任，抓好春耕物资保障，确保全年粮食播种面积稳定在去年水平以上。';
const ABOVE = '与会人员参观春耕物资储备库';
const AMONG = '县农业农村局局长吴海涛宣读表彰决定';

describe('captions over the first paragraph', () => {
  it('takes out the caption under the headline when a caption stands among the prose too', () => {
    const r = importText([HEAD, ABOVE, OPENING, P1, AMONG, P2, P3].join('\n'), { now: NOW });
    expect(r.text).not.toContain(ABOVE);
    expect(r.text).not.toContain(AMONG);
    expect(r.draft.title).toBe(HEAD);
    expect(r.text).toContain(OPENING.slice(0, 20));
  });

  it('keeps a lone subtitle under the headline; reads the headline under a site name', () => {
    const lone = importText([HEAD, '县长何立军出席并讲话', OPENING, P1, P2, P3].join('\n'), { now: NOW });
    expect(lone.text).toContain('县长何立军出席并讲话');
    const site = importText(['松林县新闻网', HEAD, ABOVE, OPENING, P1, AMONG, P2, P3].join('\n'), { now: NOW });
    expect(site.draft.title).toBe(HEAD);
    expect(site.text).not.toContain(ABOVE);
  });
});
