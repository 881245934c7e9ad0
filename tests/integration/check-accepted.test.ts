import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeature, createWordsClient, loadAccepted } from '../../electron/services/check';
import type { FeatureContext } from '../../electron/services/feature-context';
import { contract } from '../../shared/api';
import { importText } from '../../shared/importer';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-accepted-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ctx = (): FeatureContext => ({ options: { dataDir: dir } }) as unknown as FeatureContext;

describe("check:run with the word layer and the office's accepted words", () => {
  it('flags a wrong word, and an accepted word no more; the list persists in accepted-words.json', async () => {
    const words = createWordsClient();
    const feature = checkFeature(ctx(), words);
    const api = feature.api;
    // waited for: check:run answers without the word layer while its worker loads (wordsPending)
    expect(await words.ready()).not.toBeNull();
    const { draft } = importText('会议要求，各单位不能松驰懈怠，要加快培育新质生产力。', { now: new Date('2026-03-05T08:00:00Z') });
    const rules = async () => (await api['check:run']!({ doc: draft })).diagnostics.filter((d) => d.rule.startsWith('WRD-'));
    expect((await rules()).map((d) => d.fix?.replacement)).toEqual(['松弛']);
    expect((await api['check:accepted:get']!({})).words).toEqual([]);
    expect((await api['check:accepted:set']!({ words: ['松驰', '松驰', ' 新质 '] })).words).toEqual(['松驰', '新质']);
    expect(JSON.parse(await readFile(join(dir, 'accepted-words.json'), 'utf8'))).toEqual({ version: 1, words: ['松驰', '新质'] });
    expect(await rules()).toEqual([]);
    // A damaged file counts as empty: the findings come back, nothing else breaks.
    await writeFile(join(dir, 'accepted-words.json'), '{ broken');
    expect(await loadAccepted(dir)).toEqual([]);
    expect(await rules()).toHaveLength(1);
    await feature.dispose!();
  });

  it('the contract refuses an over-long accepted word', () => {
    expect(contract['check:accepted:set'].request.safeParse({ words: ['字'.repeat(21)] }).success).toBe(false);
    expect(contract['check:accepted:set'].request.safeParse({ words: ['新质'] }).success).toBe(true);
  });
});
