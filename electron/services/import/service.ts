import type { Api } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { ImportInputError, MAX_IMPORT_CHARS, importText, type Conversion, type ImportResult } from '../../../shared/importer';
import type { Feature, FeatureContext } from '../feature-context';
import { importKeeping } from './keep';
import { readImportBytes } from './read-file';

/** The importer's refusals as AppErrors the UI and CLI can word. */
export function importError(e: unknown, path: string, size: number): never {
  if (e instanceof ImportInputError) {
    if (e.reason === 'tooLarge') throw new AppError('payloadTooLarge', `${size} characters is more than the import limit`, { size, max: MAX_IMPORT_CHARS, reason: 'tooLarge' });
    throw new AppError('validation', e.reason === 'empty' ? 'there is no text to import' : 'not text (binary content)', { path, reason: e.reason });
  }
  throw e;
}

export function runImport(text: string, format: 'text' | 'html', convert: Conversion | undefined, now: Date, path = ''): ImportResult {
  try {
    return importText(text, { format, convert: convert ?? 'none', now });
  } catch (e) {
    importError(e, path, text.length);
  }
}

/** import:parse: plain Node, the same in the app, the browser host and the CLI. */
export function importFeature(ctx: FeatureContext): Feature<Pick<Api, 'import:parse'>> {
  return {
    api: {
      async 'import:parse'(req) {
        let text: string;
        let format: 'text' | 'html';
        let encoding = '';
        if (req.file !== undefined) {
          const file = await readImportBytes(req.file.name, new Uint8Array(Buffer.from(req.file.base64, 'base64')));
          ({ text, format, encoding } = file);
        } else if (req.html !== undefined) [text, format] = [req.html, 'html'];
        else [text, format] = [req.text ?? '', 'text'];
        const r = importKeeping(text, req.keep ?? [], (t) => runImport(t, format, req.convert, ctx.clock(), req.file?.name ?? ''));
        return {
          draft: r.draft,
          source: r.source,
          removed: r.removed,
          warnings: r.warnings,
          detectedScript: r.recognized.detectedScript,
          dateText: r.recognized.dateText,
          encoding,
        };
      },
    },
  };
}
