import type { Api } from '../../../shared/api';
import type { Feature, FeatureContext } from '../feature-context';
import { SearchIndex } from './search-index';

/** How long after the data dir opens the background build starts: first paint's requests go first. */
const BUILD_DELAY_MS = 250;

/** docs:search over a SearchIndex kept in step with the store (see search-index.ts for the design and its measurements). */
export function searchFeature({ store }: FeatureContext): Feature<Pick<Api, 'docs:search'>> {
  const index = new SearchIndex({
    list: () => store.list(),
    file: (id) => store.paths.document(id),
    changeSignals: [store.paths.index, store.paths.journal],
  });
  // Not unref'd: dispose clears it, so a process that closes its services exits at once.
  const timer = setTimeout(() => void index.sync().catch(() => undefined), BUILD_DELAY_MS);
  return {
    api: {
      'docs:search': async ({ query, limit }) => {
        const started = performance.now();
        await index.sync();
        const result = index.search(query, limit ?? 50);
        return { ...result, tookMs: Math.round((performance.now() - started) * 100) / 100 };
      },
    },
    async dispose() {
      clearTimeout(timer);
      // a pass in flight reads document files: let it end before the store closes
      await index.idle();
    },
  };
}

export { SearchIndex } from './search-index';
