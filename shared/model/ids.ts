/**
 * Ids are random, URL- and file-name-safe, and sortable enough by time to keep directory listings
 * readable. Uses WebCrypto, which exists in Node 20, Electron and Chromium alike.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_PER_ID = 10;

/**
 * Random bytes drawn from WebCrypto a few hundred ids at a time: one call per id was 2 % of an
 * import (a draft asks an id for every section, item and paragraph; round 45). Each byte is still
 * used once, so the ids are as random as before.
 */
const pool = new Uint8Array(RANDOM_PER_ID * 256);
let used = pool.length;

export function newId(prefix = ''): string {
  const time = Date.now().toString(36).padStart(9, '0');
  if (used + RANDOM_PER_ID > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  let rand = '';
  for (let i = 0; i < RANDOM_PER_ID; i++) rand += ALPHABET[pool[used++]! % 36];
  return `${prefix}${time}${rand}`;
}
