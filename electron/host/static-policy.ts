import { resolveUnder } from '../services/static/safe-path';

export { contentSecurityPolicy } from '../services/static/csp';
export { contentTypeFor } from '../services/static/mime';

/** Maps a URL path of the loopback host to a file inside the built renderer, or null. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  return resolveUnder(root, urlPath);
}
