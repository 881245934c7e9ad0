#!/usr/bin/env node
// Builds the `briefing` command into ES modules (dist/cli/briefing.mjs, the entry, and its chunks)
// that bin/briefing.mjs runs. Without it every run transpiled the TypeScript through tsx (0.8 s for `help`).
// Run by `npm install` (prepare), `npm run build`, `npm run build:cli` and the tests (vitest's
// global setup), so the bundle never lags the source in those paths.
//
// Our own code (shared/, electron/services, electron/cli) is bundled: whatever electron/cli/main.ts
// imports, including commands other features add. npm packages stay external and are loaded from
// node_modules as they are: several load files or workers relative to themselves (playwright-core,
// opencc-js dictionaries), and bundling them would only move their parse cost into our file.
//
// `--if-possible` (the install hook): a missing esbuild (production install) or a failed build
// prints one line and exits 0, so an install never fails because of it; bin/briefing.mjs then
// falls back to tsx.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const CLI_BUNDLE = path.join(root, 'dist/cli/briefing.mjs');
/** Which of our modules and packages each file of the bundle holds (tests/integration/cli-list-loads.test.ts). */
export const CLI_MODULES = path.join(root, 'dist/cli/modules.json');
const lenient = process.argv.includes('--if-possible');
const WORDS_WORKER = 'check-words-worker.js';

/**
 * zod's z.locales (tools/cli-shims/zod-locales-en.mjs says why) replaced by English alone: the
 * imports are relative inside zod (classic/external.js, core/index.js), which `alias` cannot reach.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: path.join(root, 'tools/cli-shims/zod-locales-en.mjs') } : undefined,
    );
  },
};

/**
 * opencc-js and its Traditional-to-Simplified build (opencc-js/t2cn, shared/script/to-simplified.ts)
 * become shims that load the package on first use (see the shims). A plugin, not `alias`: an
 * alias of 'opencc-js' would also rewrite 'opencc-js/t2cn' to a path inside the shim file.
 */
const openccLazy = {
  name: 'opencc-lazy',
  setup(b) {
    b.onResolve({ filter: /^opencc-js$/ }, () => ({ path: path.join(root, 'tools/cli-shims/opencc-lazy.mjs') }));
    b.onResolve({ filter: /^opencc-js\/t2cn$/ }, () => ({ path: path.join(root, 'tools/cli-shims/opencc-t2cn-lazy.mjs') }));
  },
};

/** What both bundles (the CLI, the word worker) are built with. */
const SAME = {
  plugins: [zodEnglishOnly, openccLazy],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: {
    // chinese-days too: it builds its tables when evaluated, needed only by the task register
    'chinese-days': path.join(root, 'tools/cli-shims/chinese-days-lazy.mjs'),
  },
  legalComments: 'none',
  // The word layer's tables are Chinese text (lexicon, mined neighbours, language-model pairs):
  // esbuild's default ASCII output writes each character as a six-character \uXXXX escape, which
  // doubled the bytes Node reads and parses for a check; Node reads the files as UTF-8.
  charset: 'utf8',
  // a third of the bytes to read and compile on every start; the map keeps stack traces readable
  minify: true,
  logLevel: 'warning',
};

// CommonJS packages inside an ES module bundle still call require() for Node built-ins
const banner = (from) =>
  [`// Built by tools/build-cli.mjs from ${from}. Do not edit.`, "import { createRequire as __briefingRequire } from 'node:module';", 'const require = __briefingRequire(import.meta.url);'].join('\n');

/** The chunks esbuild splits the CLI into, beside the entry (named by content hash). */
const isChunk = (name) => /^chunk-[\w-]+\.mjs(\.map)?$/.test(name);

export async function buildCli() {
  const { build } = await import('esbuild');
  // Built in a folder of its own and moved into place: the chunks first (their names are content
  // hashes, so new ones never replace a file an older entry uses), the entry last. A CLI started
  // during the build runs the old entry or the new one, each with its own chunks.
  const dir = path.dirname(CLI_BUNDLE);
  const temp = path.join(dir, `.build-${process.pid}`);
  const name = path.basename(CLI_BUNDLE);
  try {
    const cli = await build({
      entryPoints: [path.join(root, 'electron/cli/main.ts')],
      outdir: temp,
      entryNames: name.replace(/\.mjs$/, ''),
      outExtension: { '.js': '.mjs' },
      // Each command is import()ed by the command table (electron/cli/commands/index.ts), so with
      // splitting a run evaluates the entry (argument parser, table, usage lines) and the chunks of
      // the one command it runs: `help` no longer parses zod, docx, layout and the importer (most
      // of its 0.5 s). Chunks sit beside the entry: words-client.ts finds the word worker beside
      // the module it is in.
      splitting: true,
      chunkNames: 'chunk-[hash]',
      ...SAME,
      // loaded where they are used, with import(): playwright-core by the PDF printer at its first
      // print, mammoth by the first .docx import, exceljs (2.3 MB) by the first register XLSX,
      // pdf-lib (0.5 MB) by the first set of numbered copies; left out, they cost nothing at
      // start-up and keep the bundle under its budget
      external: ['playwright-core', 'mammoth', 'exceljs', 'pdf-lib'],
      // a separate map: an inline one doubles what Node reads on every start
      sourcemap: true,
      banner: { js: banner('electron/cli/main.ts') },
      // paths in it relative to the project (the map of modules.json below)
      absWorkingDir: root,
      metafile: true,
    });
    // The services' word worker (electron/services/check/words-worker.ts), started by path from
    // beside the bundle (words-client.ts looks for check-words-worker.js beside itself): one more
    // file, with OpenCC through the same lazy shim.
    await build({
      entryPoints: [path.join(root, 'electron/services/check/words-worker.ts')],
      outfile: path.join(temp, WORDS_WORKER),
      ...SAME,
      banner: { js: banner('electron/services/check/words-worker.ts') },
    });
    const built = readdirSync(temp);
    for (const file of built.filter(isChunk)) renameSync(path.join(temp, file), path.join(dir, file));
    renameSync(path.join(temp, WORDS_WORKER), path.join(dir, WORDS_WORKER));
    renameSync(path.join(temp, `${name}.map`), `${CLI_BUNDLE}.map`);
    renameSync(path.join(temp, name), CLI_BUNDLE);
    // file name -> the source modules in it: a test names the modules a command loaded by the
    // chunks it loaded (chunk names are content hashes, their code minified)
    const modules = Object.fromEntries(
      Object.entries(cli.metafile.outputs)
        .filter(([file]) => file.endsWith('.mjs'))
        .map(([file, out]) => [path.basename(file), Object.keys(out.inputs)]),
    );
    writeFileSync(CLI_MODULES, `${JSON.stringify(modules, null, 1)}\n`);
    // chunks of earlier builds go (a CLI still running an older entry loads its chunks at start)
    for (const file of readdirSync(dir).filter((f) => isChunk(f) && !built.includes(f))) rmSync(path.join(dir, file), { force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (e) {
    if (!lenient) throw e;
    console.warn(`briefing: CLI bundle not built (${e instanceof Error ? e.message.split('\n')[0] : e}); bin/briefing.mjs will use tsx`);
  }
}
