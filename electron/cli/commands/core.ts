import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { clientFromTransport, dispatch, type Channel, type Request, type Response } from '../../../shared/api';
import { createServices, type Services } from '../../services';
import { lookup } from '../../../shared/i18n';
import { UsageError, cliLocale, stringFlag, type Command, type CommandIO, type ParsedArgs } from '../command';
import { policyAndDataDir } from '../policy';
import { SPECS } from './specs';

/** The services as a transport sees them: requests before `dispatch` parses them (defaults not yet filled in). */
type Client = { [C in Channel]: (request: Request<C>) => Promise<Response<C>> };

/**
 * Opens the services on the data dir for one command and always closes them (releasing the lock).
 * Calls go through `dispatch`, so the CLI validates payloads exactly as IPC and the host do.
 */
export async function withServices<T>(args: ParsedArgs, io: CommandIO, work: (services: Omit<Services, 'api'> & { api: Client }) => Promise<T>): Promise<T> {
  const { policy, dataDir } = await policyAndDataDir(args, io);
  const services = await createServices({ dataDir, policy, mode: 'cli', takeOver: args.flags['take-over'] === true });
  try {
    // dispatch parses every request, so the client may take the contract's input types
    const api = clientFromTransport((channel, payload) => dispatch(services.api, channel, payload)) as unknown as Client;
    return await work({ ...services, api });
  } finally {
    await services.close();
  }
}

function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    (e: NodeJS.ErrnoException) => e.code !== 'ENOENT',
  );
}

function json(io: CommandIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

const create: Command = {
  ...SPECS.new,
  async run(args, io) {
    const templateId = stringFlag(args, 'template');
    if (!templateId) throw new UsageError('new needs --template T');
    return withServices(args, io, async ({ api }) => {
      const title = stringFlag(args, 'title');
      const { doc } = await api['docs:create']({ templateId, ...(title ? { title } : {}) });
      io.stdout(`${doc.id}\n`);
      return 0;
    });
  },
};

const backup: Command = {
  ...SPECS.backup,
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('backup needs an output FILE');
    const target = path.resolve(io.cwd, file);
    // An earlier backup is never replaced by accident: the user says --force.
    if (args.flags.force !== true && (await exists(target))) {
      throw new UsageError(lookup(cliLocale(io.env), 'cli.exists', { path: target }, 'export'));
    }
    return withServices(args, io, async ({ api }) => {
      const r = await api['library:backup']({ path: target });
      io.stdout(`${r.documents}\t${r.path}\n`);
      return 0;
    });
  },
};

const restore: Command = {
  ...SPECS.restore,
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('restore needs an archive FILE');
    return withServices(args, io, async ({ api }) => {
      const r = await api['library:restore']({ path: path.resolve(io.cwd, file), mode: args.flags.replace ? 'replace' : 'merge' });
      json(io, r);
      return 0;
    });
  },
};

const policyCommand: Command = {
  ...SPECS.policy,
  async run(args, io) {
    return withServices(args, io, async ({ api }) => {
      json(io, await api['policy:get']({}));
      return 0;
    });
  },
};

export { create, backup, restore, policyCommand };
