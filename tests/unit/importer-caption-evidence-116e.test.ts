import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A caption cleanup has already taken out among the prose (会议现场, a credited photo) shows the page
 * carries photographs: one more act line standing alone between paragraphs is a caption too
 * (KEYING 21). Without that evidence a single act line is kept, and a line closing on a full stop
 * is always the report's own. Made-up texts (round 46, import-116e).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月5日上午，松林县召开春季农业生产工作会议，各乡镇分管负责同志和县直有关部门主要负责人参加会议。';
const P1 = '会上，县农业农村局负责同志通报了去年全县粮食生产情况，分析了当前春耕备耕面临的形势和困难。';
const P2 = '各乡镇负责同志围绕农资供应、农田水利和技术服务等工作作了交流发言，提出了下一步的工作打算。';
const P3 = '何立军强调，要压实各级责任，抓好春耕物资保障，确保全年粮食播种面积稳定在去年水平以上。';

describe('captions beside a caption already taken out', () => {
  it('takes out a lone act line on a page that shows its scene photograph', () => {
    const r = importText(['松林县召开春季农业生产工作会议', OPENING, '会议现场', P1, '县长何立军传达省委农村工作会议精神', P2, P3].join('\n'), { now: NOW });
    expect(r.text).not.toContain('会议现场');
    expect(r.text).not.toContain('县长何立军传达省委农村工作会议精神');
    expect(r.text).toContain(P2);
  });

  it('takes out a five-character speaker caption beside the scene photograph', () => {
    const r = importText(['松林县召开春季农业生产工作会议', OPENING, P1, '何立军讲话', '会议现场', P2, P3].join('\n'), { now: NOW });
    expect(r.text).not.toContain('何立军讲话');
    expect(r.text).toContain(P1);
  });

  it('keeps a lone act line on a page with no photograph, and a short sentence beside one', () => {
    const none = importText(['松林县召开春季农业生产工作会议', OPENING, P1, '县长何立军传达省委农村工作会议精神', P2, P3].join('\n'), { now: NOW });
    expect(none.text).toContain('县长何立军传达省委农村工作会议精神');
    const speaker = importText(['松林县召开春季农业生产工作会议', OPENING, P1, '何立军讲话', P2, P3].join('\n'), { now: NOW });
    expect(speaker.text).toContain('何立军讲话');
    const sentence = importText(['松林县召开春季农业生产工作会议', OPENING, '会议现场', P1, '与会人员听取两项报告。', P2, P3].join('\n'), { now: NOW });
    expect(sentence.text).toContain('与会人员听取两项报告。');
  });
});
