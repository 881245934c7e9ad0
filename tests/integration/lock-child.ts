// A process that takes the data-dir lock on command, for the lock race test. Lines on stdin:
// "go DIR" takes the lock of DIR and prints "held" or "locked"; "release" lets it go.
import { createInterface } from 'node:readline';
import { acquireLock, type DataDirLock } from '../../electron/services/store/lock';

let lock: DataDirLock | undefined;
const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  void (async () => {
    if (line.startsWith('go ')) {
      try {
        lock = await acquireLock(line.slice(3), new Date());
        process.stdout.write('held\n');
      } catch (e) {
        process.stdout.write(`${(e as { code?: string }).code ?? 'error'}\n`);
      }
    } else if (line === 'release') {
      await lock?.release();
      lock = undefined;
      process.stdout.write('released\n');
    }
  })();
});
rl.on('close', () => process.exit(0));
process.stdout.write('ready\n');
