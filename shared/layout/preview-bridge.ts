import { PREVIEW_BRIDGE_SCRIPT } from './page/generated';
import { PREVIEW_MESSAGE } from './page/names';

export { PREVIEW_MESSAGE };
/** A data-section value is a document id: letters, digits, '-' and '_'. */
export const SECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** frame -> app */
export type PreviewFrameMessage =
  { tag: typeof PREVIEW_MESSAGE; type: 'ready'; path: string; pages: number; width: number; height: number } | { tag: typeof PREVIEW_MESSAGE; type: 'section'; id: string };

/** app -> frame */
export type PreviewAppMessage = { tag: typeof PREVIEW_MESSAGE; type: 'grid'; on: boolean } | { tag: typeof PREVIEW_MESSAGE; type: 'print' };

/**
 * The preview bridge, inlined into the print HTML after the settle script: TypeScript in
 * shared/layout/page/preview-bridge-entry.ts (what it says to the app and why), built into one
 * string by tools/build-page-scripts.mjs. Like settleScript() it is the same string on every
 * call and in every bundle, for the CSP hash.
 */
export function previewBridgeScript(): string {
  return PREVIEW_BRIDGE_SCRIPT;
}
