import type { FeatureFactory } from '../features';
import { SearchIndex } from './search-index';

/** How long after the data dir opens the background build starts: first paint's requests go first. */
const BUILD_DELAY_MS = 250;

/** docs:search over a SearchIndex kept in step with the store (see search-index.ts for the design and its measurements). */
export const searchFeature: FeatureFactory = ({ store }) => {
  const index = new SearchIndex({
    list: () => store.list(),
    file: (id) => store.paths.document(id),
    changeSignals: [store.paths.index, store.paths.journal],
  });
  const timer = setTimeout(() => void index.sync().catch(() => undefined), BUILD_DELAY_MS);
  timer.unref?.();
  return {
    'docs:search': async ({ query, limit }) => {
      const started = performance.now();
      await index.sync();
      const result = index.search(query, limit ?? 50);
      return { ...result, tookMs: Math.round((performance.now() - started) * 100) / 100 };
    },
  };
};

export { SearchIndex } from './search-index';
