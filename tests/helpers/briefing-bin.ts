import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Runs the real `briefing` bin in a child process, as `npx briefing` does (English messages unless `env` says otherwise). */
export function runBriefing(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.resolve('bin/briefing.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_LANG: 'en', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
