import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 42 (main, after the blind first run): a meeting whose name opens with a named province is
 * that province's meeting by name (KEYING 20, 25); the host convening it is not prefixed. Every text
 * here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const nameOf = (text: string): string => importText(text, { now: NOW }).draft.meeting.name;

describe('a meeting name that opens with a named province', () => {
  it('我市召开安徽省第七批…大会 names the meeting as written', () => {
    expect(nameOf('7月17日，我市召开安徽省第七批援藏工作总结暨欢迎欢送大会，向援藏干部表示敬意。\n市委书记王强指出，要做好工作。')).toBe('安徽省第七批援藏工作总结暨欢迎欢送大会');
  });

  it('a name opening with 全省 (no province named) keeps its host', () => {
    expect(nameOf('7月17日，丰谷县政府召开全省安全生产工作视频会议分会场会议。\n县长王强指出，要做好工作。')).toMatch(/^丰谷县政府/u);
  });
});
