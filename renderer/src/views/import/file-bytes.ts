/** Base64 of bytes in chunks: String.fromCharCode over a whole file overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The base64 limit of import:parse (MAX_FILE_BASE64) in bytes of the file. */
export const MAX_PICKED_BYTES = Math.floor((7_800_000 / 4) * 3);
