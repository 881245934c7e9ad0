import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../shared/importer/cleanup/furniture';
import { importText } from '../../shared/importer';

/**
 * Photo captions (issue 11, round 27, import-40b): a sitting's scene with which sitting in brackets,
 * a vote's scene, and a credited caption left in a table cell with its bar. Made-up lines.
 */
describe('scene captions', () => {
  it('removes a sitting scene with a bracketed note and a vote scene', () => {
    expect(isFurnitureLine('第二次全体会议(闭幕)现场', false)).toBe(true);
    expect(isFurnitureLine('青石镇2025年民生实事项目人大代表票决现场。', false)).toBe(true);
    expect(isFurnitureLine('村民委员会换届选举现场', false)).toBe(true);
  });

  it('removes a credited caption in a table cell', () => {
    expect(isFurnitureLine('市人大常委会举行第三次会议。本报记者 王立摄 |', false)).toBe(true);
  });

  it('keeps prose and headlines that end in 现场', () => {
    expect(isFurnitureLine('县委书记督导防汛现场', false)).toBe(false);
    expect(isFurnitureLine('会议听取了各镇选举工作汇报，并到投票现场检查。', false)).toBe(false);
  });

  it('dates the meeting by its opening, not by a caption above it', () => {
    const text = '![]() |\n市人大常委会举行第三次会议。本报记者 王立摄 |\n本报讯（记者 王立） 24日下午，市人大常委会举行第三次会议。\n市人大常委会主任李明主持会议。\n会议听取了有关报告。';
    expect(importText(text, { now: new Date('2026-03-05T00:00:00Z') }).recognized.dateText).toBe('24日下午');
  });
});
