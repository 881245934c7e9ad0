import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { occasionKind } from '../../shared/importer/structure/occasion-kind';

/**
 * Round 37 (import-80b): a 会上 account whose one speaker lists what they passed on by ； keeps the
 * speaker's kind (the ；-parts are the speech's content, not other actors), and 会上，X作了…报告。
 * 她指出… takes the pronoun's verb (bench/KEYING.md 16). Made-up texts.
 */
describe('occasionKind with ；-parts', () => {
  it('reads one speaker whose words run across ；', () => {
    expect(occasionKind('周红传达了县第九次党代会报告精神，布置了今后的主要任务：提高站位；树立全局观念；提升服务水平。')).toBe('directive');
    expect(occasionKind('张书记首先领学了上级关于防汛工作的重要指示精神；省里印发的《防汛工作规定》。')).toBe('directive');
  });

  it('leaves a ；-rundown of several actors plain', () => {
    for (const body of ['吴红传达了镇人代会筹备工作方案；李明对做好筹备工作进行安排部署。', '张平传达了上级要求；县水利局汇报了防汛准备情况。', '王强传达了会议精神；各村作了表态发言。'])
      expect(occasionKind(body)).toBeNull();
  });
});

describe('importText: 会上 speech then pronoun', () => {
  const report = (body: string) => `3月2日，青石县召开县政府常务会议。县长陈明主持会议。\n${body}\n会议要求，各部门要抓好落实。`;
  const kindOf = (body: string, lead: RegExp) => importText(report(body), { now: new Date('2026-12-05') }).draft.sections.find((x) => lead.test(x.lead))?.kind;

  it('gives 会上，X作了讲话。他指出… the pronoun verb’s kind', () => {
    expect(kindOf('会上，副县长王立作了重要讲话。他指出，今年的防汛形势严峻，任务艰巨。', /^会上/u)).toBe('directive');
    expect(kindOf('会上，副县长王立作了全县学习型机关建设工作报告。她强调，要把学习抓在日常。', /^会上/u)).toBe('requirement');
  });

  it('leaves 会议期间 accounts to the rundown reading', () => {
    expect(kindOf('会议期间，副县长王立作了专题报告。他指出，今年的防汛形势严峻。', /期间$/u)).toBe('text');
  });
});
