import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureLine } from '../../shared/importer/cleanup/furniture';

/**
 * A line that names where people stand in a lost picture is a caption only while it has a
 * caption's shape (round 37, import-80d). Every text here is made up.
 */
describe('a line naming photo positions', () => {
  it('is a caption when it is one short clause about the picture', () => {
    expect(isFurnitureLine('县长甲一（右二）与镇干部交流。', false)).toBe(true);
    expect(isFurnitureLine('前排左三为县委书记乙二', false)).toBe(true);
    expect(isFurnitureLine('3月5日，县长甲一（右一）在青石镇检查防汛工作。', false)).toBe(true);
  });

  it('is the report when the sentence runs on after the mark through its clauses', () => {
    expect(isFurnitureLine('3月5日，县长甲一（右一）带队到青石镇调研安全生产工作，并主持召开座谈会，听取了镇党委的汇报。', false)).toBe(false);
    expect(isFurnitureLine('县委书记乙二（左二）在白沙镇主持召开防汛工作推进会，研究部署汛期各项工作，镇村干部参加会议。', false)).toBe(false);
  });

  it('is the report when a second sentence of prose follows the marked one', () => {
    expect(isFurnitureLine('副县长丙三（中）主持会议。会议听取了县水利局关于汛前准备情况的汇报，研究了下一步工作。', false)).toBe(false);
  });

  it('keeps a one-sentence opening paragraph in the draft, the mark taken out', () => {
    const text = ['青石镇召开安全生产座谈会', '3月5日，县长甲一（右一）带队到青石镇调研安全生产工作，并主持召开座谈会，听取了镇党委的汇报。', '会议要求，各村要压实安全责任，抓好隐患排查。'].join(
      '\n',
    );
    const r = importText(text, { now: new Date('2026-12-01') });
    expect(r.recognized.dateText).toBe('3月5日');
    expect(JSON.stringify(r.draft)).toContain('带队到青石镇调研');
    expect(JSON.stringify(r.draft)).not.toContain('右一');
  });
});

describe('a line opening on 图为', () => {
  it('is a caption alone', () => {
    expect(isFurnitureLine('图为会议现场。', false)).toBe(true);
    expect(isFurnitureLine('圖為縣長甲一（右一）在會上講話。', false)).toBe(true);
  });

  it('is not dropped whole when the report is glued after it', () => {
    expect(isFurnitureLine('图为会议现场。3月5日，青石镇召开安全生产工作会议，镇长甲一主持会议。', false)).toBe(false);
  });
});
