import { PAGES_ATTRIBUTE, READY_ATTRIBUTE, READY_VALUE } from './settle';

/** Tags every message between the preview frame and the app, so neither mistakes another's. */
export const PREVIEW_MESSAGE = 'briefing-preview';
/** A data-section value is a document id: letters, digits, '-' and '_'. */
export const SECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** frame -> app */
export type PreviewFrameMessage =
  | { tag: typeof PREVIEW_MESSAGE; type: 'ready'; path: string; pages: number; width: number; height: number }
  | { tag: typeof PREVIEW_MESSAGE; type: 'section'; id: string };

/** app -> frame */
export type PreviewAppMessage =
  | { tag: typeof PREVIEW_MESSAGE; type: 'grid'; on: boolean }
  | { tag: typeof PREVIEW_MESSAGE; type: 'print' };

/**
 * The preview bridge, inlined into the print HTML after the settle script. The preview frame is
 * sandboxed into an opaque origin (it may run these two scripts and nothing else, allowed by hash
 * in the print CSP), so the app cannot reach into it; they talk by postMessage instead:
 *  - to the app: "ready" with the page count and the sheets' size once the settle script is done,
 *    and "section" with the id of a clicked paragraph or heading;
 *  - from the app (only from the parent window): show or hide the grid, print.
 * It does nothing in a top-level page (the PDF printer, an exported HTML file opened alone).
 * Like settleScript() it returns the same string on every call, for the hash.
 */
export function previewBridgeScript(): string {
  return `(function () {
  if (window.parent === window) return;
  var TAG = '${PREVIEW_MESSAGE}', root = document.documentElement;
  function post(message) { message.tag = TAG; window.parent.postMessage(message, '*'); }
  function report() {
    if (root.getAttribute('${READY_ATTRIBUTE}') !== '${READY_VALUE}') return;
    var box = document.body.getBoundingClientRect();
    post({ type: 'ready', path: location.pathname, pages: Number(root.getAttribute('${PAGES_ATTRIBUTE}')) || 0,
      width: Math.ceil(box.width), height: Math.ceil(box.height) });
  }
  new MutationObserver(report).observe(root, { attributes: true, attributeFilter: ['${READY_ATTRIBUTE}'] });
  report();
  document.addEventListener('click', function (e) {
    var hit = e.target && e.target.closest ? e.target.closest('[data-section]') : null;
    if (hit) post({ type: 'section', id: hit.getAttribute('data-section') || '' });
  });
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (e.source !== window.parent || !m || m.tag !== TAG) return;
    if (m.type === 'grid') { if (m.on) root.setAttribute('data-grid', 'on'); else root.removeAttribute('data-grid'); }
    else if (m.type === 'print') window.print();
  });
})();`;
}
