import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The top of a captured page (issue 11, import-11f): a site's name, a menu with a word spaced
 * out, a sharing site's banner above the headline, a headline in table bars, and the headline
 * again under a label (原标题：, 会议解读：). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const body = ['6月3日，区长郑明主持召开区政府常务会，研究街巷整治等事项。', '会议听取了街巷整治工作的汇报。会议强调，要不断提高城市治理水平。'];

describe('page heads', () => {
  it('takes the headline under a site name and a menu, and drops both', () => {
    const text = ['青禾资讯网', '首 页 区县招商 产业园区 优惠政策 新闻中心', '区政府召开常务会议研究街巷整治', ...body].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.draft.title).toBe('区政府召开常务会议研究街巷整治');
    expect(r.text).not.toContain('青禾资讯网');
    expect(r.text).not.toContain('区县招商');
  });

  it('takes no line without Chinese as the title, and drops a sharing site’s banner', () => {
    const text = ['SlideShare uma empresa Scribd logo', '区政府第16次常务会议纪录', ...body].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.draft.title).toBe('区政府第16次常务会议纪录');
    expect(r.text).not.toContain('SlideShare');
  });

  it('drops the table bars around a headline', () => {
    const r = importText(['| 区政府召开常务会议 郑明主持 |', ...body].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('区政府召开常务会议 郑明主持');
  });

  it('drops the headline repeated under a label outside the article', () => {
    const text = ['区政府召开常务会议研究街巷整治', '原标题:区政府召开常务会议研究街巷整治', ...body, '会议解读:区政府召开常务会议研究街巷整治'].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.text).not.toContain('原标题');
    expect(r.text).not.toContain('会议解读');
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '会议听取了街巷整治工作的汇报', '会议强调']);
  });
});
