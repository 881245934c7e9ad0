import * as OpenCC from 'opencc-js/t2cn';
import type { Converter } from './converter';

let toSimplified: Converter | undefined;

/**
 * Traditional -> Simplified (OpenCC's t2s), from opencc-js's t2cn build: the Traditional-to-
 * Simplified dictionaries alone (0.1 MB), not the full package (1.2 MB, most of it the
 * Simplified-to-Traditional phrases). The renderer's search folding needs only this direction, so
 * its bundle carries only these tables; converter('t', 'cn') answers with the same converter.
 * Main (and the CLI, once both load) holds these 0.1 MB beside the full package's own copy: the
 * price of keeping 1.2 MB out of the renderer, since the full build cannot be split by direction.
 */
export function traditionalToSimplified(): Converter {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified;
}
