import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { reportingRunLength } from '../../shared/importer/cleanup/byline';

/** A dateline read by its shape: a short run closing on a reporting word before the first date. Every text here is made up. */
const NOW = new Date('2026-06-01T00:00:00Z');

describe('a dateline told by the reporting word it closes on', () => {
  it('drops an outlet, a channel and a writer with 报道 before the day', () => {
    const r = importText('远帆资讯网 青禾教育频道 林小岚报道 3月6日，青禾市教育局召开全市中小学安全工作会议，局长陆明川主持会议。', { now: NOW });
    expect(r.text).not.toContain('林小岚报道');
    expect(r.text).toContain('3月6日，青禾市教育局召开');
  });

  it('drops a company desk’s 消息 with its office in brackets', () => {
    const r = importText('丰源集团西宁消息(综合办)2021年5月12日上午，丰源集团召开安全生产专题会议，总经理贺长林主持会议并讲话。', { now: NOW });
    expect(r.text).not.toContain('消息');
    expect(r.text).toContain('2021年5月12日上午');
  });

  it('drops 据某报报道 with the reporter’s bracket', () => {
    const r = importText('据青禾日报报道(记者 周岚) 6月2日，青禾市召开防汛工作会议，市长陆明川出席会议并讲话。', { now: NOW });
    expect(r.text).not.toContain('青禾日报');
    expect(r.text).toContain('6月2日，青禾市召开');
  });

  it('drops a wire dateline wholly in 《》 before the opening sentence', () => {
    const line = '《远帆通讯社驻京记者林小岚6日北京专电》出席会议的代表今天上午分组审议政府工作报告，气氛热烈。';
    expect(line.slice(0, reportingRunLength(line))).toBe('《远帆通讯社驻京记者林小岚6日北京专电》');
  });

  it('keeps a sentence that gives news before its day', () => {
    expect(reportingRunLength('会议通报了2024年工作情况，部署下一阶段任务。')).toBe(0);
    expect(reportingRunLength('据悉，12月3日青禾市召开会议。')).toBe(0);
    // 供电 closes on 电 but no day stands before it: no dateline.
    expect(reportingRunLength('青禾供电 12月3日，公司召开安全例会，经理主持会议。')).toBe(0);
    // A run that holds a colon or comma is a sentence of the report.
    expect(reportingRunLength('市委书记传达了好消息：2024年全市经济稳步增长，各项指标向好。')).toBe(0);
  });
});
