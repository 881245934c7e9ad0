import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Page furniture by kind, not by wording (issue 11, import-13): a language bar, a doubled-arrow
 * breadcrumb, a skip link, a site's legal notice after the article, a widget printed one cell a
 * line, a column tag repeating a breadcrumb step. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const body = ['6月3日，区长郑明主持召开区政府常务会议，研究街巷整治等事项，各街道负责人参加会议。', '会议听取了街巷整治工作的汇报。会议强调，要不断提高城市治理水平，把各项工作落到实处。'];
const run = (lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('page cells and notices', () => {
  it('drops a language bar above the headline', () => {
    const r = run(['中文 EN DE', '区政府召开常务会议', ...body]);
    expect(r.draft.title).toBe('区政府召开常务会议');
    expect(r.text).not.toContain('EN DE');
  });

  it('drops a breadcrumb with doubled arrows', () => {
    const r = run(['青禾在线>>新闻中心>>本地要闻', '区政府召开常务会议', ...body]);
    expect(r.text).not.toContain('本地要闻');
  });

  it('drops a skip link', () => {
    const r = run(['跳至主要内容', '区政府召开常务会议', ...body]);
    expect(r.text).not.toContain('跳至主要内容');
  });

  it('drops a legal notice after the article, long and full of commas as it is', () => {
    const notice = '青禾日报、青禾晚报所有自采新闻（含图片）独家授权青禾在线使用，未经允许不得转载或镜像，如需使用务必注明出处并与采编部门联系商定具体事宜。';
    const r = run(['区政府召开常务会议', ...body, notice]);
    expect(r.text).not.toContain('独家授权');
    expect(r.text).toContain('把各项工作落到实处');
  });

  it('keeps a report paragraph that speaks of copyright work', () => {
    const para = '会议要求，各部门要加强版权保护工作，严厉打击未经许可复制传播作品的行为，切实维护创作者权益。';
    const r = run(['区政府召开常务会议', body[0]!, para, body[1]!]);
    expect(r.text).toContain('加强版权保护工作');
  });

  it('drops a widget printed one cell a line when one cell is chrome', () => {
    const r = run(['区政府召开常务会议', ...body, '收藏', '发送', '上移', '置底']);
    for (const cell of ['收藏', '发送', '上移', '置底']) expect(r.text).not.toContain(cell);
  });

  it('keeps short lines after the article when none of them is chrome', () => {
    const r = run(['区政府召开常务会议', ...body, '甲方', '乙方', '丙方']);
    expect(r.text).toContain('乙方');
  });

  it('drops a column tag that repeats a breadcrumb step', () => {
    const r = run(['本地要闻', '当前位置：首页 > 本地要闻', '区政府召开常务会议', ...body]);
    expect(r.draft.title).toBe('区政府召开常务会议');
    expect(r.text).not.toContain('本地要闻');
  });
});

describe('lost marks opening paragraphs', () => {
  it('drops question marks a capture left before each paragraph, and reads the dateline after them', () => {
    const lines = ['区政府召开常务会议', '?? 青禾网讯(记者 乔文 )6月3日，区长郑明主持召开区政府常务会议，研究街巷整治等事项。', '?? 郑明指出，要不断提高城市治理水平，把各项工作落到实处。'];
    const r = run(lines);
    expect(r.text).not.toContain('??');
    expect(r.text).not.toContain('青禾网讯');
    expect(r.draft.sections.some((s) => s.kind === 'directive' && s.lead === '郑明指出')).toBe(true);
  });

  it('keeps a question mark inside a sentence', () => {
    const r = run(['区政府召开常务会议', ...body, '会议提出，群众满意不满意？这是检验工作的标准。']);
    expect(r.text).toContain('群众满意不满意？');
  });
});
