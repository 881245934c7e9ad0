import { SETTLE_SCRIPT } from './page/generated';

export { PAGES_ATTRIBUTE, READY_ATTRIBUTE, READY_VALUE, SETTLE_MEASURE } from './page/names';

/**
 * The settle script, inlined into the print HTML: its logic is TypeScript in
 * shared/layout/page/settle-page.ts (what it does and why it measures through a window), built
 * into one string by tools/build-page-scripts.mjs.
 *
 * The source is the same string on every call and in every bundle, so a CSP can allow it by hash
 * (script-src 'sha256-<base64 of sha256(settleScript())>'); where inline scripts are blocked (the
 * Electron print window), run it with webContents.executeJavaScript(settleScript()) after load
 * and print once <html data-layout="ready">.
 */
export function settleScript(): string {
  return SETTLE_SCRIPT;
}
