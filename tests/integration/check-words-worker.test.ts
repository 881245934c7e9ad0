import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeature, createWordsClient } from '../../electron/services/check';
import { wordLayer } from '../../electron/services/check/segmenter';
import { warmUp } from '../../electron/services/check/words-warmup';
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

describe('TERM-01 through the word worker', () => {
  it('flags a listed variant read as a word, not one read across two words (书记/要)', async () => {
    const words = createWordsClient();
    const feature = checkFeature(ctx(), words);
    try {
      expect(await words.ready()).not.toBeNull();
      // Made up: 记要 (→ 纪要) is on the default terms list; in 党委书记要 it is 书记 + 要.
      const { draft } = importText('各乡镇党委书记要亲自抓，并于月底前报送会议记要。', { now: new Date('2026-03-05T08:00:00Z') });
      const r = await feature.api['check:run']!({ doc: draft });
      const term = r.diagnostics.filter((d) => d.rule === 'TERM-01');
      expect(term).toHaveLength(1);
      expect(term[0]!.fix?.replacement).toBe('纪要');
      // the one flagged is 会议记要's, not 书记要's
      const unit = draft.sections.flatMap((s) => s.paragraphs).find((p) => p.includes('会议记要'))!;
      expect(unit.slice(term[0]!.location.offset - 2, term[0]!.location.offset + 2)).toBe('会议记要');
    } finally {
      await feature.dispose!();
    }
  }, 120_000);
});

describe('the word worker warms up after ready, between requests', () => {
  it('reports its warm-up, and a check gives the same findings during and after it', async () => {
    const words = createWordsClient();
    try {
      expect(await words.ready()).not.toBeNull();
      const texts = ['会议要求各单位按时报送，不能松驰懈怠。', '各部门要认真的研究落实会议精神。'];
      const during = await words.layerFor(texts, 'hans');
      expect(await words.warmed()).toBeGreaterThan(0);
      // Warming changes nothing a person sees: the same texts give the same findings after it.
      const after = await words.layerFor(texts, 'hans');
      if (typeof during !== 'object' || typeof after !== 'object') throw new Error('word layer off');
      for (const t of texts) expect(after.check(t, 'hans')).toEqual(during.check(t, 'hans'));
      expect(during.check(texts[0]!, 'hans').map((f) => f.word)).toContain('松驰');
    } finally {
      await words.close();
    }
  }, 120_000);

  it('gives the event loop back after every paragraph, so a request waits for one paragraph at most', async () => {
    const layer = wordLayer();
    const order: string[] = [];
    let checked = 0;
    const counting = { check: (text: string, script: 'hans' | 'hant') => (checked++, layer.check(text, script)) };
    const paragraphs = await new Promise<number>((resolve) => {
      warmUp(counting, (n) => {
        order.push(`done ${n}`);
        resolve(n);
      });
      setImmediate(() => order.push(`other work after ${checked} paragraph(s)`));
    });
    // other work (queued like a request's message) ran after the first paragraph, not after all
    expect(order).toEqual(['other work after 1 paragraph(s)', `done ${paragraphs}`]);
    expect(paragraphs).toBe(checked);
    expect(paragraphs).toBeGreaterThan(50);
  }, 120_000);

  it('says warmed is null when the worker is closed before it warms', async () => {
    const words = createWordsClient();
    await words.close();
    expect(await words.warmed()).toBeNull();
  });
});
