// Stands in for 'opencc-js/t2cn' in the CLI bundle (tools/build-cli.mjs), as opencc-lazy.mjs does
// for 'opencc-js': shared/script/to-simplified.ts calls Converter() synchronously on first use, so
// the package's CommonJS t2cn build is required then, from node_modules beside the bundle.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let t2cn;

export function Converter(options) {
  t2cn ??= load('opencc-js/t2cn');
  return t2cn.Converter(options);
}
