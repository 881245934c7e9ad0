import { PRINT_JOB_ID } from '../services/export/print-jobs';
import { resolveUnder } from '../services/static/safe-path';

export { HOST_PRINT_CSP, contentSecurityPolicy } from '../services/static/csp';
export { contentTypeFor } from '../services/static/mime';

/** Maps a URL path of the loopback host to a file inside the built renderer, or null. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  return resolveUnder(root, urlPath);
}

/** The print job id of a `/print/<id>.html` path, or null (any other shape is not a print page). */
export function printJobIdOfPath(urlPath: string): string | null {
  const m = /^\/print\/([^/]+)\.html$/.exec(urlPath);
  return m && PRINT_JOB_ID.test(m[1]!) ? m[1]! : null;
}
