/**
 * The preview bridge (bundled by tools/build-page-scripts.mjs), inlined into the print HTML after
 * the settle script. The preview frame is sandboxed into an opaque origin (it may run these two
 * scripts and nothing else, allowed by hash in the print CSP), so the app cannot reach into it;
 * they talk by postMessage instead:
 *  - to the app: "ready" with the page count and the sheets' size once the settle script is done,
 *    and "section" with the id of a clicked paragraph or heading;
 *  - from the app (only from the parent window): show or hide the grid, print.
 * It does nothing in a top-level page (the PDF printer, an exported HTML file opened alone).
 */
import { PAGES_ATTRIBUTE, PREVIEW_MESSAGE, READY_ATTRIBUTE, READY_VALUE } from './names';

type Outgoing = { type: 'ready'; path: string; pages: number; width: number; height: number } | { type: 'section'; id: string };

if (window.parent !== window) {
  const root = document.documentElement;
  const post = (message: Outgoing): void => {
    window.parent.postMessage({ ...message, tag: PREVIEW_MESSAGE }, '*');
  };
  const report = (): void => {
    if (root.getAttribute(READY_ATTRIBUTE) !== READY_VALUE) return;
    const box = document.body.getBoundingClientRect();
    post({
      type: 'ready',
      path: location.pathname,
      pages: Number(root.getAttribute(PAGES_ATTRIBUTE)) || 0,
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
    });
  };
  new MutationObserver(report).observe(root, { attributes: true, attributeFilter: [READY_ATTRIBUTE] });
  report();
  document.addEventListener('click', (e) => {
    const hit = e.target instanceof Element ? e.target.closest('[data-section]') : null;
    if (hit) post({ type: 'section', id: hit.getAttribute('data-section') ?? '' });
  });
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    const m = e.data as { tag?: unknown; type?: unknown; on?: unknown } | null;
    if (e.source !== window.parent || !m || typeof m !== 'object' || m.tag !== PREVIEW_MESSAGE) return;
    if (m.type === 'grid') {
      if (m.on) root.setAttribute('data-grid', 'on');
      else root.removeAttribute('data-grid');
    } else if (m.type === 'print') window.print();
  });
}
