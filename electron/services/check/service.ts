import type { Api } from '../../../shared/api';
import { checkDocument } from '../../../shared/check';
import type { Feature, FeatureContext } from '../feature-context';
import { createDismissedStore } from './dismissed-store';
import { loadTerms, saveTerms } from './terms-store';
import { loadAccepted, saveAccepted } from './accepted-store';
import { wordLayerIfReady } from './segmenter';

type CheckChannels = 'check:run' | 'check:dismissed:get' | 'check:dismissed:set' | 'check:terms:get' | 'check:terms:set' | 'check:accepted:get' | 'check:accepted:set';

/** Proofreading channels: the check itself, the terms list, the office's accepted words and per-document dismissals (files beside the library). */
export function checkFeature(ctx: FeatureContext): Feature<Pick<Api, CheckChannels>> {
  const dismissed = createDismissedStore(ctx.options.dataDir);
  return {
    api: {
      async 'check:run'(req) {
        const [terms, accepted] = await Promise.all([loadTerms(ctx.options.dataDir), loadAccepted(ctx.options.dataDir)]);
        // The word layer loads jieba and its dictionary after the first check (seconds, see
        // segmenter.ts); until then checks answer at once without it and say so.
        const words = wordLayerIfReady();
        const diagnostics = checkDocument(req.doc, { terms, accepted, disabled: req.disabled ?? [], ...(words ? { words } : {}) });
        return words ? { diagnostics } : { diagnostics, wordsPending: true };
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
