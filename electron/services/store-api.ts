import type { Api } from '../../shared/api';
import type { DocumentStore } from './store/document-store';

// The channels answered by the document store alone, without templates, the policy's overlay or
// any feature: core-api.ts serves them to the app and browser mode, and the CLI's `list` and
// `show` serve them from a bare store (electron/cli/with-store.ts) without building the other
// services. One implementation for both, so the CLI lists and shows exactly what the app does.

export type StoreChannels = 'docs:list' | 'docs:get';

export function storeApi(store: DocumentStore): Pick<Api, StoreChannels> {
  return {
    'docs:list': async ({ trashed }) => ({ entries: store.list({ trashed }) }),
    'docs:get': async ({ id }) => store.get(id),
  };
}
