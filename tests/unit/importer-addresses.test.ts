import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { sameSpeaker, speechAddress, thanksSpeaker } from '../../shared/importer/structure/addresses';

/**
 * A person's address whose own verb gives no kind (作讲话 with who or when between, 在讲话中总结了),
 * the speech going on with 他/她 + a lead verb: one section, the pronoun's kind
 * (bench/KEYING.md 9) (import-32a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

/** Sections after the opening: kind and the first words of their text. */
function sections(text: string): [string, string][] {
  return importText(text, { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 8)]);
}

const OPENING = '3月4日，柳溪县委召开全县经济工作会议。县委书记李文生，县长王海明出席会议。';

describe('an address continued by 他/她', () => {
  it('reads a speech for a body (X代表…常委会作重要讲话。他指出) as one directive section', () => {
    const text = [OPENING, '李文生代表县委常委会作重要讲话。他指出，今年全县经济运行总体平稳，主要指标好于预期。'].join('\n');
    expect(sections(text)).toEqual([['directive', '李文生代表县委常']]);
  });

  it('reads a speech with its time (X在会议结束时作了讲话。他说) the same way', () => {
    const text = [OPENING, '王海明在会议结束时作了讲话。他说，各部门要把会议精神带回去，抓好落实。'].join('\n');
    expect(sections(text)).toEqual([['directive', '王海明在会议结束']]);
  });

  it('takes the kind from the pronoun verb after 在讲话中总结了', () => {
    const text = [OPENING, '张建国在讲话中总结了全县上半年的工作。他强调，要抓住施工旺季推进重点项目。'].join('\n');
    expect(sections(text)).toEqual([['requirement', '张建国在讲话中总']]);
  });

  it('keeps the pronoun sentence after a 致辞 in the speech (no 讲话 word to tell it)', () => {
    const text = [OPENING, '王海明在闭幕式上致辞。他说，各部门要把会议精神带回去，抓好落实。'].join('\n');
    expect(sections(text)).toEqual([['directive', '王海明在闭幕式上']]);
  });

  it('reads traditional script as well', () => {
    const text = ['3月4日，柳溪縣委召開全縣經濟工作會議。縣委書記李文生出席會議。', '李文生代表縣委常委會作重要講話。他指出，今年全縣經濟運行總體平穩。'].join('\n');
    expect(sections(text)).toEqual([['directive', '李文生代表縣委常']]);
  });
});

describe('what stays as it was', () => {
  // bench/KEYING.md 32 and 33: a titled person's thanks (感谢 with or without 表示) is `directive`, and the
  // same speaker's next sentence (他指出…, or the name with a lead verb) carries that section on.
  it('reads thanks said for a body and the pronoun sentence after it as one directive section', () => {
    const text = [OPENING, '李文生代表县委、县政府对协作单位的帮助致以衷心感谢。他指出，双方要在产业上深化合作。'].join('\n');
    expect(sections(text)).toEqual([['directive', '李文生代表县委、']]);
    expect(importText(text, { now: NOW }).draft.sections[1]?.paragraphs.join('')).toContain('双方要在产业上深化合作');
  });

  it('leaves a speech with no pronoun sentence after it a paragraph of no kind', () => {
    const text = [OPENING, '李文生代表县委常委会作重要讲话。会后，与会人员参观了产业园区。'].join('\n');
    expect(sections(text).map(([kind]) => kind)).not.toContain('directive');
  });

  it('finds no address across a clause, nor without a pronoun sentence after it', () => {
    expect(speechAddress('李文生主持会议，王海明作重要讲话。他指出，…')).toBeNull();
    expect(speechAddress('李文生代表县委作重要讲话。会后大家参观了园区。')).toBeNull();
  });

  it('names the speaker without for whom or when he spoke', () => {
    expect(speechAddress('李文生代表县委常委会作重要讲话。他指出，…')?.speaker).toBe('李文生');
    expect(speechAddress('王海明在会议结束时作了讲话。他说，…')?.speaker).toBe('王海明');
  });
});

describe('the speech named between the person and a strong verb', () => {
  function leads(text: string): [string, string][] {
    return importText(text, { now: NOW })
      .draft.sections.filter((s) => s.lead)
      .map((s) => [s.kind, s.lead]);
  }

  it('reads X点评指出 and X致辞表示 as the person speaking', () => {
    expect(leads([OPENING, '张建国点评指出，各部门对标对表中央部署，实绩明显。'].join('\n'))).toEqual([['directive', '张建国点评指出']]);
    expect(leads([OPENING, '张建国致辞表示，欢迎各位代表。'].join('\n'))).toEqual([['directive', '张建国致辞表示']]);
  });

  it('reads the opening address named in full (致開幕辭時指出), in traditional script', () => {
    const text = ['3月4日，柳溪縣委召開全縣經濟工作會議。', '縣委副書記張建國致開幕辭時指出，今年全縣經濟運行總體平穩。'].join('\n');
    expect(leads(text)).toEqual([['directive', '縣委副書記張建國致開幕辭時指出']]);
  });

  it('needs a person before it (报告点评指出 opens nothing)', () => {
    expect(leads([OPENING, '报告点评指出，今年全县经济运行总体平稳。'].join('\n'))).toEqual([]);
  });
});

describe('a titled speaker thanking, then going on (bench/KEYING.md 33)', () => {
  it('joins a bare welcome and the name with a lead verb after it', () => {
    const text = [OPENING, '王海明代表县政府欢迎考察团一行到访。王海明表示，两地合作基础扎实，前景广阔。'].join('\n');
    expect(sections(text)).toEqual([['directive', '王海明代表县政府']]);
  });

  it('keeps it one section when the speaker goes on after a context clause by surname and post', () => {
    const text = [OPENING, '李文生感谢各村派出志愿者参与宣传。这次座谈正好让大家了解相关安排。办法修订以后，李书记认为，各村要主动作为。'].join('\n');
    expect(sections(text)).toEqual([['directive', '李文生感谢各村派']]);
  });

  it('reads a thanks after a step word (会后，X致辞，感谢…) with the pronoun after it as one section', () => {
    const text = [OPENING, '会后，王海明县长致辞，感谢全体代表一年来的支持。他说，明年要把项目抓得更实。'].join('\n');
    expect(sections(text)).toEqual([['directive', '会后']]);
  });

  it('lets the speaker named again with an act of their own stand apart from the thanks', () => {
    const text = [OPENING, '李文生在致辞中对大会的召开表示祝贺！李文生向来宾们简要介绍了县情。他说，全县正在加快转型。'].join('\n');
    expect(sections(text)).toHaveLength(2);
  });

  it('leaves an untitled resident thanking, then going on, as it was', () => {
    const text = [OPENING, '村民张大山感谢干部们帮他修好了水渠。他说，今年的收成有盼头了。'].join('\n');
    expect(sections(text)[0]?.[0]).not.toBe('directive');
  });

  it('names the speaker by the run that ends on the name or the post', () => {
    expect(thanksSpeaker('市委书记陈立群代表市委向大家致以衷心感谢。', [])).toBe('市委书记陈立群');
    expect(thanksSpeaker('陈立群在致辞中首先代表江右省各界对大会的召开表示祝贺。', ['陈立群'])).toBe('陈立群');
    expect(thanksSpeaker('会议向各位代表表示感谢。', [])).toBeNull();
    expect(sameSpeaker('他强调', '陈立群')).toBe(true);
    expect(sameSpeaker('修订以后，陈书记认为', '陈立群')).toBe(true);
    expect(sameSpeaker('王海明指出', '陈立群')).toBe(false);
  });
});
