import type { Api } from '../../../shared/api';
import { checkDocument, documentUnits, termVariants } from '../../../shared/check';
import type { Feature, FeatureContext } from '../feature-context';
import { createDismissedStore } from './dismissed-store';
import { loadTerms, saveTerms } from './terms-store';
import { loadAccepted, saveAccepted } from './accepted-store';
import { createWordsClient, type WordsClient } from './words-client';

type CheckChannels = 'check:run' | 'check:dismissed:get' | 'check:dismissed:set' | 'check:terms:get' | 'check:terms:set' | 'check:accepted:get' | 'check:accepted:set';

/**
 * Proofreading channels: the check itself, the terms list, the office's accepted words and
 * per-document dismissals (files beside the library). `words` is the word worker's client (a
 * test hands in its own to wait for it); by default one is made, and it starts on the first check.
 */
export function checkFeature(ctx: FeatureContext, words: WordsClient = createWordsClient()): Feature<Pick<Api, CheckChannels>> {
  const dismissed = createDismissedStore(ctx.options.dataDir);
  return {
    dispose: () => words.close(),
    api: {
      async 'check:run'(req) {
        const [terms, accepted] = await Promise.all([loadTerms(ctx.options.dataDir), loadAccepted(ctx.options.dataDir)]);
        // The word layer loads in its worker thread (seconds) from the first check on; until it is
        // ready, checks answer at once with the character rules and say so (wordsPending).
        const layer = await words.layerFor(
          documentUnits(req.doc).map((u) => u.text),
          req.doc.script,
          termVariants(terms, req.doc.script),
        );
        const options = { terms, accepted, disabled: req.disabled ?? [] };
        if (layer === 'pending') return { diagnostics: checkDocument(req.doc, options), wordsPending: true };
        return { diagnostics: checkDocument(req.doc, layer === 'off' ? options : { ...options, words: layer }) };
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
      async 'check:accepted:get'() {
        return { words: await loadAccepted(ctx.options.dataDir) };
      },
      async 'check:accepted:set'(req) {
        return { words: await saveAccepted(ctx.options.dataDir, req.words) };
      },
    },
  };
}
