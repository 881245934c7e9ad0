import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore, namesOnly } from '../../shared/importer/cleanup/line-score';

/**
 * Round 41 (import-96d): page furniture by scored features, not by phrases — a credit of bare names
 * under the article, a banner drawn with repeated marks, a browser tab's title holding the headline.
 * Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const outside = { outside: true, repeated: false };
const imported = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const paragraphs = (lines: string[]): string =>
  imported(lines)
    .draft.sections.flatMap((s) => s.paragraphs)
    .join('\n');

const OPENING = '3月2日上午，石岭镇召开防汛工作会议，镇长王建国主持，副镇长刘小梅、武装部长孙一鸣出席会议。';
const CLOSE = '会议要求，各村各单位要压实防汛责任，扎实做好汛前隐患排查和抢险物资储备，确保全镇安全度汛。';

describe('a credit of bare names under the article', () => {
  it('reads a line of names, a unit before them at most, a spaced name put back together', () => {
    expect(namesOnly('林小禾')).toBe(true);
    expect(namesOnly('宣传办   周明')).toBe(true);
    expect(namesOnly('钱多多 顾 然')).toBe(true);
    expect(namesOnly('会议还研究了其他事项')).toBe(false);
    expect(namesOnly('防汛工作')).toBe(false);
  });

  it('drops a name alone after the last paragraph, and a unit with its writer', () => {
    for (const credit of ['林小禾', '宣传办   周明', '钱多多 顾 然']) {
      const r = imported(['石岭镇召开防汛工作会议', OPENING, CLOSE, credit]);
      expect(r.text).not.toContain(credit);
      expect(r.text).toContain('确保全镇安全度汛');
    }
  });

  it('keeps a list of names the report gives, one a line', () => {
    const r = imported(['石岭镇召开换届选举大会', OPENING, '大会选举产生了新一届镇团委委员，名单如下：', '（按姓氏笔画排序）', '马 力', '孙小雨', '周 明', '钱多多']);
    for (const name of ['马 力', '孙小雨', '钱多多']) expect(r.text).toContain(name);
  });

  it('keeps the names under a form’s label after the text, for recognition', () => {
    expect(imported(['石岭镇防汛工作会议纪要', OPENING, CLOSE, '参加会议人员：', '孙小雨 钱多多']).text).toContain('孙小雨 钱多多');
  });

  it('keeps a name before the article: it is scored only where a page credits its writers', () => {
    expect(isFurnitureByScore('林小禾', { outside: true, repeated: false })).toBe(false);
    expect(isFurnitureByScore('林小禾', { outside: true, after: true, repeated: false })).toBe(true);
    expect(isFurnitureByScore('林小禾', { outside: true, after: true, amongNames: true, repeated: false })).toBe(false);
  });
});

describe('a banner drawn with repeated marks', () => {
  it('drops a line framed by rules of = or -, even with meeting words in it', () => {
    expect(isFurnitureByScore('========石岭中学期初校务会议资料========', outside)).toBe(true);
    expect(isFurnitureByScore('-----石岭新闻网-----', outside)).toBe(true);
  });

  it('keeps a headline with a Chinese dash and a form’s blank drawn with underscores', () => {
    expect(isFurnitureByScore('春风化雨谱新篇——石岭中学召开开学工作会', outside)).toBe(false);
    expect(isFurnitureByScore('记录人签字：________', outside)).toBe(false);
  });

  it('drops the banner above a plain-text record, keeping the record', () => {
    const body = paragraphs(['=========石岭中学期初校务会议书面资料=========', '石岭中学期初校务会议纪要', OPENING, CLOSE]);
    expect(body).not.toContain('=====');
    expect(body).toContain('确保全镇安全度汛');
  });
});

describe('a browser tab’s title holding the headline', () => {
  it('drops the headline joined to the site’s path by underscores, meeting words and all', () => {
    expect(isFurnitureByScore('石岭镇召开防汛工作会议 王建国主持_王建国 镇长_镇长活动_领导活动报道集_石岭镇人民政府', outside)).toBe(true);
  });

  it('keeps the headline itself', () => {
    expect(isFurnitureByScore('石岭镇召开防汛工作会议 王建国主持', outside)).toBe(false);
  });
});

describe('credits read by their make-up wherever a story ends', () => {
  const STORY_ONE = '3月2日上午，石岭镇召开防汛工作会议，镇长王建国主持，副镇长刘小梅、武装部长孙一鸣出席会议。会议要求各村做好汛前准备。';
  const STORY_TWO = '3月5日，石岭镇召开春耕生产推进会，副镇长刘小梅主持会议，各村党支部书记参加。会议强调，要抓好农资供应和技术指导，确保春耕顺利开展。';

  it('drops a run of two or more credit words closing a story that is not the page’s last', () => {
    const r = imported([`${STORY_ONE} 初审：周明 复审：钱多多 终审：孙小雨`, STORY_TWO]);
    expect(r.text).not.toContain('初审');
    expect(r.text).not.toContain('终审');
    expect(r.text).toContain('会议要求各村做好汛前准备。');
  });

  it('keeps a single credit-like word after a sentence in the middle of the page', () => {
    const r = imported([`${STORY_ONE} 编辑部：周明`, STORY_TWO]);
    expect(r.text).toContain('编辑部');
  });

  it('drops an editor credited by the account name the site printed, after a closing quotation mark', () => {
    const r = imported(['石岭镇召开防汛工作会议', STORY_ONE, '王建国说：“防汛工作事关群众生命财产安全，各村要把责任落实到人，做到守土有责、守土尽责。” 责任编辑：xwzx_admin']);
    expect(r.text).not.toContain('xwzx_admin');
    expect(r.text).toContain('守土尽责。”');
  });

  it('drops an outlet’s dateline whose reporter’s two-character name is spaced out', () => {
    const r = imported(['石岭镇召开防汛工作会议', `石岭新闻网（融媒体记者 王小川 周 然） ${STORY_ONE}`, STORY_TWO]);
    expect(r.text).not.toContain('融媒体记者');
    expect(r.text).toContain('3月2日上午，石岭镇召开防汛工作会议');
  });
});

describe('button labels left between the article’s sentences', () => {
  const ONE = '3月2日上午，石岭镇召开防汛工作会议，镇长王建国主持，副镇长刘小梅、武装部长孙一鸣出席会议。';
  const TWO = '会议要求，各村各单位要压实防汛责任，扎实做好汛前隐患排查和抢险物资储备，确保全镇安全度汛。';

  it('drops a run of one- to three-character lines between two finished sentences', () => {
    const text = imported(['石岭镇召开防汛工作会议', ONE, '保存', '提交', TWO]).text;
    expect(text).not.toContain('保存');
    expect(text).not.toContain('提交');
    expect(text).toContain('确保全镇安全度汛');
  });

  it('keeps a heading of the report’s own, a line wrapped inside a word and one that opens a list', () => {
    const r = imported(['石岭镇召开防汛工作会议', ONE, '会议要求', TWO]);
    expect(r.text).toContain('会议要求\n');
    expect(imported(['石岭镇召开防汛工作会议', ONE, '会议强', '调，各村要压实防汛责任，确保全镇安全度汛。']).text).toContain('强');
    const listed = imported(['石岭镇召开防汛工作会议', ONE, '附件', '1.石岭镇防汛工作方案']);
    expect(listed.text).toContain('附件');
  });
});
