import * as OpenCC from 'opencc-js';
import { traditionalToSimplified } from './to-simplified';

export type OpenCCLocale = 'cn' | 'tw' | 'hk' | 't' | 'twp';
export type Converter = (text: string) => string;

const converters = new Map<string, Converter>();

/**
 * Simplified/Traditional conversion (OpenCC), one converter per direction, built on first use and
 * kept: the dictionaries take ~300 ms to load. Shared by the importer, the layout and the checker.
 */
export function converter(from: Exclude<OpenCCLocale, 'twp'>, to: OpenCCLocale): Converter {
  const key = `${from}>${to}`;
  let fn = converters.get(key);
  if (!fn) {
    fn = from === 't' && to === 'cn' ? traditionalToSimplified() : OpenCC.Converter({ from, to });
    converters.set(key, fn);
  }
  return fn;
}
