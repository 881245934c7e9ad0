import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A deliberation written with 进行 (委員會對X進行審議，…一致通過) and a paper's archive link under the
 * article (issue 11, import-11f). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('deliberations with 进行', () => {
  it('opens a decision when a body deliberates on an item and adopts it, a topic when it does not', () => {
    const text = [
      '3月2日，柳溪县人民政府召开第9次常务会议，县长韦芳主持会议。',
      '为配合县庆活动，县交通局计划重铺环城路。县财经委员会对道路改造预算调整进行审议，经说明后，一致通过。',
      '会议对明年民生实事项目进行了研究。',
    ].join('\n');
    const s = importText(text, { now: NOW }).draft.sections.filter((x) => x.lead);
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['decision', '县财经委员会对道路改造预算调整进行审议'],
      ['topic', '会议对明年民生实事项目进行了研究'],
    ]);
  });

  it('drops a paper’s archive link line after the article', () => {
    const text = ['3月2日，柳溪县人民政府召开第9次常务会议，县长韦芳主持会议。', '会议审议通过了《河道保洁办法》，要求各镇照章执行。', '昔日新聞'].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.text).not.toContain('昔日新聞');
    // Not the headline either (a short last line can be one).
    expect(r.draft.title).not.toBe('昔日新聞');
  });
});
