/**
 * Channels of the editor feature: channel name -> { request (strict zod), response }.
 * Spread into the contract in ../contract.ts. Empty until the feature lands.
 */
export const editorChannels = {} as const;
