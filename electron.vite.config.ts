import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

/**
 * jieba-wasm (the proofreader's word layer and the importer's name finder) is loaded at run time
 * with require(), because its Node build reads its .wasm file beside itself; a bundler cannot
 * inline that. With no node_modules in the package, main would fail to find it the first time a
 * document is checked. Its Node build (package.json + pkg/nodejs, 4 MB) is copied to
 * out/main/node_modules/jieba-wasm, where require() from out/main/index.js (and the word worker,
 * and chunks in out/main/chunks) resolves it.
 */
const vendorJieba = {
  name: 'vendor-jieba-wasm',
  writeBundle(): void {
    const from = resolve(root, 'node_modules/jieba-wasm');
    const to = resolve(root, 'out/main/node_modules/jieba-wasm');
    mkdirSync(resolve(to, 'pkg'), { recursive: true });
    cpSync(resolve(from, 'package.json'), resolve(to, 'package.json'));
    cpSync(resolve(from, 'pkg/nodejs'), resolve(to, 'pkg/nodejs'), { recursive: true });
  },
};

/**
 * HarfBuzz's subsetter (harfbuzzjs, electron/services/fonts/hb-subset.ts) is a .wasm file read at
 * run time, like jieba's: copied beside main (out/main/harfbuzz-subset.wasm), where hb-subset.ts
 * looks first, so the package needs no node_modules for it.
 */
const vendorHbSubset = {
  name: 'vendor-harfbuzz-subset',
  writeBundle(): void {
    cpSync(resolve(root, 'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'), resolve(root, 'out/main/harfbuzz-subset.wasm'));
  },
};

/**
 * Notices of third-party data the app ships (docs/THIRD-PARTY.md): the open-gram licence (CC BY-SA
 * 3.0) of the homophone table shared/check/words/lm-pairs-data.ts and the LGPL-2.1+ of the Taiwan
 * word list taiwan-words.ts, and CC-CEDICT's licence (CC BY-SA 4.0) of noun-tagged-verbs.ts, copied beside main
 * (out/main/licenses/), so the asar carries the attribution with the table.
 */
const dataNotices = {
  name: 'third-party-data-notices',
  writeBundle(): void {
    mkdirSync(resolve(root, 'out/main/licenses'), { recursive: true });
    cpSync(resolve(root, 'shared/check/words/lm-pairs-data.NOTICE.txt'), resolve(root, 'out/main/licenses/lm-pairs-data.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/taiwan-words.NOTICE.txt'), resolve(root, 'out/main/licenses/taiwan-words.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/homophone-context-data.NOTICE.txt'), resolve(root, 'out/main/licenses/homophone-context-data.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/de-di-right-data.NOTICE.txt'), resolve(root, 'out/main/licenses/de-di-right-data.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/homophone-adjacency-data.NOTICE.txt'), resolve(root, 'out/main/licenses/homophone-adjacency-data.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/slip-context-data.NOTICE.txt'), resolve(root, 'out/main/licenses/slip-context-data.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/noun-tagged-verbs.NOTICE.txt'), resolve(root, 'out/main/licenses/noun-tagged-verbs.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/cedict-idioms.NOTICE.txt'), resolve(root, 'out/main/licenses/cedict-idioms.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/cedict-variants.NOTICE.txt'), resolve(root, 'out/main/licenses/cedict-variants.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/cedict-rare-data.NOTICE.txt'), resolve(root, 'out/main/licenses/cedict-rare-data.NOTICE.txt'));
    cpSync(resolve(root, 'shared/check/words/field-terms-data.NOTICE.txt'), resolve(root, 'out/main/licenses/field-terms-data.NOTICE.txt'));
  },
};

/**
 * Three builds for the app. The renderer is the same React app that renderer/vite.config.ts
 * builds for browser mode (same root, same entry, same out/renderer); here electron-vite adds
 * base './' so it loads from app://bundle/.
 */
export default defineConfig({
  main: {
    plugins: [vendorJieba, vendorHbSubset, dataNotices],
    // Minified with names kept: exceljs tells a merged cell by its class name (MergeValue) and zod
    // reports class names, so identifiers of functions and classes must survive minification.
    esbuild: { keepNames: true },
    build: {
      // Minified (whitespace, syntax, local names): 2.8 MB smaller than the readable build, room
      // the asar budget (tests/integration/electron-package.test.ts) needs for the word layer.
      minify: 'esbuild',
      outDir: resolve(root, 'out/main'),
      // Main's runtime dependencies (zod, lowdb, docx, mammoth, i18next …) are bundled into out/main,
      // so the installers ship no node_modules at all (electron-builder.yml excludes them): the
      // package.json dependencies also serve the CLI and browser mode (tsx, playwright-core,
      // react), which the app never loads. playwright-core stays external: main always passes
      // Electron's own printer, so the Chromium printer's dynamic import never runs in the app.
      // tests/integration/electron-package.test.ts loads the packed main with no node_modules.
      externalizeDeps: false,
      rollupOptions: {
        // The proofreader's word worker (jieba-wasm and the word layer on a worker_threads thread,
        // so their seconds of start-up never block IPC) is started by path: an entry of its own,
        // out/main/check-words-worker.js beside index.js, where words-client.ts looks for it. As a
        // second entry of this build it shares main's chunks (OpenCC's 2.2 MB of dictionaries)
        // instead of carrying a copy.
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'check-words-worker': resolve(root, 'electron/services/check/words-worker.ts'),
        },
        external: ['electron', 'playwright-core', /^node:/],
      },
    },
  },
  preload: {
    esbuild: { keepNames: true },
    build: {
      minify: 'esbuild',
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only 'electron' and a few builtins: zod and the contract
      // must be bundled into the one file, and that file must be CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // As in renderer/vite.config.ts, so both builds of out/renderer are the same files: Vite
      // minifies by default, electron-vite does not (2.0 MB readable, 0.8 MB minified).
      assetsInlineLimit: 0,
      minify: 'esbuild',
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
