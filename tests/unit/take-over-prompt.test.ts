import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { takeOverPrompt } from '../../electron/main/take-over-prompt';

describe('take-over confirmation', () => {
  const locked = new AppError('locked', 'held', { pid: 4242, host: 'office-pc', startedAt: '2026-03-01T08:00:00Z', path: '/d', canTakeOver: 1 });

  it('names the holder and the risk, with Quit first, in each language', () => {
    const en = takeOverPrompt(locked, 'en', '/d')!;
    expect(en.message).toContain('4242');
    expect(en.detail).toContain('office-pc');
    expect(en.detail).toContain('2026-03-01T08:00:00Z');
    expect(en.detail).toMatch(/overwrite each other/);
    expect(en.buttons).toEqual(['Quit', 'Take over']);
    expect(takeOverPrompt(locked, 'zh-CN', '/d')!.detail).toContain('互相覆盖');
    expect(takeOverPrompt(locked, 'zh-TW', '/d')!.buttons).toEqual(['結束', '接管']);
  });

  it('is not offered for other failures', () => {
    expect(takeOverPrompt(new AppError('unwritable', 'x', { path: '/d' }), 'en', '/d')).toBeNull();
    expect(takeOverPrompt(new AppError('locked', 'x', { pid: 1 }), 'en', '/d')).toBeNull();
  });
});
