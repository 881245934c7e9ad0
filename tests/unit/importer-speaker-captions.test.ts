import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Captions under a lost picture: a titled speaker and 讲话 alone on a line, a group photo's 合影留念.
 * The prose that tells the speech stays. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const cleaned = (text: string) => importText(text, { now: NOW }).text;

describe('speaker and group-photo captions', () => {
  it('drops a titled speaker with 讲话 alone on a line, and 合影留念', () => {
    const t = cleaned(
      '青山街道召开文明创建推进会\n3月5日，青山街道召开文明创建推进会，街道党工委书记王强主持会议。\n街道党工委委员李慧讲话\n李慧指出，要抓好短板整改。\n参会领导合影留念\n会议强调，要落实责任。',
    );
    expect(t).not.toContain('李慧讲话');
    expect(t).not.toContain('合影留念');
    expect(t).toContain('李慧指出，要抓好短板整改。');
  });

  it('keeps a sentence about a speech and a line that names no person', () => {
    const t = cleaned('青山街道召开文明创建推进会\n3月5日，青山街道召开文明创建推进会。\n街道党工委委员李慧讲话，要求抓好短板整改。\n学习总书记重要讲话\n会议强调，要落实责任。');
    expect(t).toContain('街道党工委委员李慧讲话，要求抓好短板整改。');
    expect(t).toContain('学习总书记重要讲话');
  });
});

describe('a titled speaker who chaired, reported or led the study', () => {
  it('drops 区长X主持会议并讲话, 书记X进行工作汇报 and 副书记X领学 alone on a line', () => {
    const t = cleaned(
      '青山街道召开文明创建推进会\n3月5日，青山街道召开文明创建推进会，听取各社区工作情况。\n王强区长主持会议并讲话\n会议指出，要抓好短板整改。\n街道工委书记李慧进行工作汇报\n李慧介绍了街道基本情况。\n党委副书记赵明领学\n会议强调，要落实责任。',
    );
    expect(t).not.toMatch(/主持会议并讲话|进行工作汇报|赵明领学/u);
    expect(t).toContain('李慧介绍了街道基本情况。');
  });

  it('keeps a bare name that chaired, the only word on the chair', () => {
    const t = cleaned('青山街道召开文明创建推进会\n3月5日，青山街道召开文明创建推进会。\n王强主持并讲话\n会议强调，要落实责任。');
    expect(t).toContain('王强主持并讲话');
  });
});

describe('credit table rows opened by a cell bar', () => {
  it('drops | role:name rows, a unit alone and a name alone after a bar', () => {
    const t = cleaned('集团公司召开年中工作会议\n| 記 者:杜 青\n| 責 編:王 琳\n7月5日，集团公司召开年中工作会议，董事长王强主持会议。\n会议强调，要落实责任。\n| 黨建工作辦公室\n| 陳思遠');
    expect(t).not.toMatch(/杜 青|王 琳|黨建工作辦公室|陳思遠/u);
    expect(t).toContain('会议强调，要落实责任。');
  });

  it('keeps a table row that holds a sentence or a form field', () => {
    const t = cleaned('集团公司召开年中工作会议\n| 出席：王强、李明\n7月5日，集团公司召开年中工作会议。\n| 会议要求，各部门要抓好落实。');
    expect(t).toContain('出席：王强、李明');
    expect(t).toContain('会议要求，各部门要抓好落实。');
  });
});

describe('a portal greeting that closes the site name', () => {
  it('drops 某某网欢迎您! above the article', () => {
    const t = cleaned('云溪县教育网欢迎您!\n您的位置:首页 >教育新闻>学校短讯\n石畈小学召开安全专题会议\n3月25日，石畈小学召开安全专题会议，校长叶识达主持。\n会议要求，要落实安全责任。');
    expect(t).not.toContain('欢迎您');
    expect(t).toContain('会议要求，要落实安全责任。');
  });

  it('keeps a sentence that welcomes someone', () => {
    const t = cleaned('石畈小学召开家长会\n3月25日，石畈小学召开家长会，校长叶识达主持。\n叶识达说，学校欢迎您！\n会议要求，要落实安全责任。');
    expect(t).toContain('学校欢迎您');
  });
});

describe('a speaker caption in brackets, with a welcome or for a body', () => {
  it('drops (院长X致欢迎词) and (主任X代表全体医务工作者发言) lines', () => {
    const t = cleaned(
      '10月30日上午，县人民医院召开建院60周年庆祝大会。\n（县人民医院院长高春梅致欢迎词）\n外科主任张国和原院长蒋山分别代表医务工作者和历任院长作了表态发言。\n（外科主任张国代表全体医务工作者发言）\n会上，副县长郭玲作了重要讲话。',
    );
    expect(t).not.toMatch(/致欢迎词）|代表全体医务工作者发言）/u);
    expect(t).toContain('作了表态发言。');
  });

  it('keeps a sentence in brackets that says more than who spoke', () => {
    const t = cleaned('10月30日上午，县人民医院召开建院60周年庆祝大会。\n（院长高春梅致欢迎词后，全体起立唱国歌）\n会上，副县长郭玲作了重要讲话。');
    expect(t).toContain('全体起立唱国歌');
  });
});
