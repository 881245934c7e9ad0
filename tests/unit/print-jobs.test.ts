import { describe, expect, it } from 'vitest';
import { PRINT_JOB_ID, PrintJobRegistry } from '../../electron/services/export/print-jobs';
import { printJobIdOfPath } from '../../electron/host/static-policy';
import { appPrintUrl } from '../../electron/main/print-jobs';
import { printJobId } from '../../electron/main/policy';

describe("print-job registry (shared by app://print and the host's /print/)", () => {
  it('issues random ids the protocol and the host both recognise', () => {
    const jobs = new PrintJobRegistry();
    const a = jobs.add('<p>一</p>');
    const b = jobs.add('<p>二</p>');
    expect(a).not.toBe(b);
    expect(a).toMatch(PRINT_JOB_ID);
    expect(printJobId(appPrintUrl(a))).toBe(a);
    expect(printJobIdOfPath(`/print/${a}.html`)).toBe(a);
    for (const p of ['/print/../index.html', '/print/x.html', `/print/${a}.htm`, `/print/${a}.html/x`, `/prints/${a}.html`, `/print/${a.toUpperCase()}.html`]) {
      expect(printJobIdOfPath(p), p).toBeNull();
    }
  });

  it('keeps at most `capacity` preview pages, dropping the least recently used; pinned jobs stay until removed', () => {
    const jobs = new PrintJobRegistry(3);
    const pinned = jobs.add('<p>print window</p>', { pinned: true });
    const ids = [1, 2, 3].map((n) => jobs.add(`<p>${n}</p>`));
    expect(jobs.get(ids[0]!)).toBe('<p>1</p>'); // read: now the most recent
    const fourth = jobs.add('<p>4</p>');
    expect(jobs.get(ids[1]!)).toBeUndefined(); // the least recently used went
    expect(jobs.get(ids[0]!)).toBe('<p>1</p>');
    expect(jobs.get(fourth)).toBe('<p>4</p>');
    for (let i = 0; i < 10; i++) jobs.add('<p>more</p>');
    expect(jobs.get(pinned)).toBe('<p>print window</p>');
    expect(jobs.size).toBe(4);
    jobs.remove(pinned);
    expect(jobs.get(pinned)).toBeUndefined();
  });
});
