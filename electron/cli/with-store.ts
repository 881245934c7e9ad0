import { coreChannels } from '../../shared/api/channels/core';
import { dispatchOn, unwrap, type Handlers } from '../../shared/api/dispatch-on';
import type { Request, Response } from '../../shared/api';
import { seedPolicyDefaults } from '../services/policy/apply';
import { storeApi, type StoreChannels } from '../services/store-api';
import { openStore } from '../services/store/document-store';
import type { ParsedArgs, CommandIO } from './args';
import { policyAndDataDir } from './policy';

/** The store's own channels as a command calls them: requests before dispatchOn parses them. */
export type StoreClient = { [C in StoreChannels]: (request: Request<C>) => Promise<Response<C>> };

/** The contract's schemas for the store's channels, and only those (channels/core.ts builds no feature's). */
const TABLE = Object.fromEntries((['docs:list', 'docs:get'] as const satisfies readonly StoreChannels[]).map((c) => [c, coreChannels[c]]));

/**
 * For commands that read the library through the store alone (`list`, `show`): opens the data
 * dir the way withServices (commands/core.ts) does (the policy and its data dir, the lock, the
 * store's recovery, the policy's seeded settings) and always closes it, but builds no other
 * service: no templates, features, printer or the whole contract's schemas, most of what `list`
 * cost before. Calls still go through dispatchOn with the contract's own request schemas.
 */
export async function withStore<T>(args: ParsedArgs, io: CommandIO, work: (api: StoreClient) => Promise<T>): Promise<T> {
  const { policy, dataDir } = await policyAndDataDir(args, io);
  const store = await openStore({ dataDir, clock: () => new Date(), takeOver: args.flags['take-over'] === true });
  try {
    // as createServices does on every open: settings the policy sets (unlocked) seeded once
    await seedPolicyDefaults(store, policy.policy);
    const handlers = storeApi(store) as unknown as Handlers;
    const api = {} as Record<string, (req: unknown) => Promise<unknown>>;
    for (const channel of Object.keys(TABLE)) api[channel] = async (req) => unwrap(await dispatchOn(TABLE, handlers, channel, req));
    return await work(api as unknown as StoreClient);
  } finally {
    await store.close();
  }
}
