/**
 * Entry of the settle script (bundled by tools/build-page-scripts.mjs). Takes the blocks out of
 * the flow at once, before anything reads layout: `document.fonts.ready` itself lays out the whole
 * page when it is first read, which on 100 pages costs as much as the window pass in settle().
 */
import { detachBlocks, settle } from './settle-page';

const flow = document.getElementById('flow');
let held: Node[] | null = flow ? detachBlocks(flow) : null;

function run(): void {
  if (!flow) return;
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
