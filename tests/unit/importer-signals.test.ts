import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText, isFurnitureLine } from '../../shared/importer';
import { isFurnitureByScore, mainBlock } from '../../shared/importer/cleanup/line-score';
import { segmenter, segmenterSaysName, tagWords } from '../../shared/importer/segment';
import { parsePerson } from '../../shared/importer/structure/people';

/**
 * The general signals of issue 11 (line scoring, the segmenter, leads, newspaper dates, people
 * said last), on two small made-up newspaper captures in tests/fixtures/import/signals: one
 * Simplified report about the portal itself (so site words appear in the body), one Traditional.
 */
const dir = join(import.meta.dirname, '../fixtures/import/signals');
const NOW = new Date('2026-03-05T00:00:00Z');
const hans = importText(readFileSync(join(dir, 'newspaper-hans.txt'), 'utf8'), { now: NOW });
const hant = importText(readFileSync(join(dir, 'newspaper-hant.txt'), 'utf8'), { now: NOW });
const removed = (r: typeof hans) => r.removed.filter((c) => c.kind === 'furniture').map((c) => c.original.trim());

describe('page furniture by line score', () => {
  it('drops toolbars, breadcrumbs, captions, account and comment lines, footers and a date alone', () => {
    const gone = removed(hans);
    for (const line of [
      '微信 智能问答 繁體版',
      '本网站已支持IPV6',
      '您当前的位置:首页 - 新闻中心 - 本地要闻',
      '区政府召开网站建设专题会议1.jpg',
      '二〇二五年六月四日',
      '用户登录',
      '还没有账号?',
      '立即注册',
      '评论 0人参与,0条评论',
    ]) {
      expect(gone).toContain(line);
    }
    expect(gone.some((l) => l.startsWith('京ICP备'))).toBe(true);
  });

  it('keeps the headline and body paragraphs that mention the site', () => {
    expect(hans.draft.title).toBe('区政府召开网站建设专题会议');
    expect(hans.text).toContain('研究政务网站集约化和评论留言办理工作');
    expect(hans.text).toContain('二要加强审核，各部门负责本单位信息发布');
  });

  it('scores on evidence and shape, not on one word', () => {
    expect(isFurnitureByScore('相关新闻', { outside: true, repeated: false })).toBe(true);
    expect(isFurnitureByScore('区政府召开网站建设专题会议', { outside: true, repeated: false })).toBe(false);
    expect(isFurnitureByScore('会议还研究了其他事项。', { outside: true, repeated: false })).toBe(false);
    // A repeated headline with a file name is a caption.
    expect(isFurnitureByScore('市委常委会会议召开2.jpg', { outside: true, repeated: true })).toBe(true);
    const block = mainBlock(['首页 > 要闻', '3月5日，县政府召开常务会议，研究部署春季森林防火和安全生产工作，县委副书记、县长出席会议并讲话。', '扫一扫']);
    expect(block).toEqual({ first: 1, last: 1 });
  });

  it('matches spaced-out labels and drops a related-article list after the report', () => {
    expect(isFurnitureLine('来 源：县政府办公室   发 布 时 间：2024-03-06', false)).toBe(true);
    const r = importText(
      '3月5日，县长王强主持召开县政府常务会议，研究部署春季森林防火工作和安全生产工作。\n主持人强调，要压实责任。\n会议要求，各乡镇要抓好落实，确保不发生重大火灾事故，切实守护人民群众生命财产安全。\n相关新闻\n县政府召开第26次常务会议\n王强调研春耕生产工作',
      { now: NOW },
    );
    expect(r.text).not.toContain('第26次');
    expect(r.text).not.toContain('调研春耕');
    expect(r.draft.sections.map((s) => [s.kind, s.lead])).toContainEqual(['requirement', '主持人强调']);
  });

  it('removes a newsroom dateline and a closing byline of names only', () => {
    expect(hans.removed.some((c) => c.kind === 'dateline' && c.original.startsWith('河西区融媒体中心讯'))).toBe(true);
    expect(hans.removed.some((c) => c.kind === 'byline' && c.original.includes('张云龙 王洁'))).toBe(true);
    expect(removed(hant)).toContain('(全媒體記者 黃志偉)');
  });
});

