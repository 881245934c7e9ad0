import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';
import { findItems } from '../../shared/importer/structure/items';

/**
 * The general rules added after the first run on bench/heldout-4 (issue 11). Every text here is
 * made up for the test: places, people and wording are fictional, none is a held-out report.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const leads = (r: ReturnType<typeof imp>) => r.draft.sections.map((s) => [s.kind, s.lead]);

describe('furniture signals', () => {
  it('drops capture markup, web file names and breadcrumb arrows even beside meeting words', () => {
    const r = imp([
      '样例网 > 公文 > 会议纪要 > 石桥县政府常务会议纪要',
      '3月2日，县委副书记、县长周明远主持召开县政府常务会议，研究部署春季防火工作，副县长吴海参加会议。',
      '<figure>data:image/s3,"s3://crabby-images/a3b5c/a3b5c41d8da5eb1e9cbef45bf4599dc01b95b2a9" alt=""</figure>',
      '会议强调，要压紧压实各级责任，确保不发生重大森林火灾，切实守护群众生命财产安全。',
      '2026-03-03 12 12 石桥报 content_1024.html 1 2 县政府常务会议召开 /enpproperty-->',
    ]);
    for (const gone of ['样例网 >', 'data:image', 'content_1024.html']) expect(r.text).not.toContain(gone);
    expect(r.text).toContain('会议强调');
  });

  it('treats a short line with no Han character as chrome, but not a date inside prose', () => {
    expect(isFurnitureByScore('news', { outside: true, repeated: false })).toBe(true);
    expect(isFurnitureByScore('Home | EN', { outside: true, repeated: false })).toBe(true);
    expect(isFurnitureByScore('会议还研究了其他事项。', { outside: true, repeated: false })).toBe(false);
  });

  it('needs less shape beside removed chrome, and none inside the article', () => {
    expect(isFurnitureByScore('时间: 小林88 分享', { outside: true, repeated: false })).toBe(true);
    // A headline stands among chrome by nature: the bonus is not for it.
    expect(isFurnitureByScore('区政府召开网站建设专题会议', { outside: true, repeated: false, beside: true })).toBe(false);
    expect(isFurnitureByScore('会议时间另行通知，请各单位做好准备并及时分享工作经验。', { outside: false, repeated: false, beside: true })).toBe(false);
  });

  it('removes a credit line with a pipe, a captcha, a closing bracket of names or of a unit', () => {
    const body = '4月9日，镇党委书记钱立新主持召开镇党委会议，研究部署防汛工作，镇班子成员参加会议。\n会议要求，各村要落实防汛责任，做好物资储备和人员转移预案，确保安全度汛。';
    const r1 = importText(`${body}\n记 者|沈小梅\n验证码:`, { now: NOW });
    expect(r1.text).not.toContain('沈小梅');
    expect(r1.text).not.toContain('验证码');
    const r2 = importText(`${body}\n(许一帆韩亦丁鸣)`, { now: NOW });
    expect(r2.text).not.toContain('许一帆');
    expect(r2.draft.title).toBe('');
    const r3 = importText(`${body}（镇党政办）`, { now: NOW });
    expect(r3.removed.some((c) => c.kind === 'byline' && c.original.includes('镇党政办'))).toBe(true);
    // A bracketed bureau closing the last point names its owner: it stays.
    const r4 = importText(`${body}（县水利局）`, { now: NOW });
    expect(r4.text).toContain('（县水利局）');
  });
});

describe('an editor note before the report', () => {
  const opening = '3月2日，县委副书记、县长周明远主持召开县政府常务会议，研究部署春季防火工作，副县长吴海参加会议。';
  const rest = '会议强调，要压紧压实各级责任，确保不发生重大森林火灾，切实守护群众生命财产安全。';
  it('drops prose before the opening that speaks of the site and its editor', () => {
    const r = imp(['会议纪要是记载会议情况和议定事项的公文，写法各有讲究。下面是小编整理的一篇会议纪要，仅供参考！', opening, rest]);
    expect(r.text).not.toContain('小编');
    expect(r.draft.meeting.chair.name).toBe('周明远');
  });

  it('keeps a background paragraph before the opening', () => {
    const r = imp(['今年以来，全县森林防火形势总体平稳，但春季风大物燥，网站和广播反复提醒群众注意用火安全。', opening, rest]);
    expect(r.text).toContain('今年以来');
  });
});

describe('ruby readings padded inside their brackets', () => {
  it('removes 會(huì )議 as it removes 會(huì)議', () => {
    const r = imp(['1月8日下午，縣政協(xié)召開(kāi)十屆五次常委會(huì )議，縣政協主席楊啟明主持會(huì )議。', '會(huì )議決定，於3月召開全體會議。']);
    expect(r.draft.meeting.name).toBe('縣政協十屆五次常委會議');
    expect(JSON.stringify(r.draft)).not.toMatch(/huì|xié|kāi/u);
    expect(leads(r)).toContainEqual(['decision', '會議決定']);
  });
});

describe('leads and paragraphs', () => {
  it('lets a lead standing alone on its line take the next paragraph', () => {
    const r = imp([
      '5月6日，市委书记郑光明主持召开市委常委会会议，市委常委出席会议。',
      '会议指出',
      '今年以来全市经济运行总体平稳，但下行压力依然较大，必须保持清醒头脑。',
      '会议要求',
      '各级各部门要紧盯目标任务，加快项目建设进度，确保全年目标顺利完成。',
    ]);
    expect(leads(r).slice(1)).toEqual([
      ['directive', '会议指出'],
      ['requirement', '会议要求'],
    ]);
    expect(r.draft.sections[1]!.paragraphs[0]).toContain('今年以来');
  });

  it('takes a short circumstantial clause into the lead and reads a verb before 的 as no lead', () => {
    const r = imp(['6月2日，县委书记何远主持召开县委常委会会议，县委常委出席会议。', '在听取汇报后，何远指出，大家提出的意见建议很中肯，要认真梳理吸收，抓紧修改完善方案。']);
    expect(leads(r).slice(1)).toEqual([['directive', '在听取汇报后，何远指出']]);
  });

  it('keeps a series of the same decision verb as one decision', () => {
    const r = imp(['1月20日，区政协主席罗文主持召开区政协常委会议，区政协副主席孙平参加会议。', '会议审议通过了常委会工作报告；审议通过了提案工作情况报告；审议通过了有关人事事项。']);
    expect(leads(r).slice(1)).toEqual([['decision', '会议审议通过了']]);
  });

  it('does not split the opening on a speaker quoted before its chair clause', () => {
    const r = imp([
      '8月3日，石桥县政府第二次全体会议召开。县长周明远强调，要坚定信心，实干争先。常务副县长吴海主持会议，县领导钱立、孙平参加。',
      '会议指出，上半年全县经济稳中有进，但基础还不牢固，要清醒认识面临的困难和挑战。',
    ]);
    expect(r.draft.meeting.chair.name).toBe('吴海');
    expect(r.draft.sections[0]).toMatchObject({ kind: 'text', lead: '' });
    expect(leads(r).slice(1)).toEqual([['directive', '会议指出']]);
  });

  it('finds the opening and the title below an editor note, and drops a 以下简称 aside', () => {
    const r = imp([
      '样例网 > 公文 > 会议纪要',
      '石桥县会议纪要选编',
      '会议纪要是记载会议情况和议定事项的公文，下面整理了一篇供大家学习。',
      '落实石桥县与远山公司',
      '合作协议协调会议纪要',
      '9月4日，副县长李明远主持召开落实《石桥县与远山公司合作协议》（以下简称合作协议）协调会议，县有关部门负责同志参加了会议。',
      '会议指出，落实合作协议要尽快建立工作机制，明确任务分工。',
    ]);
    // The 纪要's own title, broken over two lines right above the opening, not the page's first line.
    expect(r.draft.title).toBe('落实石桥县与远山公司合作协议协调会议纪要');
    expect(r.draft.meeting.chair).toEqual({ name: '李明远', title: '副县长' });
    expect(r.draft.meeting.name).toBe('落实《石桥县与远山公司合作协议》协调会议');
    expect(r.recognized.dateText).toBe('9月4日');
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['县有关部门负责同志']);
  });
});

describe('announced lists', () => {
  it('reads 提出“四要” as the lead of its list', () => {
    const r = imp(['7月2日上午，青溪镇召开防汛工作会议，会议由镇党委书记钱立新主持。', '镇长沈平在会议上提出“四要”：一要提高认识；二要压实责任；三要备足物资；四要严明纪律。']);
    const list = r.draft.sections.find((s) => s.kind === 'action-list');
    expect(list?.lead).toBe('镇长沈平在会议上提出“四要”');
    expect(list?.items).toHaveLength(4);
  });

  it('counts ；-clauses only when their number is the one announced', () => {
    const six = '书记作总结并提出三点要求：要求思想上高度重视；要求按时完成摸排；要求严守工作纪律。';
    expect(findItems(six)?.items.map((i) => i.text)).toEqual(['要求思想上高度重视', '要求按时完成摸排', '要求严守工作纪律']);
    expect(findItems('书记提出三点要求：要求思想上高度重视；要求严守工作纪律。')).toBeNull();
    expect(findItems('会议要求：各村要落实责任；各单位要配合。')).toBeNull();
  });

  it('counts the ；-clauses when the lead took the announcement and its colon', () => {
    // Made up. The lead 提出三点要求： ends where the points begin: no colon is left in their text.
    const r = imp(['3月2日，青溪镇召开换届动员会，镇长沈平主持会议。', '党委书记钱立新对会议进行了总结并提出三点要求：要求思想上高度重视；要求对业务高度熟悉；要求各村认真做好疏导工作。']);
    const list = r.draft.sections.find((s) => s.lead.startsWith('党委书记钱立新'));
    expect(list?.kind).toBe('action-list');
    expect(list?.items.map((i) => i.text)).toEqual(['要求思想上高度重视', '要求对业务高度熟悉', '要求各村认真做好疏导工作']);
  });

  it('collects 一、二、 paragraphs after a lead that ends with a colon', () => {
    const r = imp([
      '11月4日，副县长李明远主持召开项目协调会议，县有关部门负责同志参加会议。',
      '会议议定了如下事项：',
      '一、原则同意县发展改革局提出的推进方案。',
      '二、由县财政局牵头落实配套资金，12月底前到位。',
    ]);
    const list = r.draft.sections.find((s) => s.kind === 'action-list');
    expect(list?.items.map((i) => [i.owner, i.due])).toEqual([
      ['', ''],
      ['县财政局', '12月底'],
    ]);
  });
});
