import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Who a pid is, beyond its number: pids are reused, so a lock names its holder by pid plus the
 * process's start time, and by the kernel's boot id (a lock from before a reboot is stale).
 * Read straight from the OS (not through the disk seam): these are kernel facts, not our files.
 * Empty string where the OS gives no answer: the caller then falls back to the pid alone.
 */
export function processStartTime(pid: number): string {
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 2 (comm) may hold spaces and parentheses: count fields after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return rest[19] ?? ''; // field 22, starttime in clock ticks since boot
    } catch {
      return '';
    }
  }
  if (process.platform === 'darwin' || process.platform === 'freebsd' || process.platform === 'openbsd') {
    try {
      return execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2_000 }).trim();
    } catch {
      return '';
    }
  }
  return ''; // Windows: no cheap, dependable source without native code; pid liveness decides
}

let bootId: string | undefined;

export function currentBootId(): string {
  if (bootId !== undefined) return bootId;
  bootId = '';
  if (process.platform === 'linux') {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      /* no boot id */
    }
  } else if (process.platform === 'darwin') {
    try {
      // kern.boottime changes with every boot: a boot identity as good as Linux's boot_id.
      bootId = execFileSync('sysctl', ['-n', 'kern.boottime'], { encoding: 'utf8', timeout: 2_000 }).trim();
    } catch {
      /* no boot id */
    }
  }
  return bootId;
}
