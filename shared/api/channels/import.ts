/**
 * Channels of the import feature: channel name -> { request (strict zod), response }.
 * Spread into the contract in ../contract.ts. Empty until the feature lands.
 */
export const importChannels = {} as const;
