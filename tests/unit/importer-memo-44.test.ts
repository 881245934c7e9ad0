import { describe, expect, it } from 'vitest';
import { remembered, withImportMemo } from '../../shared/importer/memo';
import { parsePeopleList, parsePerson } from '../../shared/importer/structure/people';

/**
 * Round 44's speed work changes how the importer computes, never what it finds: each test pins a
 * reading the faster code must keep. Every text here is made up.
 */
describe('answers remembered for one import (memo.ts)', () => {
  it('computes every time outside an import', () => {
    let calls = 0;
    const compute = () => ++calls;
    remembered('t', 'a', compute, (v) => v);
    remembered('t', 'a', compute, (v) => v);
    expect(calls).toBe(2);
  });

  it('computes once per key within an import, and forgets when it ends', () => {
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const copy = (v: { n: number }) => ({ ...v });
    withImportMemo(() => {
      expect(remembered('t', 'a', compute, copy).n).toBe(1);
      expect(remembered('t', 'a', compute, copy).n).toBe(1);
      expect(remembered('t', 'b', compute, copy).n).toBe(2);
      expect(remembered('u', 'a', compute, copy).n).toBe(3);
    });
    withImportMemo(() => expect(remembered('t', 'a', compute, copy).n).toBe(4));
  });

  it('gives each caller its own copy, and drops the memory when the import throws', () => {
    expect(() =>
      withImportMemo(() => {
        const first = parsePerson('县长林一宁')!;
        first.name = '改写';
        expect(parsePerson('县长林一宁')).toEqual({ title: '县长', name: '林一宁' });
        const list = parsePeopleList('副县长赵一强、孙二丽');
        list[0]!.name = '改写';
        expect(parsePeopleList('副县长赵一强、孙二丽').map((p) => p.name)).toEqual(['赵一强', '孙二丽']);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    let calls = 0;
    remembered(
      't',
      'a',
      () => ++calls,
      (v) => v,
    );
    remembered(
      't',
      'a',
      () => ++calls,
      (v) => v,
    );
    expect(calls).toBe(2);
  });
});
