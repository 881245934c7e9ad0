/**
 * Which Node runs `npm start`. The build (vite 7, electron-vite 6) and the whole test suite need
 * Node 20.19+; Electron 45's own package declares 22.12+ for the tool that downloads its binary on
 * first use (@electron/get 5). That tool does load and run on 20.19+ (require of ES modules works
 * there), so the launcher warns on 20.19-22.11 instead of refusing, and refuses below 20.19 where
 * nothing would work.
 */
export type NodeVerdict = 'ok' | 'older-than-electron-wants' | 'too-old';

export const NODE_FOR_TOOLS = [20, 19] as const;
export const NODE_FOR_ELECTRON = [22, 12] as const;

export function nodeVerdict(version: string): NodeVerdict {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const atLeast = ([m, n]: readonly [number, number]) => major > m || (major === m && minor >= n);
  if (!atLeast(NODE_FOR_TOOLS)) return 'too-old';
  return atLeast(NODE_FOR_ELECTRON) ? 'ok' : 'older-than-electron-wants';
}
