/**
 * The held-out sets kept unseen (bench/unseen.json). Tools that read the repository's report text
 * in bulk — the collocation miner, the checker's precision benches — skip them, so a set measured as
 * "unseen" was never mined into shipped data or read for false findings. Round 17 found two such
 * readers globbing every bench/heldout* folder, TEST sets included.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, '..', 'bench', 'unseen.json');

/** Folder names under bench/ (heldout-21, check-heldout-19) that must not be read in bulk. */
export function unseenSets(file = FILE): ReadonlySet<string> {
  if (!existsSync(file)) return new Set();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sets?: unknown };
  if (!Array.isArray(data.sets) || !data.sets.every((s) => typeof s === 'string')) throw new Error(`${file}: "sets" must be a list of folder names`);
  // UNSEEN_EXTRA (comma-separated folders): left out as well, so a derive tool can rebuild a table on
  // the report text an earlier build read (a change of the tool measured apart from the text's growth).
  const extra = (process.env.UNSEEN_EXTRA ?? '').split(',').filter(Boolean);
  return new Set([...(data.sets as string[]), ...extra]);
}
