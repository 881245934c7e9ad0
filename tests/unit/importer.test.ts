import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../shared/model';
import { ImportInputError, MAX_IMPORT_CHARS, TrackedText, detectScript, findDamage, htmlToText, importText, isFurnitureLine, parsePeopleList, parsePerson } from '../../shared/importer';
import { removeRuby } from '../../shared/importer/cleanup/ruby';
import { normalisePunctuation } from '../../shared/importer/cleanup/punctuation';

const NOW = new Date('2026-03-05T08:00:00Z');
const FIX = join(import.meta.dirname, '../fixtures/import');
const TONES = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** The seed article's kinds of damage, reproduced in our own words (tests must not need ../shared). */
const SEED_LIKE = [
  '近日,市工信局黨組書記、局長林海主持召開傳(chuán)達(dá)學(xué)習(xí)全市工作會議精神專題會,會議認真?zhèn)鬟_(dá)學(xué)習(xí)了會議精神。',
  '會議指出,全市工業經濟運行總體平穩。',
  '會議強調(diào),要堅定信心,真抓實幹。',
  '會議要求,全局要抓好三項工作,一是抓項目建設。二是抓企業服務;強化要素保障。三是抓安全生產。',
  '您訪問的鏈接即將離開“某某市工信局”網(wǎng)站,是否繼續(xù)?',
].join('\n');

function clean(step: (t: TrackedText) => void, text: string): TrackedText {
  const t = new TrackedText(text);
  step(t);
  return t;
}

describe('cleanup: ruby artefacts', () => {
  it('removes pinyin with tone marks after a Han character and records each change in source coordinates', () => {
    const t = clean(removeRuby, '發(fā)展和學（xué）習');
    expect(t.text).toBe('發展和學習');
    expect(t.changes.map((c) => [c.kind, c.original, c.start, c.end])).toEqual([
      ['ruby', '(fā)', 1, 5],
      ['ruby', '（xué）', 8, 13],
    ]);
  });
  it('removes zhuyin and, once ruby is evident, unmarked syllables; keeps ordinary brackets', () => {
    expect(clean(removeRuby, '發(ㄈㄚ)展').text).toBe('發展');
    expect(clean(removeRuby, '發(fā)展(zhǎn)的(de)').text).toBe('發展的');
    expect(clean(removeRuby, '人工智能(ai)应用').text).toBe('人工智能(ai)应用');
    expect(clean(removeRuby, '世贸组织(WTO)').text).toBe('世贸组织(WTO)');
  });
  it('drops <rt>/<rp> in HTML through the same step', () => {
    const text = htmlToText('<p><ruby>發<rp>(</rp><rt>fā</rt><rp>)</rp></ruby>展</p>');
    expect(clean(removeRuby, text).text).toBe('發展');
  });
});

describe('html: text pasted with a few tags left in it', () => {
  it('keeps lines a blank line apart as lines, and joins a wrap inside one paragraph', () => {
    const text = htmlToText('某镇召开年度述职会议\n\n阅读 215\n\nRead more on our site today\n\n<p>会议由镇长\n某某主持。</p>');
    expect(text.split('\n')).toEqual(['某镇召开年度述职会议', '阅读 215', 'Read more on our site today', '会议由镇长 某某主持。']);
  });
});

describe('cleanup: site furniture', () => {
  it.each([
    '您访问的链接即将离开“某某市人民政府”网站，是否继续？',
    '當前位置: 首頁 > 新聞中心',
    '来源：某某县政府办  发布时间：2024-03-05  浏览次数：321',
    '字号：大 中 小',
    '字體[ ]',
    '分享到：',
    '掃一掃在手機打開當前頁',
    '打印本页 关闭窗口',
    '返回頂部',
    '責任編輯：張三',
    '![](/images/a.jpg)',
    '图为会议现场',
  ])('drops %s', (line) => expect(isFurnitureLine(line, false)).toBe(true));
  it('drops trailing bylines only at the end', () => {
    expect(isFurnitureLine('（记者 王芳）', true)).toBe(true);
    expect(isFurnitureLine('(記者 陳琳)', true)).toBe(true);
  });
  it.each(['会议指出，来源于基层的经验要总结推广。', '打印机采购项目按程序推进，确保年底前完成全部采购任务并投入使用。'])('keeps body text %s', (line) =>
    expect(isFurnitureLine(line, false)).toBe(false),
  );
});

