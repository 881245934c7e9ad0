import path from 'node:path';
import { dataDirArg } from './launch';

/**
 * The app's life-cycle rules as pure functions, so they are tested where Electron cannot run.
 * electron/main/index.ts only feeds them what Electron reports.
 */

/** Closing the last window quits, except on macOS, where the app stays in the Dock until ⌘Q. */
export function quitsWhenAllWindowsClosed(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin';
}

/**
 * Whether the hidden print window is made a child of the main window. On Windows and Linux that
 * makes the system print dialog modal over the app. Not on macOS: AppKit shows hidden child
 * windows again when their parent is restored or shown (electron/electron#39704, #39813), which
 * would put an empty print window on screen; there the print panel is app-modal anyway.
 */
export function printWindowHasParent(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin';
}

/**
 * What a request for the window (a second launch, a click on the Dock icon) does: before the
 * services are open nothing (start() will create the window), then bring the window forward or
 * create it again when it was closed (macOS keeps the app running without windows).
 */
export type WindowRequest = 'wait' | 'focus' | 'create';

export function windowRequest(state: { started: boolean; hasWindow: boolean }): WindowRequest {
  if (!state.started) return 'wait';
  return state.hasWindow ? 'focus' : 'create';
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const na = p.resolve(a);
  const nb = p.resolve(b);
  // Windows and macOS file systems are case-insensitive by default.
  return platform === 'linux' ? na === nb : na.toLowerCase() === nb.toLowerCase();
}

/**
 * A second launch is handed to the running app (one app per user session holds the library
 * lock). When it names another data dir (`--data-dir` on a USB stick) that library cannot be
 * opened alongside: the running window says so instead of dropping the request silently.
 * Returns the other dir, or null when the launch asked for nothing different.
 */
export function otherDataDirRequested(current: string, argv: readonly string[], cwd: string, platform: NodeJS.Platform = process.platform): string | null {
  const asked = dataDirArg(argv);
  if (!asked) return null;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const requested = p.resolve(cwd, asked);
  return samePath(requested, current, platform) ? null : requested;
}
