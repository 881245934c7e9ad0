import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/docx';
import { Briefing } from '../../shared/model';
import { tempDir } from '../helpers/tmp';

// The bundle tools/build-cli.mjs makes (vitest's global setup builds it) and the bin that runs it.
const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/cli/briefing.mjs');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-cli-bundle-')));
afterAll(async () => cleanup());

function run(bin: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, BRIEFING_LANG: 'en', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The entry and every chunk it imports statically, transitively: what any run evaluates. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.\/chunk-[\w-]+\.mjs)["']/g)) visit(path.join(path.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe('the bundled CLI', () => {
  it('is an ES module entry with chunks that loads the heavy packages only where they are used', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const dir = path.dirname(BUNDLE);
    const files = [
      BUNDLE,
      ...readdirSync(dir)
        .filter((f) => /^chunk-.*\.mjs$/.test(f))
        .map((f) => path.join(dir, f)),
    ];
    const code = files.map((f) => readFileSync(f, 'utf8'));
    // a static import of these would cost every command their load time (~0.7 s for playwright-core)
    for (const c of code) expect(c).not.toMatch(/from\s*["'](playwright-core|mammoth|opencc-js(\/t2cn)?|chinese-days)["']/);
    expect(code.join('\n')).toMatch(/import\(\s*["']playwright-core["']\s*\)/);
    // each command's module is import()ed when it runs; what the entry imports statically (all
    // that `help` evaluates: the argument parser, the command table) is a few KB, not the 1.6 MB of
    // services, zod schemas, docx and layout every command paid for before
    expect(code[0]).toMatch(/import\(\s*["']\.\/chunk-/);
    expect(staticClosure(BUNDLE).reduce((n, f) => n + readFileSync(f, 'utf8').length, 0)).toBeLessThan(30_000);
    // the dictionaries stay in node_modules, not in the bundle (all chunks together). What the
    // bundle does carry is the checker's own derived tables (lm-pairs, input-method words, the
    // Taiwan word list), each rebuilt by a tool in tools/: 2,133,586 characters after round 19
    // (2.07 M with check-25a's lm-pairs, +67 K of Taiwan words; about 2.38 M in round 26; 2.97 M in
    // round 27 with check-40b's homophone-context-data, 590 K characters; 3.14 M in round 28 with
    // check-44b's homophone-adjacency-data, 162 K; 3.38 M in round 29 with check-48a's
    // slip-context-data, 213 K; about 3.6 M in round 30 with check-52b's homophone-adjacency-wide-data,
    // 135 K, and check-52a's slip-rare-data, 74 K; about 3.78 M in round 31 with check-56b's
    // homophone-adjacency-rare-data, 176 K; 3.97 M in round 32 with check-60b's
    // homophone-adjacency-open-data, 141 K, and the four adjacency tables rebuilt on round 32's
    // TRAIN report text, +31 K; 3.98 M with check-60d's hant-forms-data, Taiwan's one spelling of
    // 3,462 words, 12 K; 3,998,924 on check-65a's branch with its ime-absent-slips, 4.8 K; 4,000,175 with round 33's
    // twelve branches merged, the last 1.3 K being rule code, so the line moved to 4.1 M; 4,104,901
    // after round 42, rule code accrued over rounds 34–42 with no dictionary in it, so 4.2 M;
    // 4,193,257 at round 46's split, 4,356,339 on check-114a's branch with its report-pairs-data
    // (report text's own collocations, 163 K) and 4,221,683 on check-114c's with its cedict-rare-data
    // (a hashed set of 11,940 words, 29 K); 4,393,195 with both merged, so 4.5 M; 4,477,697 at round
    // 50's split and 4,487,352 on check-130a's branch, report-pairs-data's twins taken from jieba 3+;
    // 4,496,973 at round 51's split, report-pairs-data growing with TRAIN text each round, so
    // tools/derive-report-pairs.ts now caps it at 200,000 characters: 4,487,372; 4,659,757 on
    // check-134a's branch with its homophone-adjacency-far-data, 163 K: the four adjacency tables' own
    // pairs beside neighbours their report-text filter could not name, +11 homophones on the odd TRAIN
    // half, +2 on the even, so 4.7 M).
    // opencc-js's tables (1.1–1.2 MB each) or jieba's dictionary slipping in would still cross it.
    expect(code.reduce((n, c) => n + c.length, 0)).toBeLessThan(4_700_000);
  });

  it('ships the word worker beside it: it loads jieba-wasm from node_modules and checks words', async () => {
    // The services (browser mode from the built CLI) start it by path from beside the bundle.
    const worker = new Worker(path.join(ROOT, 'dist/cli/check-words-worker.js'));
    try {
      const answers: { type: string; findings?: { word: string; replacement: string }[][] }[] = [];
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: (typeof answers)[number]) => {
          answers.push(m);
          if (m.type === 'ready') worker.postMessage({ id: 1, texts: ['各单位不能松驰懈怠。'], script: 'hans', variants: [] });
          else resolve();
        });
      });
      expect(answers.map((a) => a.type)).toEqual(['ready', 'result']);
      expect(answers[1]!.findings![0]!.map((f) => [f.word, f.replacement])).toEqual([['松驰', '松弛']]);
    } finally {
      await worker.terminate();
    }
  }, 120_000);

  it('answers exactly as the TypeScript source does', () => {
    const bin = path.join(ROOT, 'bin/briefing.mjs');
    const bundled = run(bin, ['help']);
    const source = run(bin, ['help'], { BRIEFING_CLI_SOURCE: '1' });
    expect(bundled.code).toBe(0);
    expect(bundled.out).toContain('usage: briefing');
    expect(bundled.out).toBe(source.out);
  });

  it('imports a .docx (mammoth loaded on demand) and converts script (OpenCC loaded on demand)', async () => {
    const doc = Briefing.parse(JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));
    const file = path.join(dir, 'seed.docx');
    writeFileSync(file, await buildDocx(doc));
    const r = run(path.join(ROOT, 'bin/briefing.mjs'), ['import', '--json', '--to-traditional', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.out) as { script: string; sections: unknown[] };
    expect(draft.script).toBe('hant');
    // the seed's 会议 comes back as 會議 in the text: the converter really ran inside the bundle
    const text = JSON.stringify(draft.sections);
    expect(text).toContain('會議');
    expect(text).not.toContain('会议');
  });

  it('falls back to tsx in a tree where the bundle was never built', () => {
    const tree = path.join(dir, 'never-built');
    mkdirSync(tree);
    cpSync(path.join(ROOT, 'bin'), path.join(tree, 'bin'), { recursive: true });
    for (const name of ['electron', 'shared', 'node_modules', 'package.json', 'tsconfig.json']) symlinkSync(path.join(ROOT, name), path.join(tree, name));
    expect(existsSync(path.join(tree, 'dist'))).toBe(false);
    const r = run(path.join(tree, 'bin/briefing.mjs'), ['help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: briefing');
  });
});