describe('cleanup: punctuation', () => {
  it('makes half-width marks in Chinese context full width, leaves times, numbers and English alone', () => {
    const t = clean(normalisePunctuation, '会议指出,要抓落实;时间14:30,金额1,000元(草案)见附件:要求如下! English, fine.');
    expect(t.text).toBe('会议指出，要抓落实；时间14:30，金额1,000元（草案）见附件：要求如下！ English, fine.');
  });
  it('turns straight quotes into “ ” and leaves a damaged ? for the damage step', () => {
    expect(clean(normalisePunctuation, '以科技赋能"百千万工程"').text).toBe('以科技赋能“百千万工程”');
    expect(clean(normalisePunctuation, '认真?达学习').text).toBe('认真?达学习');
    expect(clean(normalisePunctuation, '是否继续?').text).toBe('是否继续？');
  });
});

describe('damage flags', () => {
  it('flags U+FFFD, ? and _ inside Han runs, and mojibake, without repairing', () => {
    expect(findDamage('认真\uFFFD达').map((d) => d.code)).toEqual(['damaged']);
    expect(findDamage('认真?鬟_学习')).toEqual([{ start: 2, end: 5, code: 'damaged' }]);
    expect(findDamage('这是ä¸­文').map((d) => d.code)).toEqual(['mojibake']);
    expect(findDamage('会议开得好吗？好。')).toEqual([]);
  });
});

describe('people and script', () => {
  it('splits title from name and lists with shared titles and trailing groups', () => {
    expect(parsePerson('清水县政府县长马越垠')).toEqual({ title: '清水县政府县长', name: '马越垠' });
    expect(parsePerson('党组书记、局长陈凡锋')).toEqual({ title: '党组书记、局长', name: '陈凡锋' });
    expect(parsePeopleList('县政府副县长蔡俊杰、安智辉，县人大常委会副主任刘志伟及有关部门负责人').map((p) => `${p.title}/${p.name}`)).toEqual([
      '县政府副县长/蔡俊杰',
      '县政府副县长/安智辉',
      '县人大常委会副主任/刘志伟',
      '/有关部门负责人',
    ]);
  });
  it('detects the script', () => {
    expect(detectScript('会议强调')).toBe('hans');
    expect(detectScript('會議強調')).toBe('hant');
  });
});

