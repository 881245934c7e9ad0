import { readFileSync } from 'node:fs';

/**
 * Where a keystroke's main-thread time goes, from a Chromium trace of typing (bench/typing.ts).
 * CPU (thread time), not wall time, so the split holds under load. Each keystroke is the span
 * from one keydown to the next; the parts are:
 * - `insert`: Blink's keypress handling, the text insertion with its layout and our input handler;
 * - `handler`: our input handler alone (React's onChange and the paragraph's render);
 * - `frame`: the frame that shows it (BeginMainFrame: lifecycle, paint, commit);
 * - `autofill`: Chrome's autofill form tracker, a task after every text change in a field. The
 *   desktop app's Electron renderer has no Chrome autofill, so this part is the stand-in browser's;
 * - `total`: every main-thread task in the span (the deferred flush included, when it falls there).
 */
export interface KeystrokeSplit {
  keys: number;
  insert: number;
  handler: number;
  frame: number;
  autofill: number;
  total: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string }; src_func?: string };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

export function keystrokeSplit(traceFile: string): KeystrokeSplit {
  const raw = JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  // The page's main thread: the renderer main thread with the most events (the host page's).
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map<string, number>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (mainThreads.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const dispatch = (type: string) => on.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  const keydowns = dispatch('keydown');
  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const spans = keydowns.slice(0, -1).map((k, i) => [k.ts - 1000, keydowns[i + 1]!.ts - 1000] as const);
  const inSpan = (xs: TraceEvent[], [a, b]: readonly [number, number]) => xs.filter((e) => e.ts >= a && e.ts < b);
  const per = (xs: TraceEvent[]) => median(spans.map((s) => inSpan(xs, s).reduce((sum, e) => sum + cpu(e), 0)));
  return {
    keys: spans.length,
    insert: per(dispatch('keypress')),
    handler: per(dispatch('input')),
    frame: per(on.filter((e) => e.name === 'ProxyMain::BeginMainFrame')),
    autofill: per(tasks.filter((e) => e.args?.src_func === 'TextFieldValueChanged')),
    total: per(tasks),
  };
}

/**
 * Chromium's own keystroke latency from a trace with the `input`, `cc` and `benchmark`
 * categories: each KEY_PRESSED EventLatency slice runs from the key event's creation in the
 * browser process to the presentation of the frame that shows it (the compositor's and the
 * display's work included, which the in-page timer does not see).
 */
export function keyPressLatency(traceFile: string): { keys: number; median: number; p95: number; max: number } {
  const raw = JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = (Array.isArray(raw) ? raw : (raw.traceEvents ?? [])) as (TraceEvent & { id2?: { local?: string }; id?: string })[];
  const open = new Map<string, TraceEvent & { args?: { event_latency?: { event_type?: string } } }>();
  const lat: number[] = [];
  for (const e of events.filter((x) => x.name === 'EventLatency').sort((a, b) => a.ts - b.ts)) {
    const id = `${e.pid}:${e.id2?.local ?? e.id ?? ''}`;
    if (e.ph === 'b') open.set(id, e);
    else if (e.ph === 'e') {
      const b = open.get(id);
      open.delete(id);
      if ((b?.args as { event_latency?: { event_type?: string } } | undefined)?.event_latency?.event_type === 'KEY_PRESSED') lat.push((e.ts - b!.ts) / 1000);
    }
  }
  lat.sort((a, b) => a - b);
  const at = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0;
  return { keys: lat.length, median: at(0.5), p95: at(0.95), max: lat[lat.length - 1] ?? 0 };
}
