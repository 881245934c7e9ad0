import nodePath from 'node:path';

/**
 * Decodes each path segment of an app:// URL and refuses anything that could leave its folder:
 * `.`/`..` in any spelling (%2e%2e, .%2E), encoded or real separators inside a segment, NUL and
 * other control characters, drive letters, and a `%` left over after one decoding (double encoding).
 * Works on the raw string, before any URL parser has had the chance to normalise dot segments away.
 */
export function safeSegments(rawPath: string): string[] | null {
  const parts = rawPath.split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] ?? '';
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '') {
      // Only a trailing slash (a directory request) may leave an empty segment.
      if (i === parts.length - 1) continue;
      return null;
    }
    if (seg === '.' || seg === '..') return null;
    if (/[/\\%:]/.test(seg)) return null;
    if ([...seg].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
    out.push(seg);
  }
  return out;
}

/**
 * A file under `root` for a raw (percent-encoded) URL path, or null when it would leave root.
 * A directory request means its index.html.
 */
export function resolveUnder(root: string, rawPath: string, pathApi: typeof nodePath = nodePath): string | null {
  const segments = safeSegments(rawPath.startsWith('/') ? rawPath : `/${rawPath}`);
  if (!segments) return null;
  if (segments.length === 0 || rawPath.endsWith('/')) segments.push('index.html');
  const base = pathApi.resolve(root);
  const resolved = pathApi.resolve(base, ...segments);
  const rel = pathApi.relative(base, resolved);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return resolved;
}
