/** The largest payload any channel accepts, in characters of JSON. Checked before parsing. */
export const MAX_PAYLOAD_CHARS = 8 * 1024 * 1024;
