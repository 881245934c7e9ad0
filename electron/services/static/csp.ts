import { createHash } from 'node:crypto';
// the two modules directly: the whole layout (opencc and all) is not needed to compute two hashes
import { previewBridgeScript } from '../../../shared/layout/preview-bridge';
import { settleScript } from '../../../shared/layout/settle';

/**
 * Content Security Policies, shared by the app's app:// protocol (electron/main) and the
 * browser-mode host (electron/host) so both serve the renderer under the same rules.
 */

/** Where print pages live in the app (electron/main/policy.ts: app://print/<id>.html). */
export const APP_PRINT_ORIGIN = 'app://print';

/**
 * The renderer's CSP. No 'unsafe-inline' and no 'unsafe-eval': a title such as
 * `<img src=x onerror=alert(1)>` that ever slipped into the DOM as markup could not run.
 * default-src covers workers and media that the list below does not name. Frames: the preview
 * shows print pages, served by the loopback host under /print/ ('self') in browser mode and from
 * app://print in the app; they carry their own, stricter print CSP.
 */
export const RENDERER_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  `frame-src 'self' ${APP_PRINT_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export function contentSecurityPolicy(): string {
  return RENDERER_CSP_DIRECTIVES.join('; ');
}

/** A CSP hash source for an inline script: 'sha256-<base64 of the digest of its exact text>'. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The only scripts a print page may run: the layout's settle script (版记 at the page foot, 督办
 * table headers repeated, page count) and the preview bridge (page count and clicks to the app).
 * Both are constant strings from shared/layout, inlined verbatim, so their hashes are fixed.
 */
export const PRINT_SCRIPT_HASHES: readonly string[] = [scriptHash(settleScript()), scriptHash(previewBridgeScript())];

/**
 * Print documents are complete HTML pages with their own inline <style> (@page, the GB/T 9704
 * grid) and inline style attributes, so they need 'unsafe-inline' for styles, on print pages only.
 * In exchange they run no script but the two above and load nothing at all beyond data: images
 * and fonts. `frameAncestors` says who may frame them (the preview); nobody else can.
 */
export function printContentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'none'",
    `script-src ${PRINT_SCRIPT_HASHES.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Print pages of the app (app://print): framed only by the app's own pages. */
export const PRINT_CSP = printContentSecurityPolicy('app:');

/** A loopback http origin with an explicit port, as electron-vite's dev server has. */
const LOOPBACK_DEV_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d{1,5}$/;

/**
 * The app's print CSP for a run: PRINT_CSP, unchanged, in the packaged app; in `npm run dev` the
 * renderer comes from the Vite dev server (http://localhost:PORT), so its preview frame may also
 * be framed from that origin, or the preview stays blank. `devOrigin` is what
 * electron/main/policy.ts devServerOrigin() returned (null whenever the app is packaged); anything
 * that is not a loopback http origin is ignored here too, so this can never loosen the policy for
 * another site.
 */
export function appPrintCsp(devOrigin: string | null): string {
  if (!devOrigin || !LOOPBACK_DEV_ORIGIN.test(devOrigin)) return PRINT_CSP;
  return printContentSecurityPolicy(`app: ${devOrigin}`);
}
/** Print pages of the browser-mode host (/print/ on the same loopback origin as the renderer). */
export const HOST_PRINT_CSP = printContentSecurityPolicy("'self'");
