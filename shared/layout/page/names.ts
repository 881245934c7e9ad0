/**
 * Names the print page's scripts and their hosts share: the settle script sets them, the
 * printers and the preview bridge wait for them. Plain constants, so the page scripts (bundled by
 * tools/build-page-scripts.mjs) and the Node side import the same values.
 */

/** Set on <html> once the settle script has placed everything; printers wait for it. */
export const READY_ATTRIBUTE = 'data-layout';
export const READY_VALUE = 'ready';
/**
 * Set on <html> while the page has no layout to measure (a frame its parent has not laid out yet);
 * the settle script runs once it has one (settle-entry.ts).
 */
export const WAITING_VALUE = 'waiting';
/** The settle script's own run time, as a performance.measure entry (read by the printer's timings). */
export const SETTLE_MEASURE = 'briefing-settle';
/** The page count the preview found, on <html> as data-pages. */
export const PAGES_ATTRIBUTE = 'data-pages';
/** Tags every message between the preview frame and the app, so neither mistakes another's. */
export const PREVIEW_MESSAGE = 'briefing-preview';
