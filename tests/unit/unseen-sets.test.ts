import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoTextFolders } from '../../tools/collocation-mining';
import { unseenSets } from '../../tools/unseen-sets';

describe('held-out sets kept unseen', () => {
  it('the repository list names folders that exist, and the miner reads none of them', () => {
    const unseen = unseenSets();
    const mined = [...repoTextFolders().keys()];
    for (const d of unseen) {
      expect(existsSync(join(import.meta.dirname, '..', '..', 'bench', d)), d).toBe(true);
      expect(mined).not.toContain(`bench/${d}`);
    }
    // The miner still reads the other batches: the list hides sets, not the corpus.
    expect(mined.some((f) => /^bench\/heldout-\d+$/.test(f))).toBe(true);
  });

  it('refuses a list that is not one of folder names, and reads a missing file as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unseen-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ sets: ['heldout-9', 3] }));
    expect(() => unseenSets(join(dir, 'bad.json'))).toThrow(/list of folder names/);
    expect(unseenSets(join(dir, 'none.json')).size).toBe(0);
  });
});
