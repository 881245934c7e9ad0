import { UsageError, type Command } from '../args';
import { withStore } from '../with-store';
import { SPECS } from './specs';

// `briefing list` and `briefing show`, in a module of their own: they need only the store (its
// index, one document file) and a formatter, so they open a bare store (with-store.ts) instead of
// the services core.ts builds for the other commands. Scripts run them often, one process each
// (bench/cli.ts).

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

export const show: Command = {
  ...SPECS.show,
  async run(args, io) {
    const id = args.positionals[0];
    if (!id) throw new UsageError('show needs a document ID');
    return withStore(args, io, async (api) => {
      const { doc } = await api['docs:get']({ id });
      io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
      return 0;
    });
  },
};
