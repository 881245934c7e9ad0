import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureLine } from '../../shared/importer/cleanup/furniture';

/** Breadcrumbs in the words pages use around 位置 (round 23). Made-up texts. */
describe('breadcrumb lines however they name the position', () => {
  it.each(['您当前所在位置是:新闻中心 > 集团要闻', '您现在的位置：首页 > 工作动态', '你現在的位置為：首頁 > 新聞中心', '当前位置：首页', '位置：首页 > 要闻'])('judges %s as furniture', (line) => {
    expect(isFurnitureLine(line, false)).toBe(true);
  });

  it('keeps prose that speaks of a position', () => {
    expect(isFurnitureLine('会议指出，要找准自身位置：立足本职、服务大局。', false)).toBe(false);
    expect(isFurnitureLine('所在位置偏远的村要加强巡查。', false)).toBe(false);
  });

  it('removes the crumb and the column tag above it, keeping the report', () => {
    const text = ['集团要闻', '您当前所在位置是:新闻中心 > 集团要闻', '煤业集团召开汇报点评会', '7月15日上午，煤业集团召开汇报点评会。', '会议指出，要做好工作。'].join('\n');
    const r = importText(text);
    expect(r.removed.filter((e) => e.kind === 'furniture').map((e) => e.original.trim())).toEqual(['集团要闻', '您当前所在位置是:新闻中心 > 集团要闻']);
    expect(r.draft.title).toBe('煤业集团召开汇报点评会');
  });
});
