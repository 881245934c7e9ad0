import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services';
import { parseArgs, stringFlag } from '../cli/command';
import { describeError } from '../cli/main';
import { resolveDataDir } from '../cli/data-dir';
import { startHost } from './server';

/**
 * `npm run web`: the built renderer and the real services on 127.0.0.1. Prints the URL (with
 * nothing secret in it: the token travels inside the page) and runs until Ctrl+C.
 */
async function run(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data-dir', 'port']);
  const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), env: process.env, cwd: process.cwd() };
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  try {
    const services = await createServices({ dataDir: resolveDataDir(args, io), mode: 'browser', version: process.env.npm_package_version });
    const host = await startHost({ api: services.api, printJobs: services.printJobs, rendererDir: path.join(root, 'out/renderer'), port: Number(stringFlag(args, 'port') ?? 0) });
    io.stdout(`Briefing Desk (browser mode): ${host.url}\ndata: ${services.store.paths.root}\n`);
    const stop = async () => {
      await host.close();
      await services.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    io.stderr(`briefing web: ${describeError(e, process.env)}\n`);
    process.exit(2);
  }
}

void run();
