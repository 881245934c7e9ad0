import type { Api } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { checkDocument } from '../../../shared/check';
import { ImportInputError, MAX_IMPORT_CHARS, importText, type Conversion, type ImportResult } from '../../../shared/importer';
import type { FeatureContext } from '../features';
import { createDismissedStore } from './dismissed-store';
import { importKeeping } from './keep';
import { readImportBytes } from './read-file';
import { loadTerms, saveTerms } from './terms-store';

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

/** Import and check channels: plain Node, the same in the app, the browser host and the CLI. */
export function importFeature(ctx: FeatureContext): Partial<Api> {
  const dismissed = createDismissedStore(ctx.options.dataDir);
  return {
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
    async 'check:run'(req) {
      const terms = await loadTerms(ctx.options.dataDir);
      return { diagnostics: checkDocument(req.doc, { terms, disabled: req.disabled ?? [] }) };
    },
    async 'check:dismissed:get'(req) {
      return { keys: await dismissed.get(req.docId) };
    },
    async 'check:dismissed:set'(req) {
      return { keys: await dismissed.set(req.docId, req.keys) };
    },
    async 'check:terms:get'() {
      return { terms: await loadTerms(ctx.options.dataDir) };
    },
    async 'check:terms:set'(req) {
      return { terms: await saveTerms(ctx.options.dataDir, req.terms) };
    },
  };
}
