import { describe, expect, it } from 'vitest';
import { FILE_HANDLE_PATTERN } from '../../shared/api';
import { FileHandleRegistry, HANDLE_TTL_MS } from '../../electron/services/files/file-handles';

/** A registry on a clock the test moves. */
function registry() {
  let now = 1_000_000;
  const handles = new FileHandleRegistry(() => now);
  return { handles, advance: (ms: number) => (now += ms) };
}

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string; params?: { reason?: string } }).code + ':' + (e as { params: { reason: string } }).params.reason;
  }
  return 'no error';
};

describe('file handles: the path a native dialog chose stays in main', () => {
  it('issues opaque random ids that name the path, never contain it', () => {
    const { handles } = registry();
    const a = handles.issue('/home/u/纪要.pdf', 'save');
    const b = handles.issue('/home/u/纪要.pdf', 'save');
    expect(a).toMatch(FILE_HANDLE_PATTERN);
    expect(a).not.toBe(b);
    expect(a).not.toContain('纪要');
  });

  it('redeems a handle once, for its purpose', () => {
    const { handles } = registry();
    const h = handles.issue('/home/u/a.pdf', 'save');
    expect(handles.redeem(h, 'save')).toBe('/home/u/a.pdf');
    expect(code(() => handles.redeem(h, 'save'))).toBe('handleInvalid:unknown');
  });

  it('refuses an unknown handle', () => {
    const { handles } = registry();
    expect(code(() => handles.redeem(`fh_${'0'.repeat(32)}`, 'open'))).toBe('handleInvalid:unknown');
  });

  it('refuses a handle issued for another purpose, and it is used up by the attempt', () => {
    const { handles } = registry();
    const h = handles.issue('/home/u/backup.bdbackup', 'open');
    expect(code(() => handles.redeem(h, 'save'))).toBe('handleInvalid:purpose');
    expect(code(() => handles.redeem(h, 'open'))).toBe('handleInvalid:unknown');
    const folder = handles.issue('/home/u/out', 'folder');
    expect(code(() => handles.redeem(folder, 'open'))).toBe('handleInvalid:purpose');
  });

  it('expires after the time to live', () => {
    const { handles, advance } = registry();
    const fresh = handles.issue('/a', 'save');
    const stale = handles.issue('/b', 'save');
    advance(HANDLE_TTL_MS - 1);
    expect(handles.redeem(fresh, 'save')).toBe('/a');
    advance(1);
    expect(code(() => handles.redeem(stale, 'save'))).toBe('handleInvalid:expired');
  });

  it('keeps a bounded number: a renderer cannot grow main without end', () => {
    const { handles } = registry();
    const first = handles.issue('/first', 'save');
    for (let i = 0; i < 200; i++) handles.issue(`/f${i}`, 'save');
    expect(handles.size).toBeLessThanOrEqual(64);
    expect(code(() => handles.redeem(first, 'save'))).toBe('handleInvalid:unknown');
  });
});
