/**
 * Entry of the settle script (bundled by tools/build-page-scripts.mjs). Takes the blocks out of
 * the flow at once, before anything reads layout: `document.fonts.ready` itself lays out the whole
 * page when it is first read, which on 100 pages costs as much as the window pass in settle().
 */
import { READY_ATTRIBUTE, WAITING_VALUE } from './names';
import { detachBlocks, settle } from './settle-page';

/** How often a page without a layout looks again (see laidOut). */
const UNLAID_POLL_MS = 25;

const flow = document.getElementById('flow');
let held: Node[] | null = flow ? detachBlocks(flow) : null;

/**
 * Whether the page has boxes to measure. A frame is display:none to its own process until the
 * parent has laid the <iframe> out: the preview's frames are cross-origin (sandboxed, their own
 * process), so on a busy machine the page loads and settles while the app's main thread, which has
 * just put the frame in, has not run a layout yet. Every rect is then 0, the settle counted 1 page
 * and reported a 0x0 sheet (共 1 页 for 5 pages, an empty preview), and nothing ran it again.
 */
const laidOut = (): boolean => document.documentElement.getClientRects().length > 0;

function run(): void {
  if (!flow) return;
  if (!laidOut()) {
    // A timer, not a frame or a ResizeObserver: a hidden cross-origin frame (the preview's next
    // page loads behind the shown one, visibility:hidden) runs neither until it is shown, and it is
    // shown only once settled.
    document.documentElement.setAttribute(READY_ATTRIBUTE, WAITING_VALUE);
    setTimeout(run, UNLAID_POLL_MS);
    return;
  }
  const blocks = held ?? detachBlocks(flow);
  held = null;
  settle(flow, blocks);
}

// the Electron printer looks for it to tell whether the page's own script ran (CSP allowed it)
(window as Window & { __briefingSettle?: () => void }).__briefingSettle = run;
// typed as always there, but a page opened in an engine without the Font Loading API still settles
const fonts = document.fonts as FontFaceSet | undefined;
if (fonts) {
  // The print's @font-face subsets (electron/services/fonts) load before anything is measured:
  // `ready` only waits for loads already started, and with the blocks out of the flow nothing has
  // asked for the body's fonts yet. A face that fails to load leaves the system font to serve.
  const loads: Promise<unknown>[] = [];
  fonts.forEach((face) => void loads.push(face.load().catch(() => undefined)));
  void Promise.all(loads)
    .then(() => fonts.ready)
    .then(run, run);
} else run();
