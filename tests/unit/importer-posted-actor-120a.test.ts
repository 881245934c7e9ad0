import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { titledActor } from '../../shared/importer/structure/titled-actor';
import { parsePerson } from '../../shared/importer/structure/people';

/**
 * A person named by a post opening a sentence inside a paragraph, where the segmenter's words do not
 * run as nouns up to the verb (a name cut apart or tagged as a verb or adjective, a surname before the
 * post): the post word and the name the people readings take, then a predicate by the tags of what
 * follows, make the sentence that person's act, a section of its own (bench/KEYING.md 2, 15, 28).
 * Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月20日，枫桥县召开农村人居环境整治推进会，副县长罗晓岚主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);
const person = (s: string) => parsePerson(s.replace(/同志$/u, '')) !== null;

describe('a person read by the post that names them (import-120a)', () => {
  it('reads a surname before the post, or a name the segmenter cuts apart after it', () => {
    expect(titledActor('張縣長就防汛工作作出三項結論。', person)?.subject).toBe('張縣長');
    expect(titledActor('区人大常委会主任冯建成宣布选举结果。', person)?.subject).toBe('区人大常委会主任冯建成');
    expect(titledActor('张县长就整治工作提出三点意见。', person)).toEqual({ subject: '张县长', kind: 'directive' });
  });

  it('reads no post standing alone, nor a post inside the predicate', () => {
    expect(titledActor('镇委书记要负起第一责任。', person)).toBeNull();
    expect(titledActor('全体政协委员要深入学习。', person)).toBeNull();
    expect(titledActor('县领导沙成亮、虞明出席会议。', person)).toBeNull();
  });

  it('opens a section at that person’s sentence inside a paragraph', () => {
    expect(leadsOf('会上，县农业农村局汇报了整治进展。区人大常委会主任冯建成宣布选举结果。')).toEqual([
      ['text', '会上'],
      ['text', '区人大常委会主任冯建成'],
    ]);
    expect(leadsOf('县农业农村局汇报了整治进展。張縣長就防汛工作作出三項結論。').map(([, lead]) => lead)).toContain('張縣長');
  });
});