describe('segmenter (jieba-wasm)', () => {
  it('loads in Node and tags words', () => {
    expect(segmenter()).not.toBeNull();
    expect(tagWords('县长主持召开会议').map((w) => w.word)).toContain('主持');
  });

  it('tells names from ordinary words', () => {
    expect(segmenterSaysName('平遂民')).toBe(true);
    expect(segmenterSaysName('负责同志')).toBe(false);
    expect(segmenterSaysName('班子成员')).toBe(false);
  });

  it('finds names after a title whose surname is not listed, and names before their title', () => {
    expect(parsePerson('市领导平遂民')).toEqual({ title: '市领导', name: '平遂民' });
    expect(parsePerson('区委办公室王建华副主任')).toEqual({ title: '区委办公室副主任', name: '王建华' });
    // 党 is a surname, but 党工委 is the body.
    expect(parsePerson('街道党工委副书记')).toBeNull();
  });
});

describe('report structure in newspaper style', () => {
  it('reads the chair written before the title and people said last', () => {
    const m = hans.draft.meeting;
    expect(m.chair).toMatchObject({ name: '王建华', title: '区委办公室副主任' });
    expect(m.attendees.map((p) => p.name)).toEqual(['平遂民', '邵琇珮', '陈晓东']);
    expect(m.observers.map((p) => p.name)).toEqual(['周文文']);
    expect(hant.draft.meeting.attendees.map((p) => p.name)).toEqual(['陳美玲', '許文彬', '吳志強']);
  });

  it('dates 3日下午 by the issue date and 昨日 by the clock when no issue date is given', () => {
    expect(hans.recognized.dateText).toBe('3日下午');
    expect(hans.draft.meeting.date).toBe('2025-06-03');
    expect(hant.recognized.dateText).toBe('昨日');
    expect(hant.draft.meeting.date).toBe('2026-03-04');
    expect(hant.warnings.map((w) => w.code)).toContain('yearAssumed');
    expect(hant.draft.meeting.name).toBe('市政協第八次主席會議');
  });

  it('takes leads with speech verbs, adverbs, a deployment sentence and 提出…的要求 with numbered points', () => {
    const leads = hans.draft.sections.map((s) => [s.kind, s.lead]);
    expect(leads).toContainEqual(['text', '会议就做好当前网站建设工作进行部署安排']);
    expect(leads).toContainEqual(['requirement', '会议强调']);
    expect(leads).toContainEqual(['directive', '针对留言办理情况，王建华说']);
    expect(leads).toContainEqual(['directive', '会议分别学习传达了']);
    const list = hans.draft.sections.find((s) => s.kind === 'action-list')!;
    expect(list.lead).toContain('提出了抓好下阶段工作的要求');
    expect(list.items).toHaveLength(3);
    expect(list.items[0]!.due).toBe('6月底');
  });

  it('reads Traditional decisions and 一要…二要… items', () => {
    const kinds = hant.draft.sections.map((s) => [s.kind, s.lead]);
    expect(kinds).toContainEqual(['decision', '會議審議並原則通過了']);
    const list = hant.draft.sections.find((s) => s.kind === 'action-list')!;
    expect(list.items.map((i) => i.text)).toEqual(['提高站位', '加強協同', '狠抓落實']);
  });
});

describe('capture damage and headline variants', () => {
  const r = importText(
    [
      '河东区召开安全生产工作会议 —— 河东新闻网|首页登录',
      '河东区召开安全生产工作会议',
      '5月6日上午,,河东区召开区五届人民政府第8次常务会议。区委副书记,、区长赵立新主持会议。',
      '会议听取了全区安全生产工作情况的汇报。',
      '最后,赵立新提出三点要求:一压实责任链条。各部门要落实监管职责。二深化隐患排查。三强化应急值守。',
    ].join('\n'),
    { now: NOW },
  );

  it('drops the browser title that repeats the headline with the portal name', () => {
    expect(r.draft.title).toBe('河东区召开安全生产工作会议');
    expect(r.text).not.toContain('河东新闻网');
  });

  it('drops a comma doubled before another mark', () => {
    expect(r.draft.meeting.chair).toMatchObject({ name: '赵立新', title: '区委副书记、区长' });
    expect(r.text).toContain('5月6日上午，河东区召开');
  });

  it('does not double the body in the meeting name', () => {
    expect(r.draft.meeting.name).toBe('区五届人民政府第8次常务会议');
  });

  it('takes bare numerals as items when the count was announced', () => {
    const list = r.draft.sections.find((s) => s.kind === 'action-list')!;
    expect(list.items.map((i) => i.text)).toEqual(['压实责任链条。各部门要落实监管职责', '深化隐患排查', '强化应急值守']);
  });
});
