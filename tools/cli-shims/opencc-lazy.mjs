// Stands in for 'opencc-js' in the CLI bundle (tools/build-cli.mjs). The real package is 1.2 MB of
// dictionaries that every command would compile at start-up (~60 ms) though only conversion uses
// it. shared/script/converter.ts calls Converter() synchronously on first use, so the package's
// CommonJS build is required then, from node_modules beside the bundle. (Through createRequire,
// not `require`: esbuild would resolve a plain require('opencc-js') back to this file.)
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let openCC;

export function Converter(options) {
  openCC ??= load('opencc-js');
  return openCC.Converter(options);
}

// shared/script/word-forms.ts reads the dictionaries (Locale) and builds a word-wise converter
// (ConverterFactory) for the proofreader's LNG-02; both load the package on first use too.
export const Locale = new Proxy(
  {},
  {
    get(_, key) {
      openCC ??= load('opencc-js');
      return openCC.Locale[key];
    },
  },
);

export function ConverterFactory(...args) {
  openCC ??= load('opencc-js');
  return openCC.ConverterFactory(...args);
}
