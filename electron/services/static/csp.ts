/**
 * Content Security Policies, shared by the app's app:// protocol (electron/main) and the
 * browser-mode host (electron/host) so both serve the renderer under the same rules.
 */

/**
 * The renderer's CSP. No 'unsafe-inline' and no 'unsafe-eval': a title such as
 * `<img src=x onerror=alert(1)>` that ever slipped into the DOM as markup could not run.
 * default-src covers frames, workers and media that the list below does not name.
 */
export const RENDERER_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export function contentSecurityPolicy(): string {
  return RENDERER_CSP_DIRECTIVES.join('; ');
}

/**
 * Print documents are complete HTML pages with their own inline <style> (@page, the GB/T 9704
 * grid), so they need inline styles; in exchange they may run no script and load nothing but
 * data: images and fonts. They are only ever shown in the hidden print window, never the app's.
 */
export const PRINT_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
