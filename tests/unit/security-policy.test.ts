import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  PRINT_CSP,
  RENDERER_CSP_DIRECTIVES,
  contentSecurityPolicy,
  devServerOrigin,
  isAllowedRequestUrl,
  isAllowedSubframeUrl,
  isPermissionGranted,
  isTrustedSender,
  printJobId,
  resolveAppPath,
  type SenderFacts,
} from '../../electron/main/policy';
import { HOST_PRINT_CSP } from '../../electron/services/static/csp';
import { buildPrintHtml, previewBridgeScript, settleScript } from '../../shared/layout';
import { documentFromTemplate } from '../../shared/model/factory';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';

const DIR = '/opt/briefing/resources/app.asar/out/renderer';

describe('resolveAppPath: app://bundle/* maps into the renderer dir and nowhere else', () => {
  it('serves files of the bundle, and index.html for the root', () => {
    expect(resolveAppPath(DIR, 'app://bundle/index.html')).toBe(`${DIR}/index.html`);
    expect(resolveAppPath(DIR, 'app://bundle/')).toBe(`${DIR}/index.html`);
    expect(resolveAppPath(DIR, 'app://bundle')).toBe(`${DIR}/index.html`);
    expect(resolveAppPath(DIR, 'app://bundle/assets/index-Ab12.js?v=1#x')).toBe(`${DIR}/assets/index-Ab12.js`);
    expect(resolveAppPath(DIR, 'app://bundle/assets/')).toBe(`${DIR}/assets/index.html`);
    expect(resolveAppPath(DIR, 'APP://BUNDLE/index.html')).toBe(`${DIR}/index.html`);
    expect(resolveAppPath(DIR, 'app://bundle/fonts/%E4%BB%BF%E5%AE%8B.woff2')).toBe(`${DIR}/fonts/仿宋.woff2`);
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/assets/../../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/%2E%2E/etc/passwd',
    'app://bundle/.%2e/etc/passwd',
    'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://bundle/..%2f..%2fetc/passwd',
    'app://bundle/%252e%252e/etc/passwd',
    'app://bundle/..%5c..%5cwindows%5cwin.ini',
    'app://bundle/assets/..\\..\\secret',
    'app://bundle/./index.html',
    'app://bundle//etc/passwd',
    'app://bundle/index.html%00.png',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle/c:/windows/win.ini',
    'app://bundle/%E0%A4%A',
  ])('refuses traversal and tricks: %s', (url) => {
    expect(resolveAppPath(DIR, url)).toBeNull();
  });

  it.each([
    'file:///etc/passwd',
    'https://example.com/index.html',
    'http://127.0.0.1:5173/index.html',
    'app://evil/index.html',
    'app://print/index.html',
    'app:bundle/index.html',
    'javascript:alert(1)',
    '',
  ])('refuses URLs that are not app://bundle: %s', (url) => {
    expect(resolveAppPath(DIR, url)).toBeNull();
  });

  it('applies the same rules with Windows paths', () => {
    const win = 'C:\\Program Files\\简报台\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPath(win, 'app://bundle/assets/a.js', path.win32)).toBe(`${win}\\assets\\a.js`);
    expect(resolveAppPath(win, 'app://bundle/..%5c..%5cboot.ini', path.win32)).toBeNull();
    expect(resolveAppPath(win, 'app://bundle/D:%5cx', path.win32)).toBeNull();
    expect(resolveAppPath(win, 'app://bundle/D:/x', path.win32)).toBeNull();
  });

  it('parses the app entry URL', () => {
    expect(resolveAppPath(DIR, APP_ENTRY_URL)).toBe(`${DIR}/index.html`);
  });
});

