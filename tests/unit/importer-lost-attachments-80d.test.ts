import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A 附件： label with no file under it is the download list the capture lost (round 37, import-80d).
 * Every text here is made up.
 */
const NOW = { now: new Date('2026-12-01') };
const BODY = [
  '青石镇召开安全生产工作会议',
  '3月5日，青石镇召开安全生产工作会议，镇长甲一主持会议。',
  '会议要求，各村要压实安全责任，抓好隐患排查整治，确保全镇安全生产形势持续稳定，重点行业领域要开展拉网式检查。',
];

describe('a bare 附件 label', () => {
  it('goes when nothing follows it', () => {
    const r = importText([...BODY, '附件：'].join('\n'), NOW);
    expect(r.text).not.toContain('附件');
  });

  it('goes when the page chrome follows it (a numbered label too)', () => {
    expect(importText([...BODY, '附件:', '关键词: 安全生产 青石镇'].join('\n'), NOW).text).not.toContain('附件');
    expect(importText([...BODY, '1. 附件列表：', '分享到：'].join('\n'), NOW).text).not.toContain('附件');
  });

  it('stays when the files are listed under it', () => {
    expect(importText([...BODY, '附件：', '1.青石镇安全生产检查表'].join('\n'), NOW).text).toContain('附件');
    expect(importText([...BODY, '附件：', '《青石镇隐患排查整治方案》'].join('\n'), NOW).text).toContain('附件');
  });
});
