import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

/**
 * Three builds for the app. The renderer is the same React app that renderer/vite.config.ts
 * builds for browser mode (same root, same entry, same out/renderer); here electron-vite adds
 * base './' so it loads from app://bundle/.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Runtime dependencies stay in node_modules (electron-builder ships them); electron and
      // node: builtins are always external.
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
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
      // As in renderer/vite.config.ts, so both builds of out/renderer are the same files.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
