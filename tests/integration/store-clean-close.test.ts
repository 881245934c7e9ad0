import { readFile, stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { openStore } from '../../electron/services/store/document-store';
import { storePaths } from '../../electron/services/store/paths';
import { steppingClock, tempDir } from '../helpers/tmp';

// Closing the store folds the index journal into the snapshot only when there is something to
// fold: a session that only read (`briefing list`, run by scripts over and over) rewrites and
// fsyncs nothing, and a session that changed something still leaves one snapshot and an empty journal.

let dir: string;
let cleanup: () => Promise<void>;
const clock = steppingClock();
const template = builtinTemplate('builtin-minutes-hans')!;

beforeEach(async () => ({ dir, cleanup } = await tempDir('briefing-clean-close-')));
afterEach(async () => cleanup());

/** The snapshot's identity: a durable write renames a new file into place (a new inode). */
async function snapshotId(): Promise<string> {
  const s = await stat(storePaths(dir).index, { bigint: true });
  return `${s.ino}:${s.mtimeNs}`;
}

describe('closing the document store', () => {
  it('leaves the index files as they were after a session that only read', async () => {
    const first = await openStore({ dataDir: dir, clock });
    const a = await first.create(documentFromTemplate(template, clock(), { title: '甲' }));
    await first.create(documentFromTemplate(template, clock(), { title: '乙' }));
    await first.close();
    const before = await snapshotId();
    expect(await readFile(storePaths(dir).journal, 'utf8')).toBe('');

    const reader = await openStore({ dataDir: dir, clock });
    expect(reader.list().map((e) => e.title)).toEqual(['乙', '甲']);
    await reader.get(a.id);
    await reader.close();
    expect(await snapshotId()).toBe(before);

    // and the next session still sees both
    const again = await openStore({ dataDir: dir, clock });
    expect(again.list()).toHaveLength(2);
    await again.close();
  });

  it('folds the journal into the snapshot after a session that changed the library', async () => {
    const first = await openStore({ dataDir: dir, clock });
    const a = await first.create(documentFromTemplate(template, clock(), { title: '甲' }));
    await first.close();
    const before = await snapshotId();

    const writer = await openStore({ dataDir: dir, clock });
    await writer.save({ ...(await writer.get(a.id)).doc, title: '甲（修改）' });
    expect(await readFile(storePaths(dir).journal, 'utf8')).not.toBe('');
    await writer.close();
    expect(await readFile(storePaths(dir).journal, 'utf8')).toBe('');
    expect(await snapshotId()).not.toBe(before);
    const snapshot = JSON.parse(await readFile(storePaths(dir).index, 'utf8')) as { entries: { title: string }[] };
    expect(snapshot.entries.map((e) => e.title)).toEqual(['甲（修改）']);
  });
});