describe('print job URLs', () => {
  it('accepts only app://print/<id>.html', () => {
    expect(printJobId('app://print/0f8fad5b-d9cb-469f-a165-70867728950e.html')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(printJobId('app://print/../index.html')).toBeNull();
    expect(printJobId('app://bundle/0f8fad5b-d9cb-469f-a165-70867728950e.html')).toBeNull();
    expect(printJobId('app://print/x.html')).toBeNull();
  });
});

describe('Content-Security-Policy', () => {
  const csp = contentSecurityPolicy();
  it('has no unsafe-inline or unsafe-eval and locks scripts to the bundle', () => {
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    for (const d of ["script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(RENDERER_CSP_DIRECTIVES).toContain(d);
    expect(csp.split('; ')).toEqual(RENDERER_CSP_DIRECTIVES);
  });
  it("lets print pages style themselves and run only the layout's two scripts, by hash; never load from elsewhere", () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    for (const csp of [PRINT_CSP, HOST_PRINT_CSP]) {
      const directives = csp.split('; ');
      // exactly the settle script and the preview bridge: no 'self', no 'unsafe-inline', no nonce
      expect(directives).toContain(`script-src ${hash(settleScript())} ${hash(previewBridgeScript())}`);
      expect(directives).toContain("default-src 'none'");
      expect(directives).toContain("connect-src 'none'");
      expect(directives).toContain("style-src 'unsafe-inline'");
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
      expect(directives.find((d) => d.startsWith('script-src'))).not.toMatch(/unsafe|self|nonce/);
    }
    // framed only by the app's own pages (app://) or, in browser mode, by the host's own origin
    expect(PRINT_CSP).toContain('frame-ancestors app:');
    expect(HOST_PRINT_CSP).toContain("frame-ancestors 'self'");
    // the print HTML inlines the very strings that are hashed
    const { html } = buildPrintHtml(documentFromTemplate(BUILTIN_TEMPLATES[0]!, new Date('2024-02-20T00:00:00Z')));
    expect(html).toContain(`<script>${settleScript()}</script>`);
    expect(html).toContain(`<script>${previewBridgeScript()}</script>`);
  });
  it('lets the renderer frame print pages only (its own origin and app://print)', () => {
    expect(RENDERER_CSP_DIRECTIVES).toContain("frame-src 'self' app://print");
    expect(csp).not.toMatch(/frame-src[^;]*(https?:|\*|data:|blob:)/);
  });
});

describe('request filter', () => {
  it('lets through the app and data: only', () => {
    expect(isAllowedRequestUrl('app://bundle/assets/a.js')).toBe(true);
    expect(isAllowedRequestUrl('app://print/0f8fad5b-d9cb-469f-a165-70867728950e.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'devtools://devtools/bundled/inspector.html',
      'ftp://x/',
      'blob:app://bundle/123',
      'chrome://gpu',
    ])
      expect(isAllowedRequestUrl(url), url).toBe(false);
  });
  it('in development also lets through the loopback dev server and devtools', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', dev)).toBe(false);
  });
  it('accepts a dev server only when unpackaged and on loopback', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin('http://example.com:5173/', false)).toBeNull();
    expect(devServerOrigin('https://localhost:5173/', false)).toBeNull();
    expect(devServerOrigin('not a url', false)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });
  it('lets sub-frames show only app pages and inert documents', () => {
    expect(isAllowedSubframeUrl('about:srcdoc')).toBe(true);
    expect(isAllowedSubframeUrl('app://bundle/preview.html')).toBe(true);
    expect(isAllowedSubframeUrl('https://example.com/')).toBe(false);
    expect(isAllowedSubframeUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedSubframeUrl('app://evil/')).toBe(false);
  });
  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(isPermissionGranted(p)).toBe(false);
  });
});

describe('IPC sender check', () => {
  const trusted: SenderFacts = {
    sameWebContents: true,
    frame: { url: 'app://bundle/index.html', isMainFrame: true, processId: 4, routingId: 1 },
    mainFrame: { processId: 4, routingId: 1 },
  };
  const withFrame = (patch: Partial<NonNullable<SenderFacts['frame']>>): SenderFacts => ({ ...trusted, frame: { ...trusted.frame!, ...patch } });

  it('trusts the main window main frame on app://bundle', () => {
    expect(isTrustedSender(trusted)).toBe(true);
    expect(isTrustedSender(withFrame({ url: 'app://bundle/#/doc/1' }))).toBe(true);
  });
  it('refuses every other sender', () => {
    expect(isTrustedSender({ ...trusted, sameWebContents: false })).toBe(false);
    expect(isTrustedSender({ ...trusted, frame: null })).toBe(false);
    expect(isTrustedSender(withFrame({ isMainFrame: false }))).toBe(false);
    expect(isTrustedSender(withFrame({ routingId: 2 }))).toBe(false);
    expect(isTrustedSender(withFrame({ processId: 5 }))).toBe(false);
    expect(isTrustedSender(withFrame({ url: 'https://example.com/' }))).toBe(false);
    expect(isTrustedSender(withFrame({ url: 'app://print/0f8fad5b-d9cb-469f-a165-70867728950e.html' }))).toBe(false);
    expect(isTrustedSender(withFrame({ url: 'file:///tmp/x.html' }))).toBe(false);
    expect(isTrustedSender(withFrame({ url: 'http://localhost:5173/' }))).toBe(false);
  });
  it('trusts the dev server only in development', () => {
    expect(isTrustedSender(withFrame({ url: 'http://localhost:5173/' }), 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(withFrame({ url: 'http://localhost:9999/' }), 'http://localhost:5173')).toBe(false);
  });
});
