/**
 * Ids are random, URL- and file-name-safe, and sortable enough by time to keep directory listings
 * readable. Uses WebCrypto, which exists in Node 20, Electron and Chromium alike.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix = ''): string {
  const time = Date.now().toString(36).padStart(9, '0');
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 36];
  return `${prefix}${time}${rand}`;
}
