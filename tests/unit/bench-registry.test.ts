import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// `npm run bench` (bench/run.ts) refuses to start while a file in bench/ is neither a benchmark in
// its table nor a listed helper, so a branch that adds a benchmark without registering it breaks
// every benchmark run, and nobody notices until the next one. Caught here instead, in npm test.
it('bench/run.ts names every .ts file in bench/', () => {
  const dir = path.resolve('bench');
  const table = readFileSync(path.join(dir, 'run.ts'), 'utf8');
  const unnamed = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => !table.includes(`'${f}'`));
  expect(unnamed).toEqual([]);
});
