import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePerson, isPersonRef } from '../../shared/importer/structure/people';
import { titledActor } from '../../shared/importer/structure/titled-actor';

/**
 * A person named with a post opening a sentence inside a paragraph, doing the meeting's business
 * in a shape no verb list of leads.ts holds, opens a section of its own (bench/KEYING.md 2, 13, 15,
 * 24: a named leader's act after 。), the subject read by the segmenter's tags (titled-actor.ts).
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '4月8日，松岗县召开乡村振兴工作推进会，县长林秋白主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);
const person = (s: string) => parsePerson(s.replace(/同志$/u, '')) !== null && isPersonRef(s.replace(/同志$/u, ''));

describe('a titled person acting where a sentence begins (import-112a)', () => {
  it('reads posts and a name before the predicate the segmenter tags', () => {
    expect(titledActor('县委常委、宣传部部长程望舒围绕理论武装等方面作专题辅导。', person)).toEqual({ subject: '县委常委、宣传部部长程望舒', kind: 'text' });
    expect(titledActor('总支书记邝远山同志利用自制课件，带领大家逐章学习。', person)?.subject).toBe('总支书记邝远山同志');
    expect(titledActor('县政府党组成员甘雨桐强调，要压实责任。', person)).toEqual({ subject: '县政府党组成员甘雨桐', kind: 'requirement' });
  });

  it('reads a comma list of persons acting in turn', () => {
    expect(titledActor('县委常委、副县长程望舒，副县长甘雨桐分别汇报了分管工作。', person)?.subject).toBe('县委常委、副县长程望舒');
  });

  it('reads no attendance, no person joined on by 与, no speech as subject, nothing to come', () => {
    expect(titledActor('县委常委、副县长程望舒出席会议。', person)).toBeNull();
    expect(titledActor('县民政局局长甘雨桐与镇党委书记邝远山陪同调研。', person)).toBeNull();
    expect(titledActor('县委书记邝远山在全会上的讲话内涵丰富。', person)).toBeNull();
    expect(titledActor('县委常委、副县长程望舒将出席下次会议。', person)).toBeNull();
    expect(titledActor('他围绕理论武装作专题辅导。', person)).toBeNull();
    expect(titledActor('县委书记邝远山作重要讲话。', person)).toBeNull();
  });

  it('opens an `other` section inside a paragraph', () => {
    expect(leadsOf('会上，县农业农村局负责人介绍了全县情况。县委常委、宣传部部长程望舒结合自身经历逐一点评了各镇的做法。')).toEqual([
      ['text', '会上'],
      ['text', '县委常委、宣传部部长程望舒'],
    ]);
  });
});
