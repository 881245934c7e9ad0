import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

/**
 * The cycle rule of eslint.config.js (import-x/no-cycle, run by `npm run lint` inside `npm test`),
 * applied to planted modules in a temp folder with the project's own config.
 */
let work: { dir: string; cleanup: () => Promise<void> };
let eslint: ESLint;

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
    // no cycle: a chain
    'chain/a.ts': "import { b } from './b';\nexport const a = (): number => b();\n",
    'chain/b.ts': 'export const b = (): number => 1;\n',
    // type-only imports vanish at runtime, so a type reaching back is allowed
    'types/a.ts': "import { type B, make } from './b';\nexport interface A { b: B }\nexport const a = make;\n",
    'types/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\nexport const make = (): B => ({});\n",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work.dir, name)), { recursive: true });
    await writeFile(path.join(work.dir, name), text);
  }
  eslint = new ESLint({ cwd: work.dir, overrideConfigFile: path.resolve('eslint.config.js') });
}, 60_000);
afterAll(async () => {
  await work.cleanup();
});

async function cycles(folder: string): Promise<string[]> {
  const results = await eslint.lintFiles([`${folder}/*.ts`]);
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map(() => path.relative(work.dir, r.filePath))).sort();
}

describe('the import cycle rule', () => {
  it('fails on a planted two-module cycle, in both modules', async () => {
    expect(await cycles('cycle')).toEqual(['cycle/a.ts', 'cycle/b.ts']);
  }, 60_000);

  it('fails on a longer cycle through an index file', async () => {
    expect(await cycles('long')).toEqual(['long/index.ts', 'long/x.ts', 'long/y.ts']);
  }, 60_000);

  it('passes a chain, and a cycle of type-only imports', async () => {
    expect(await cycles('chain')).toEqual([]);
    expect(await cycles('types')).toEqual([]);
  }, 60_000);
});
