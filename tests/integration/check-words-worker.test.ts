import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeature, createWordsClient } from '../../electron/services/check';
import type { FeatureContext } from '../../electron/services/feature-context';
import { importText } from '../../shared/importer';

/**
 * The word layer loads in a worker thread (jieba-wasm + its dictionary: seconds), never on the
 * services' thread: check:run answers at once with the character rules and wordsPending while the
 * worker loads, keeps answering while it loads, and gives the word findings once it is ready.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-words-worker-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ctx = (): FeatureContext => ({ options: { dataDir: dir } }) as unknown as FeatureContext;

describe('check:run while the word worker loads', () => {
  it('answers with the punctuation rules and wordsPending at once, then with word findings', async () => {
    const words = createWordsClient();
    const feature = checkFeature(ctx(), words);
    try {
      // a doubled full stop (DUP-01) and a misspelled word (松驰 → 松弛, WRD-01)
      const { draft } = importText('会议要求各单位按时报送，不能松驰懈怠。。', { now: new Date('2026-03-05T08:00:00Z') });
      expect(words.state()).toBe('idle');
      const first = await feature.api['check:run']!({ doc: draft });
      expect(first.wordsPending).toBe(true);
      expect(first.diagnostics.map((d) => d.rule)).toContain('DUP-01');
      expect(first.diagnostics.filter((d) => d.rule.startsWith('WRD-'))).toEqual([]);

      // The services' thread is free while the worker loads: checks keep answering, pending.
      let answeredWhileLoading = 0;
      let ready = false;
      const loaded = words.ready().then((l) => ((ready = true), l));
      while (!ready) {
        const r = await feature.api['check:run']!({ doc: draft });
        if (ready) break;
        expect(r.wordsPending).toBe(true);
        answeredWhileLoading++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(answeredWhileLoading).toBeGreaterThan(0);
      const load = await loaded;
      expect(load).not.toBeNull();
      expect(words.state()).toBe('ready');

      const after = await feature.api['check:run']!({ doc: draft });
      expect(after.wordsPending).toBeUndefined();
      expect(after.diagnostics.map((d) => d.rule)).toContain('DUP-01');
      const wrd = after.diagnostics.filter((d) => d.rule.startsWith('WRD-'));
      expect(wrd.map((d) => [d.rule, d.fix?.replacement])).toEqual([['WRD-01', '松弛']]);
    } finally {
      await feature.dispose!();
    }
    expect(words.state()).toBe('off');
  }, 120_000);

  it('answers without the word layer, not pending, when the worker is gone', async () => {
    const words = createWordsClient();
    const feature = checkFeature(ctx(), words);
    await words.close();
    const { draft } = importText('会议要求各单位按时报送，不能松驰懈怠。。', { now: new Date('2026-03-05T08:00:00Z') });
    const r = await feature.api['check:run']!({ doc: draft });
    expect(r.wordsPending).toBeUndefined();
    expect(r.diagnostics.map((d) => d.rule)).toContain('DUP-01');
    expect(r.diagnostics.some((d) => d.rule.startsWith('WRD-'))).toBe(false);
  });
});
