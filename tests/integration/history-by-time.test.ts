import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { openStore, type DocumentStore } from '../../electron/services/store/document-store';
import { tempDir } from '../helpers/tmp';

/** Going back to yesterday's version after a day of autosaves, through the store's own clock. */
const template = builtinTemplate('builtin-minutes-hans')!;
let work: { dir: string; cleanup: () => Promise<void> };
let store: DocumentStore | undefined;
let now = Date.parse('2026-03-02T10:00:00+08:00');
const clock = () => new Date(now);

beforeEach(async () => (work = await tempDir('briefing-history-')));
afterEach(async () => {
  await store?.close();
  await work.cleanup();
});

describe('history by time', () => {
  it("yesterday's version is still there after sixty autosaves today", async () => {
    store = await openStore({ dataDir: work.dir, clock });
    let doc = await store.create(documentFromTemplate(template, clock(), { title: '初稿' }));
    now += 8 * 3_600_000; // yesterday, 18:00: the version the user will want back
    doc = await store.save({ ...doc, title: '昨天下班前的版本' });
    const yesterday = doc.revision;
    now += 15 * 3_600_000; // today, 09:00
    for (let i = 0; i < 60; i++) {
      now += 5_000;
      doc = await store.save({ ...doc, title: `今天第${i}次自动保存` });
    }
    await store.close();
    store = await openStore({ dataDir: work.dir, clock });
    const { revisions } = await store.get(doc.id);
    expect(revisions.map((r) => r.revision)).toContain(yesterday);
    const back = await store.getRevision(doc.id, yesterday);
    expect(back.title).toBe('昨天下班前的版本');
    expect(revisions.length).toBeLessThan(15);
  });
});
