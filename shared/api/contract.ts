import type { z } from 'zod';
import { coreChannels } from './channels/core';
import { exportChannels } from './channels/export';
import { importChannels } from './channels/import';
import { checkChannels } from './channels/check';
import { editorChannels } from './channels/editor';
import { tasksChannels } from './channels/tasks';
import { policyChannels } from './channels/policy';
import { issueChannels } from './channels/issues';

// The core channels live in channels/core.ts (the store and `briefing list` import them alone);
// their names are exported from here as before.
export { MAX_PAYLOAD_CHARS } from './limits';
export { IndexEntry, Notice, RevisionInfo, RestoreReport, coreChannels } from './channels/core';

/** The whole contract: the core channels plus each feature's own file under channels/. */
export const contract = { ...coreChannels, ...editorChannels, ...exportChannels, ...importChannels, ...checkChannels, ...tasksChannels, ...policyChannels, ...issueChannels } as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Request<C extends Channel> = z.input<Contract[C]['request']>;
export type Response<C extends Channel> = z.output<Contract[C]['response']>;

/** The Api: one async function per channel. Services implement it; clients call it. */
export type Api = { [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<Response<C>> };

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
