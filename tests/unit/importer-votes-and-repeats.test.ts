import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 14 tuning (import-17b), section mechanisms. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日上午，青岭县召开县政府常务会议，县长高远山主持会议。';
const sections = (text: string) => importText(text, { now: NOW }).draft.sections.filter((s) => s.lead !== '');

describe('a vote is a decision', () => {
  it('reads 以…通过 and 通过 + a verb of setting up as adopting, after 会议 or a sentence-opening 会上', () => {
    const s = sections([OPENING, '会上以全票通过成立县河道保洁工作专班，由副县长牵头。', '会议又通过设立三个专项小组，分别跟进交通、教育和医疗问题。'].join('\n'));
    expect(s.map((x) => x.kind)).toEqual(['decision', 'decision']);
    expect(s[0]!.lead.startsWith('会上')).toBe(true);
  });

  it('leaves 通过 meaning "by means of" alone', () => {
    const s = sections([OPENING, '会议通过视频连线方式召开，各乡镇设分会场。', '会议强调，各乡镇要抓好安全生产。'].join('\n'));
    expect(s.some((x) => x.kind === 'decision')).toBe(false);
  });
});

describe('page repeats and stamped teasers', () => {
  const text = [
    '松江日报',
    OPENING,
    '会议强调，各乡镇要压实防汛责任，做好人员转移准备，确保群众安全。',
    '会议强调，各乡镇要压实防汛责任，做好人员转移准备，确保群众安全。',
    '热读榜',
    '老街茶馆百年老店迎来新主人 街坊排队尝鲜',
    '2026-05-30 18:20 CST',
    '夜市摊主自创小吃走红 一天卖出三千份',
    '2026-05-30 09:05',
  ].join('\n');
  const r = importText(text, { now: NOW });
  const body = r.draft.sections.flatMap((s) => [s.lead, ...s.paragraphs]).join('\n');

  it('keeps one copy of a paragraph the page printed twice in a row', () => {
    expect(r.draft.sections.filter((s) => s.lead.startsWith('会议强调'))).toHaveLength(1);
  });

  it('drops headlines with a time stamp under them after the article, and the widget heading', () => {
    expect(body).not.toContain('老街茶馆');
    expect(body).not.toContain('夜市摊主');
    expect(body).not.toContain('热读榜');
  });

  it('keeps a heading with a stamp under it inside the article, before its last sentence', () => {
    const kept = importText([OPENING, '全县防汛物资调度清单', '2026-05-30 18:20', '会议强调，各乡镇要压实防汛责任。'].join('\n'), { now: NOW });
    expect(kept.text).toContain('全县防汛物资调度清单');
  });
});
