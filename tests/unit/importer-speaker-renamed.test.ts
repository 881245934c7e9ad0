import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A speech sentence, then the speaker named again by surname and post (周书记指出) instead of 他
 * (round 23): one section, its kind from that verb, as with 他. Every text here is made up.
 */
const open = '3月12日上午，学院党务例会在行政楼会议室召开。学院党委书记孟子健主持会议。\n会议传达了上级文件精神。\n';
const sections = (p: string) =>
  importText(open + p)
    .draft.sections.slice(2)
    .map((x) => [x.kind, x.lead]);

describe('the speaker named again by surname and post', () => {
  it('goes on with the speech the paragraph opens, like 他', () => {
    expect(sections('学院党委书记孟子健作总结讲话。孟书记指出，要关注新形势。')).toEqual([['directive', '']]);
    expect(sections('学院党委书记孟子健作总结讲话。他指出，要关注新形势。')).toEqual([['directive', '']]);
    expect(sections('院长贺文涛作总结讲话。贺院长强调，要关注新形势。贺院长要求，各系抓好落实。')).toEqual([['requirement', '']]);
    expect(sections('學院黨委書記孟子健作總結講話。孟書記指出，要關注新形勢。')).toEqual([['directive', '']]);
  });

  it('opens a section of its own when the surname is someone else’s', () => {
    expect(sections('院长贺文涛作总结讲话。孟书记强调，要关注新形势。')).toEqual([
      ['text', ''],
      ['requirement', '孟书记强调'],
    ]);
  });
});
