/**
 * Channels of the check feature: channel name -> { request (strict zod), response }.
 * Spread into the contract in ../contract.ts. Empty until the feature lands.
 */
export const checkChannels = {} as const;
