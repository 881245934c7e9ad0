import type { Api } from '../../../shared/api';
import { checkDocument } from '../../../shared/check';
import type { Feature, FeatureContext } from '../feature-context';
import { createDismissedStore } from './dismissed-store';
import { loadTerms, saveTerms } from './terms-store';

type CheckChannels = 'check:run' | 'check:dismissed:get' | 'check:dismissed:set' | 'check:terms:get' | 'check:terms:set';

/** Proofreading channels: the check itself, the terms list and per-document dismissals (files beside the library). */
export function checkFeature(ctx: FeatureContext): Feature<Pick<Api, CheckChannels>> {
  const dismissed = createDismissedStore(ctx.options.dataDir);
  return {
    api: {
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
    },
  };
}