describe('importText end to end', () => {
  it('imports a seed-like Traditional article: chair, meeting, three sections, items, no pinyin, notice removed, damage flagged', () => {
    const r = importText(SEED_LIKE, { now: NOW });
    const d = Briefing.parse(r.draft);
    expect(d.script).toBe('hant');
    expect(d.meeting.chair).toEqual({ name: '林海', title: '市工信局黨組書記、局長' });
    expect(d.meeting.name).toBe('傳達學習全市工作會議精神專題會');
    expect(d.sections.filter((s) => s.lead).map((s) => [s.kind, s.lead])).toEqual([
      ['directive', '會議指出'],
      ['requirement', '會議強調'],
      ['action-list', '會議要求'],
    ]);
    expect(d.sections.at(-1)!.items.map((i) => i.text)).toEqual(['抓項目建設', '抓企業服務；強化要素保障', '抓安全生產']);
    expect(TONES.test(JSON.stringify(d))).toBe(false);
    expect(r.removed.some((c) => c.kind === 'furniture' && c.original.includes('即將離開'))).toBe(true);
    const damaged = r.warnings.find((w) => w.code === 'damaged')!;
    expect(r.source.slice(damaged.start, damaged.end)).toBe(damaged.excerpt);
    expect(damaged.excerpt.startsWith('?')).toBe(true);
    expect(r.text).not.toContain('即將離開');
  });

  it('imports the project fixtures', () => {
    const minutes = importText(readFileSync(join(FIX, 'minutes-hans.txt'), 'utf8'), { now: NOW }).draft;
    expect(minutes.kind).toBe('minutes');
    expect(minutes.title).toBe('关于推进老旧小区改造工作的会议纪要');
    expect(minutes.meeting.date).toBe('2024-05-10');
    expect(minutes.meeting.chair.name).toBe('李明华');
    expect(minutes.meeting.attendees.map((p) => p.name)).toEqual(['王建国', '赵红梅', '孙立']);
    expect(minutes.sections.map((s) => s.kind)).toEqual(['topic', 'directive', 'decision', 'action-list']);
    expect(minutes.sections[3]!.items.map((i) => [i.owner, i.due])).toEqual([
      ['区发改局', '6月底'],
      ['区财政局', ''],
      ['', '2024年7月31日'],
    ]);

    const r = importText(readFileSync(join(FIX, 'report-hant-damaged.txt'), 'utf8'), { now: NOW });
    expect(r.draft.meeting.chair.name).toBe('陳志強');
    expect(r.draft.meeting.date).toBe('2023-11-01');
    expect(r.recognized.publishedDate).toBe('2023-11-02');
    expect(r.draft.sections.find((s) => s.lead === '陳局長強調')!.items).toHaveLength(3);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['damaged', 'mojibake']));
    expect(r.removed.filter((c) => c.kind === 'furniture')).toHaveLength(5);
    expect(TONES.test(r.text)).toBe(false);
  });

  it('converts the script on request (zh-TW and zh-HK variants)', () => {
    const hans = importText(SEED_LIKE, { now: NOW, convert: 'hans' }).draft;
    expect(hans.script).toBe('hans');
    expect(hans.meeting.chair.title).toBe('市工信局党组书记、局长');
    expect(hans.sections.some((s) => s.lead === '会议指出')).toBe(true);
    const tw = importText('会议指出，要抓好发展。', { now: NOW, convert: 'hant-tw' }).draft;
    expect(tw.script).toBe('hant');
    expect(tw.sections[0]!.lead).toBe('會議指出');
  });

  it('never runs HTML scripts and refuses empty, binary and oversized input', () => {
    (globalThis as Record<string, unknown>).__pwned = false;
    const r = importText('<html><body><script>globalThis.__pwned = true</script><p>会议指出，要抓落实。</p><img src=x onerror="globalThis.__pwned=true"></body></html>', { now: NOW });
    expect((globalThis as Record<string, unknown>).__pwned).toBe(false);
    expect(r.source).not.toContain('__pwned');
    expect(() => importText('  \n ', { now: NOW })).toThrow(ImportInputError);
    expect(() => importText('\u0000\u0001\u0002binary\u0003', { now: NOW })).toThrow(/not text/);
    const big = '会议指出，要抓落实。'.repeat(Math.ceil((10 * 1024 * 1024) / 10));
    expect(() => importText(big, { now: NOW })).toThrow(ImportInputError);
    expect(big.length).toBeGreaterThan(MAX_IMPORT_CHARS);
  });

  // Speed (< 100 ms for 5,000 characters) is measured in bench/importer.ts, not in a timed test.
  it('imports a 5,000-character article whole', () => {
    const body = readFileSync(join(FIX, 'minutes-hans.txt'), 'utf8');
    const article = (body + '\n').repeat(Math.ceil(5000 / body.length)).slice(0, 5000);
    const { draft } = importText(article, { now: NOW });
    // Every copy's decision reaches the draft as its own section: nothing past the first copy is dropped.
    const copies = article.split('会议决定').length - 1;
    expect(copies).toBeGreaterThan(3);
    expect(draft.sections.filter((s) => s.kind === 'decision')).toHaveLength(copies);
  });
});
