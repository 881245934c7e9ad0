import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs tool (checked with @ts-check), run by `npm run lint`
import { findCycles, sourceFiles } from '../../tools/import-cycles.mjs';
import { tempDir } from '../helpers/tmp';

/**
 * The cycle check of `npm run lint` (tools/import-cycles.mjs, also a stage of `npm test`), applied
 * to planted modules in a temp folder; and to this tree, which must have none.
 */
let work: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  work = await tempDir('briefing-cycles-');
  const files: Record<string, string> = {
    // a value cycle, as export/service.ts and export/batch.ts had: a -> b -> a
    'cycle/a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
    'cycle/b.ts': "import { a } from './a';\nexport const b = (): number => (a.length ? 0 : 1);\n",
    // a longer one through an index file, as features.ts and a feature had: index -> x -> y -> index
    'long/index.ts': "import { x } from './x';\nexport const ROOT = 1;\nexport const all = [x];\n",
    'long/x.ts': "import { y } from './y';\nexport const x = (): number => y();\n",
    'long/y.ts': "import { ROOT } from '.';\nexport const y = (): number => ROOT;\n",
    // through a re-export and a side-effect import, in a .tsx module
    'reexport/a.tsx': "export { b } from './b';\nexport const A = 1;\n",
    'reexport/b.ts': "import './a';\nexport const b = 2;\n",
    // no cycle: a chain
    'chain/a.ts': "import { b } from './b';\nexport const a = (): number => b();\n",
    'chain/b.ts': 'export const b = (): number => 1;\n',
    // type-only imports and re-exports vanish at runtime, and import() loads late: all allowed
    'types/a.ts': "import { type B, make } from './b';\nexport interface A { b: B }\nexport const a = make;\n",
    'types/b.ts':
      "import type { A } from './a';\nimport { type A as A2 } from './a';\nexport type { A } from './a';\nexport interface B { a?: A; c?: A2 }\nexport const make = (): B => ({});\nexport const later = () => import('./a');\n",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work.dir, name)), { recursive: true });
    await writeFile(path.join(work.dir, name), text);
  }
});
afterAll(async () => {
  await work.cleanup();
});

async function cycles(folder: string): Promise<string[][]> {
  const found: string[][] = await findCycles(sourceFiles(path.join(work.dir, folder)));
  return found.map((c) => c.map((f) => path.relative(work.dir, f)));
}

describe('the import cycle check', () => {
  it('finds a planted two-module cycle', async () => {
    expect(await cycles('cycle')).toEqual([['cycle/a.ts', 'cycle/b.ts']]);
  });

  it('finds a longer cycle through an index file', async () => {
    expect(await cycles('long')).toEqual([['long/index.ts', 'long/x.ts', 'long/y.ts']]);
  });

  it('finds a cycle made by a re-export and a side-effect import', async () => {
    expect(await cycles('reexport')).toEqual([['reexport/a.tsx', 'reexport/b.ts']]);
  });

  it('passes a chain, and a cycle of type-only imports, re-exports and dynamic imports', async () => {
    expect(await cycles('chain')).toEqual([]);
    expect(await cycles('types')).toEqual([]);
  });

  it('finds none in this project', async () => {
    const roots = ['shared', 'electron', 'renderer', 'tests', 'bench', 'tools'].map((r) => path.resolve(r));
    expect(await findCycles(roots.flatMap((r) => sourceFiles(r)))).toEqual([]);
  });
});
