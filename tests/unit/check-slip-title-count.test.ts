import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import type { Script } from '../../shared/model';

// Sentences written for this test (no real place or person named), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 32: a title character ending a count or a verb is no post before a name (slip.ts)', () => {
  it('reads a slip after a verb ending in 处 (查处)', () => {
    expect(found('交警部门在国道检查站查处超栽车辆12台。')).toContain('WRD-02:warning 超栽→超载');
  });

  it('reads a slip after a count ending in 处 (多处, 两 + 處)', () => {
    expect(found('巡查发现多处护拦松动，养护站已安排更换。')).toContain('WRD-02:warning 护拦→护栏');
    expect(found('巡查中發現多處護攔鬆脫，已通知廠商修復。', 'hant')).toContain('WRD-02:warning 護攔→護欄');
    expect(found('今年完成兩處古績修復，並開放參觀。', 'hant')).toContain('WRD-02:warning 古績→古蹟');
  });

  it('still reads a name after an office the segmenter takes for a noun (财务处, 人事处)', () => {
    expect(found('区财务处钟国梁介绍了预算执行情况。')).toEqual([]);
    expect(found('会上，人事处马超栽种了一棵树。')).toEqual([]);
  });

  it('leaves the right forms alone', () => {
    expect(found('今年共查处超载车辆12台，巡查发现多处护栏松动。')).toEqual([]);
    expect(found('今年完成兩處古蹟修復，多處護欄已更換。', 'hant')).toEqual([]);
  });
});
