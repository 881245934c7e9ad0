import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { LEXICON } from '../../shared/check/words/lexicon';
import type { Script } from '../../shared/model';
import { converter } from '../../shared/script/converter';
import { unseenSets } from '../../tools/unseen-sets';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('the classic 错别字 lexicon (round 15)', () => {
  it('holds the published lists: over 1,600 wrong forms', () => {
    expect(LEXICON.size).toBeGreaterThan(1600);
  });

  // Slips the source pages really carry, copied with their damage (KEYING 7): the lexicon is right to
  // raise them, so they are the only forms allowed. Each names its file and the word the page meant.
  // A round's split moves sets from unseen to read, so this list grows as old held-out sets join.
  const SLIPS_IN_SOURCES = new Map([
    ['久久为攻', 'bench/import-train-16/07.txt, meant 久久为功'],
    ['融汇贯通', 'bench/heldout-73/06.txt (Traditional 融匯貫通), meant 融会贯通'],
    ['精萃', 'bench/heldout-102/12.txt (传承国医精萃), meant 精粹'],
  ]);

  it('raises no wrong form in the real report texts of the repo (importer sets, import-train-*, fixtures) but the slips their pages carry', () => {
    const root = join(import.meta.dirname, '../..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.txt$/.test(n) ? [p] : [];
      });
    const paths = [
      ...readdirSync(join(root, 'bench'))
        // Sets kept unseen (bench/unseen.json) are not read for false findings.
        .filter((d) => /^heldout|^import-train/.test(d) && !unseenSets().has(d))
        .flatMap((d) => files(join(root, 'bench', d))),
      ...files(join(root, 'tests/fixtures')),
    ];
    expect(paths.length).toBeGreaterThan(150);
    const text = paths.map((p) => readFileSync(p, 'utf8')).join('\n');
    // Each line is checked in the script it is written in, as the app checks a document: a
    // Traditional line (one the T→S converter changes) as 'hant', which the word layer reads in
    // Simplified; read as 'hans' its characters would segment as strays (認/知/到 for 认知/到).
    const toSimplified = converter('t', 'cn');
    const lines = text.split('\n').map((line) => ({ line, script: (toSimplified(line) === line ? 'hans' : 'hant') as Script, simplified: toSimplified(line) }));
    // A form met only across two words (州委书记委托 holds 记委) is no finding: where the
    // characters occur, the line they stand in must not raise that form as WRD-01.
    // The forms a line raises, read off its Simplified text (same offsets) to compare with the lexicon's.
    const formsRaised = ({ line, script, simplified }: (typeof lines)[number]): string[] =>
      checkText(line, { script, words })
        .filter((d) => d.rule === 'WRD-01')
        .map((d) => simplified.slice(d.location.offset, d.location.offset + d.location.length));
    const raised = [...LEXICON.keys()].filter((w) => lines.some((l) => l.simplified.includes(w) && formsRaised(l).includes(w)));
    expect(raised.sort()).toEqual([...SLIPS_IN_SOURCES.keys()].sort());
  });

  const table: [string, Script, string[]][] = [
    ['对群众反映的问题要高度观注，及时回应。', 'hans', ['观注→关注']],
    ['各单位要严格尊循操作规程。', 'hans', ['尊循→遵循']],
    ['会议听取了防役工作情况汇报。', 'hans', ['防役→防疫']],
    ['整改要标本兼致，常抓不泄。', 'hans', ['标本兼致→标本兼治', '常抓不泄→常抓不懈']],
    ['全體幹部要精益求經，恪盡職手。', 'hant', ['精益求經→精益求精', '恪盡職手→恪盡職守']],
    ['本次會議由秘書處招開。', 'hant', ['招開→召開']],
    ['对个别干部读职失职问题要严肃追责。', 'hans', ['读职→渎职']],
    ['企业要加大产品推消力度。', 'hans', ['推消→推销']],
    ['向各位表示由忠的感谢。', 'hans', ['由忠→由衷']],
    ['不同部门之间要建立连惯的工作机制。', 'hans', ['连惯→连贯']],
    // Right text: the same characters, a lone one beside a word that reaches into the form.
    ['他由忠诚老实的品格赢得群众信任。', 'hans', []],
    ['要推消费升级，扩大有效需求。', 'hans', []],
    ['鼓励农村青年读职业院校。', 'hans', []],
    ['今年暂新增三个项目，其余缓建。', 'hans', []],
    ['这是我们一以贯之、连惯例都写进制度的做法。', 'hans', []],
    ['今年初忠县召开了全县经济工作会议。', 'hans', []],
    ['這是他由忠誠老實贏得的信任。', 'hant', []],
    // The right forms themselves.
    ['要高度关注民生，遵循规律，做好防疫，标本兼治、常抓不懈。', 'hans', []],
  ];
  for (const [text, script, want] of table) {
    it(`${text} → ${want.join(', ') || 'nothing'}`, () => {
      expect(shown(text, script)).toEqual(want);
    });
  }
});

describe('a verb and its complement hold no lexicon form (rules.ts verbThenComplement)', () => {
  it('reads 认知 + 到 and 通知 + 到 as a verb and its complement', () => {
    expect(shown('我们已经认知到问题的严重性。', 'hans')).toEqual([]);
    expect(shown('各村要把政策通知到每一户。', 'hans')).toEqual([]);
  });
  it('still reads 不知到 as 不知道 broken', () => {
    expect(shown('很多群众还不知到这项政策。', 'hans')).toEqual(['知到→知道']);
  });
});
