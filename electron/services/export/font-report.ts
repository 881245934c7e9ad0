import { FONT_ROLES, isPreferred, type FontRole, type FontUse } from '../../../shared/layout';

/** One element per role whose own text shows which family served that role. */
const ROLE_SELECTORS: Record<FontRole, string[]> = {
  xbs: ['.masthead .mark', '.title > span'],
  fs: ['.p', '.people'],
  hei: ['.h1', '.people .label', '.classification', 'table.duban th'],
  kai: ['.h2'],
  song: ['.preview-marks .pn'],
};

interface PlatformFont {
  familyName: string;
  glyphCount: number;
}

/**
 * A DevTools protocol channel to the page being printed: playwright-core's CDPSession in the CLI
 * and browser mode, Electron's webContents.debugger in the app (electron/main/print-to-pdf.ts),
 * so both printers report fonts with this one function.
 */
export interface CdpChannel {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

/**
 * Asks Chromium which platform font drew each role's text (CSS.getPlatformFontsForNode), so the
 * export can say "仿宋 was missing; AR PL UMing CN served" instead of failing silently.
 */
export async function reportFonts(cdp: CdpChannel): Promise<FontUse[]> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // depth 1, not -1: the whole tree of a 100-page document would cross the protocol on every
  // print; querySelector finds nodes below the root without the client knowing them
  const { root } = (await cdp.send('DOM.getDocument', { depth: 1 })) as { root: { nodeId: number } };
  const out: FontUse[] = [];
  for (const role of FONT_ROLES) {
    let family = '';
    for (const selector of ROLE_SELECTORS[role]) {
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
      if (!nodeId) continue;
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] };
      const best = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
      if (best) {
        family = best.familyName;
        break;
      }
    }
    out.push({ role, family, preferred: family ? isPreferred(role, family) : true });
  }
  return out;
}
