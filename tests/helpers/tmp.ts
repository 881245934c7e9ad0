import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A real temp directory, removed after the test. */
export async function tempDir(prefix = 'briefing-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A clock that advances one second per call, so updatedAt values are distinct and ordered. */
export function steppingClock(start = '2026-03-05T08:00:00Z'): () => Date {
  let t = new Date(start).getTime();
  return () => new Date((t += 1000));
}
