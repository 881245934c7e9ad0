import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** Credits after the report's last sentence that earlier rules missed. Every text here is made up. */
const NOW = new Date('2026-03-05T00:00:00Z');
const cleaned = (text: string) => importText(text, { now: NOW }).text;

describe('a town credited with its writer after a ruby mirror took the gap', () => {
  it('drops （青石鎮(zhèn) 李秀芳） at the end of the last line', () => {
    const t = cleaned('青石鎮召開學習會議\n3月5日，青石鎮召開會議，鎮長王強主持會議。\n會(huì)議要求，全鎮干部要深入學(xué)習，推動全鎮(zhèn)經(jīng)濟社會(huì)發(fā)展。(青石鎮(zhèn) 李秀芳)');
    expect(t).not.toContain('李秀芳');
    expect(t).toContain('推動全鎮經濟社會發展。');
  });

  it('keeps a town unit alone in brackets, which may own the last point', () => {
    const t = cleaned('青石鎮召開學習會議\n3月5日，青石鎮召開會議，鎮長王強主持會議。\n會議要求，做好疫情防控工作。（青石鎮衛生院）');
    expect(t).toContain('青石鎮衛生院');
  });
});

describe('a report captured as one line of one long sentence', () => {
  it('drops the photographer and writer credit after its full stop', () => {
    const t = cleaned('青石鎮代會昨天召開定期大會，鎮代會主席呂明致詞時指出，代表們來自各村，要把民眾的意見帶進會場，讓鎮政更為完善，民眾權益得以確保，進而達成選舉時對選民的承諾。 (圖文:記者黃明哲)');
    expect(t).not.toContain('黃明哲');
    expect(t).toContain('進而達成選舉時對選民的承諾。');
  });

  it('keeps a one-line headline with a bracket', () => {
    const t = cleaned('青石鎮召開定期大會（圖）');
    expect(t).toContain('（圖）');
  });
});

describe('the headline printed again inside the article', () => {
  it('drops it wholly in brackets, and without the part number the page set after the headline', () => {
    const t = cleaned(
      '某县第十七届人大常委会第九次会议召开\n4月8日，某县第十七届人民代表大会常务委员会第九次会议召开。\n(某县第十七届人大常委会第九次会议召开)\n会议进行了人事任免，听取了县政府的工作报告。',
    );
    expect(t).not.toContain('(某县');
    const u = cleaned('某院第七届四次职代会召开( 二 )\n会上，王强书记宣读了医院章程，章程明确了医院的权利与义务。\n某院第七届四次职代会召开\n王斌院长作了医院工作报告，回顾了过去一年的工作。');
    expect(u.split('\n').filter((l) => l === '某院第七届四次职代会召开')).toEqual([]);
    expect(u).toContain('王斌院长作了医院工作报告');
  });

  it('keeps a line the headline opens with when more than a part number follows it there', () => {
    const u = cleaned('某院第七届四次职代会召开暨表彰大会\n会上，王强书记宣读了医院章程，章程明确了医院的权利与义务。\n某院第七届四次职代会召开\n王斌院长作了医院工作报告，回顾了过去一年的工作。');
    expect(u).toContain('\n某院第七届四次职代会召开\n');
  });
});

describe('a label whose value the capture lost', () => {
  const opening = '3月5日，某县召开县政府常务会议，县长王强主持会议，研究部署近期防汛和安全生产工作。';
  const body = '会议强调，各乡镇各部门要抓好落实，压实工作责任，确保各项工作取得实效，切实保障群众安全。';

  it('drops 国务院信息： and 摘要： above the article, and 关于王强： as the last line', () => {
    const t = cleaned(`国务院信息：\n某县召开常务会议\n摘要：\n${opening}\n${body}\n关于王强：`);
    expect(t).not.toMatch(/国务院信息|摘要|关于王强/u);
    expect(t).toContain(body);
  });

  it('keeps a label that opens numbered points, and the form fields', () => {
    const t = cleaned(`某县召开常务会议\n时间：\n2026年3月5日\n县长提示：\n一、做好防汛工作。\n二、抓好安全生产。\n${opening}\n${body}`);
    expect(t).toContain('县长提示：');
    expect(t).toContain('时间：');
  });
});

describe('numbers where pictures stood', () => {
  // Paragraphs of 40 characters and more: the article's main block, where a bare number alone scores too little.
  const a = '3月5日，某县召开县政府常务会议，县长王强主持会议，研究部署近期防汛工作和安全生产工作。';
  const b = '会上，各乡镇汇报了防汛准备情况，县水利局通报了近期雨情水情和隐患排查整改情况，县应急局作了补充。';
  const c = '会议强调，各乡镇各部门要抓好落实，压实工作责任，加强值班值守，确保群众安全度汛和生产安全。';

  it('drops two or more bare numbers standing between finished sentences', () => {
    const t = cleaned(`某县召开常务会议\n${a}\n13597\n${b}\n15350\n${c}`);
    expect(t).not.toMatch(/13597|15350/u);
    expect(t).toContain(b);
  });

  it('keeps a single number, and numbers inside a sentence a page break cut', () => {
    expect(cleaned(`某县召开常务会议\n${a}\n13597\n${b}\n${c}`)).toContain('13597');
    expect(cleaned(`某县召开常务会议\n${a}\n会上，各乡镇汇报了防汛准备情况，县水利局通报了近期\n13597\n雨情水情和隐患排查整改情况，县应急局作了补充。\n15350\n${c}`)).toContain('13597');
  });
});
