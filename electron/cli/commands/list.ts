import type { Command } from '../args';
import { withStore } from '../with-store';
import { SPECS } from './specs';

// `briefing list`, in a module of its own: it needs only the store's index and this formatter, so
// it opens a bare store (with-store.ts) instead of the services core.ts builds for the others.
// A script that lists a library often pays for each run (bench/cli.ts).

export const list: Command = {
  ...SPECS.list,
  async run(args, io) {
    return withStore(args, io, async (api) => {
      const { entries } = await api['docs:list']({ trashed: args.flags.trashed === true });
      if (args.flags.json) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      // one write for the whole table: a line per write cost a system call (and, to a pipe, a
      // queued chunk) per document
      else io.stdout(entries.map((e) => `${e.id}\t${e.kind}\t${e.status}\t${e.meetingDate || '-'}\t${e.updatedAt}\t${e.title}\n`).join(''));
      return 0;
    });
  },
};
