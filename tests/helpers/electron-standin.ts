import { spawnSync, fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../../electron/services/chromium';

/**
 * Runs the BUILT app (out/main/index.js, as electron-vite builds it for `npm start` and the
 * installers) in a child Node process whose 'electron' is the stand-in of ./electron-standin/
 * (registered with `node --import`), and drives it over the child's IPC channel.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_MAIN = path.join(ROOT, 'out/main/index.js');
const REGISTER = new URL('./electron-standin/register.mjs', import.meta.url).href;
const SOURCES = ['electron', 'shared', 'electron.vite.config.ts', 'package.json'];

function newest(p: string): number {
  const s = statSync(p, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

function fresh(): boolean {
  const built = Math.min(newest(BUILT_MAIN), newest(path.join(ROOT, 'out/preload/index.cjs')));
  const sources = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
  return built > sources;
}

/**
 * One electron-vite build at a time across vitest's workers: electron-bundle and
 * electron-package both need out/, and two builds writing it at once leave a broken bundle. The
 * lock is a folder (mkdir is atomic); one left by a killed run is taken after 10 minutes.
 */
const BUILD_LOCK = path.join(ROOT, '.tmp', 'electron-vite-build.lock');
function withBuildLock(work: () => void): void {
  mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Builds out/ with electron-vite when it is missing or older than the sources it is built from. */
export function ensureBuilt(): void {
  if (fresh()) return;
  withBuildLock(() => {
    // another worker may have built it while this one waited
    if (fresh()) return;
    const r = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`electron-vite build failed:\n${r.stdout}\n${r.stderr}`);
  });
}

export interface StandinWindow {
  id: number;
  visible: boolean;
  parent: number | null;
  preload: boolean;
  webPreferences: Record<string, unknown>;
  loaded: string[];
  focused: number;
}
export interface StandinRecord {
  events: { name: string; [k: string]: unknown }[];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  dialogs: { kind: string; parent: number | null; title?: string; message?: string; detail?: string }[];
  popups: { window: number | null; template: { role?: string; label?: string; enabled?: boolean; type?: string }[] }[];
  printed: { window: number; parent: number | null; visible: boolean; url: string; options: Record<string, unknown> }[];
  pdfOptions: Record<string, unknown>[];
  appMenu: unknown;
  lockDir: string | null;
  userDataSetBeforeReady: boolean;
  quitCalls: number;
}
export interface StandinState extends StandinRecord {
  ready: boolean;
  windows: StandinWindow[];
  userData: string;
  ipcChannels: string[];
}

export interface LaunchOptions {
  args?: string[];
  /** Electron's appData (also XDG_CONFIG_HOME, so the app's own rule finds the same folder). */
  appData: string;
  home: string;
  packaged?: boolean;
  platform?: NodeJS.Platform;
  env?: Record<string, string>;
  /** Another built main entry (e.g. out/main/index.js extracted from a packed app.asar). */
  main?: string;
}

export class StandinApp {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private output = '';
  readonly exited: Promise<{ code: number | null; record: StandinRecord | null }>;
  exitCode: number | null | undefined = undefined;

  constructor(private readonly child: ChildProcess) {
    let record: StandinRecord | null = null;
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.on('message', (msg: { type: string; id?: number; ok?: boolean; value?: unknown; error?: string; record?: StandinRecord }) => {
      if (msg.type === 'exit') record = msg.record ?? null;
      if (msg.type !== 'reply' || msg.id === undefined) return;
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.ok) p?.resolve(msg.value);
      else p?.reject(new Error(msg.error));
    });
    this.exited = new Promise((resolve) => {
      child.on('exit', (code) => {
        this.exitCode = code;
        for (const p of this.pending.values()) p.reject(new Error(`the app exited (${code}) before answering\n${this.output}`));
        this.pending.clear();
        resolve({ code, record });
      });
    });
  }

  get log(): string {
    return this.output;
  }

  request<T = unknown>(op: string, args: object = {}): Promise<T> {
    if (this.exitCode !== undefined) return Promise.reject(new Error(`the app has exited (${this.exitCode})\n${this.output}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, op, args });
    });
  }

  state(): Promise<StandinState> {
    return this.request<StandinState>('state');
  }

  /** Waits until the app's state satisfies `check` (polled), failing with what was awaited. */
  async waitFor(check: (s: StandinState) => boolean, what: string, timeoutMs = 30_000): Promise<StandinState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.request<StandinState>('state').catch((e: Error) => {
        throw new Error(`waiting for ${what}: ${e.message}`);
      });
      if (check(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; events: ${s.events.map((e) => e.name).join(', ')}\n${this.output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits for the process to end on its own; fails (and kills it) if it is still running after the timeout. */
  async waitForExit(what: string, timeoutMs = 30_000): Promise<{ code: number | null; record: StandinRecord | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_r, reject) => {
      timer = setTimeout(() => reject(new Error(`the app did not exit: ${what}\n${this.output}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async kill(): Promise<void> {
    if (this.exitCode !== undefined) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** Starts the built app under the stand-in. The caller waits for what it needs (e.g. the main window). */
export function launchBuiltApp(options: LaunchOptions): StandinApp {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('ELECTRON_') && !k.startsWith('BRIEFING_DATA')) env[k] = v;
  Object.assign(env, {
    HOME: options.home,
    XDG_CONFIG_HOME: options.appData,
    STANDIN_APPDATA: options.appData,
    STANDIN_HOME: options.home,
    STANDIN_PACKAGED: options.packaged ? '1' : '0',
    STANDIN_PRODUCT_NAME: '简报台',
    STANDIN_LOCALE: 'zh-CN',
    STANDIN_CHROMIUM: JSON.stringify(chromiumLaunchOptions()),
    ...(options.platform ? { STANDIN_PLATFORM: options.platform } : {}),
    ...options.env,
  });
  const child = fork(options.main ?? BUILT_MAIN, options.args ?? [], {
    execArgv: ['--import', REGISTER],
    env,
    cwd: options.main ? path.dirname(options.main) : ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  return new StandinApp(child);
}
