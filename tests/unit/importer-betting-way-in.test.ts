import { describe, expect, it } from 'vitest';
import { gamblingSpamEdits } from '../../shared/importer/cleanup/gambling-spam';
import { importText } from '../../shared/importer';

/**
 * A betting site's way in (…平台588入口, 365备用主页) glued where a body's name stood. Every text here
 * is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const removed = (s: string) => gamblingSpamEdits(s).map((e) => s.slice(e.start, e.end));
const all = (r: ReturnType<typeof importText>) => r.draft.sections.map((s) => s.lead + s.paragraphs.join('')).join('');

describe('a betting site’s way in inside a sentence', () => {
  it('takes out a brand with 平台 and a numbered 入口', () => {
    expect(removed('12月3日下午，金沙星辉平台888入口组织召开全会精神传达学习会。')).toEqual(['金沙星辉平台888入口']);
  });

  it('takes out a numbered brand with 备用主页, in either script', () => {
    expect(removed('审议通过《365备用主页常务委员会工作报告》。')).toEqual(['365备用主页']);
    expect(removed('審議通過《8888備用網址常務委員會工作報告》。')).toEqual(['8888備用網址']);
  });

  it('leaves the ways in a report writes about', () => {
    expect(removed('在高速公路入口设卡检查，景区588入口和G15入口处增派人员。')).toEqual([]);
    expect(removed('市政务服务平台入口已开通，县政府官网入口同步上线。')).toEqual([]);
    expect(removed('会上，政务平台入口已开通。')).toEqual([]);
  });

  it('leaves the sentence readable after the advert goes', () => {
    const r = importText('12月3日下午，金沙星辉平台888入口组织召开全会精神传达学习会。\n会议强调，要抓好落实。', { now: NOW });
    expect(all(r)).not.toContain('入口');
  });
});
