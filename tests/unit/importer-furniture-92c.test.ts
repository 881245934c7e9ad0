import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/**
 * Round 40 (import-92c): page furniture by its make-up — a menu whose cells a reference mark
 * divides, a portal's greeting — and inline furniture glued to the report's text: an outlet's
 * dateline with the place after the day, a source credit (综合…报道，), a pointer to another page of
 * the paper. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const outside = { outside: true, repeated: false };
const paragraphs = (text: string): string =>
  importText(text, { now: NOW })
    .draft.sections.flatMap((s) => s.paragraphs)
    .join('\n');

describe('a line of page furniture by its make-up', () => {
  it('drops a menu whose cells a reference mark divides, in either script', () => {
    expect(isFurnitureByScore('南川市交通运输局   ※   政务公开   ※   信息公开   ※   办事服务   ※   互动交流   ※', outside)).toBe(true);
    expect(isFurnitureByScore('北港鎮公所 ※ 鎮政公開 ※ 便民服務 ※ 互動專區 ※', outside)).toBe(true);
  });

  it('drops a portal’s greeting that opens on 欢迎访问, in either script and either width of mark', () => {
    expect(isFurnitureByScore('欢迎访问南川县石岭街道办事处！', outside)).toBe(true);
    expect(isFurnitureByScore('歡迎訪問北港鎮公所!', outside)).toBe(true);
  });

  it('keeps a report’s line with a reference mark, and one that welcomes a visiting party', () => {
    expect(isFurnitureByScore('※ 会议确定，下月起实施新的考核办法。', { outside: false, repeated: false })).toBe(false);
    expect(isFurnitureByScore('欢迎访问团一行到南川考察', outside)).toBe(false);
  });
});

describe('inline furniture glued to the report’s text', () => {
  const close = '會議要求，各單位要做好防汛準備。';

  it('drops an outlet’s dateline that names the place after the day', () => {
    const body = paragraphs(['北港鎮召開防汛會議', '南川新聞網4月1日北港消息 1日上午，北港鎮召開防汛工作會議，鎮長林志明主持。', close].join('\n'));
    expect(body).not.toContain('南川新聞網');
    expect(body).toContain('1日上午，北港鎮召開防汛工作會議');
  });

  it('drops a source credit glued before the text, in either script', () => {
    const hant = paragraphs(['北港鎮召開防汛會議', '綜合外電報導，北港鎮昨（1）日召開防汛工作會議，鎮長林志明主持。', close].join('\n'));
    expect(hant).not.toContain('綜合外電報導');
    const hans = paragraphs(['石岭镇召开防汛会议', '综合媒体报道，石岭镇4月1日召开防汛工作会议，镇长王建国主持。', '会议要求，各村要做好防汛准备。'].join('\n'));
    expect(hans).not.toContain('综合媒体报道');
    expect(hans).toContain('石岭镇4月1日召开防汛工作会议');
  });

  it('drops a pointer to another page of the paper inside the text', () => {
    const body = paragraphs(
      ['石岭镇召开防汛会议', '4月1日，石岭镇召开防汛工作会议，镇长王建国主持。会议要求，各村要落实巡查制度，（紧转第二版）', '会议还研究了其他事项。（相关新闻刊三版）', '会议强调，要压实责任。'].join(
        '\n',
      ),
    );
    expect(body).not.toMatch(/紧转|相关新闻刊/u);
    expect(body).toContain('会议还研究了其他事项。');
  });
});
