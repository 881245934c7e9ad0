import { spawn } from 'node:child_process';

/**
 * Runs a crash-test child (a bundled script that prints one line per acknowledged step) and kills
 * it with SIGKILL. Each stdout line goes to `onLine` with `arm`, which schedules the kill once
 * (later calls do nothing), so each test decides from its own lines when the clock starts.
 * Resolves when the child died of the SIGKILL; any other exit rejects with the child's stderr.
 */
export function runUntilKilled(opts: {
  script: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  onLine: (line: string, arm: (delayMs: number) => void) => void;
  /** Named in the rejection (the seed, to replay a failure). */
  label?: string;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.script, ...opts.args], { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (delayMs: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        opts.onLine(line, arm);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited ${code}${opts.label ? ` (${opts.label})` : ''}: ${stderr}`));
    });
  });
}
