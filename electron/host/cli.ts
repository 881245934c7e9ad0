import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services';
import { cliLocale, parseArgs, stringFlag } from '../cli/command';
import { describeError } from '../cli/describe-error';
import { policyAndDataDir } from '../cli/policy';
import { lookup } from '../../shared/i18n';
import { startHost } from './server';

/**
 * `npm run web [-- --data-dir DIR] [--port N] [--allow DIR[:DIR…]]`: the built renderer and the
 * real services on 127.0.0.1. Prints the launch URL, which carries the per-run secret (only the
 * user who started the host sees it), and runs until Ctrl+C. The page reads and writes files only
 * in the data dir's exports/ and imports/ and in the folders named with --allow (path.delimiter
 * between them, as in PATH).
 */
async function run(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data-dir', 'port', 'allow']);
  const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), env: process.env, cwd: process.cwd() };
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  try {
    const allowedDirs = (stringFlag(args, 'allow') ?? '')
      .split(path.delimiter)
      .filter(Boolean)
      .map((d) => path.resolve(d));
    const { policy, dataDir } = await policyAndDataDir(args, io);
    // the policy may confine browser mode to the data dir: --allow is then dropped (createServices), and said so
    if (allowedDirs.length > 0 && policy.policy.allowWriteOutsideDataDir?.value === false) io.stderr(`briefing web: ${lookup(cliLocale(io.env), 'cli.confined', {}, 'policy')}\n`);
    const services = await createServices({ dataDir, policy, mode: 'browser', version: process.env.npm_package_version, allowedDirs });
    const host = await startHost({ api: services.api, printJobs: services.printJobs, rendererDir: path.join(root, 'out/renderer'), port: Number(stringFlag(args, 'port') ?? 0) });
    io.stdout(`Briefing Desk (browser mode): ${host.url}\ndata: ${services.store.paths.root}\nfiles: ${services.files.allowedFolders().join(path.delimiter)}\n`);
    const stop = async () => {
      await host.close();
      await services.close();
      process.exit(0);
    };
    // a failed close still ends the process, with a non-zero status
    const stopNow = () => void stop().catch(() => process.exit(1));
    process.on('SIGINT', stopNow);
    process.on('SIGTERM', stopNow);
  } catch (e) {
    io.stderr(`briefing web: ${describeError(e, process.env)}\n`);
    process.exit(2);
  }
}

void run();
