import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a downloaded one. The flags keep it from reaching for the network,
 * which this machine (and every office PC we ship to) may not have.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function chromiumPath(): string {
  const candidates = [process.env.BRIEFING_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('No Chromium found: install Debian chromium (apt-get install -y chromium) or set BRIEFING_CHROMIUM');
}

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
