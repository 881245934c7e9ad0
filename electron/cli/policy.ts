import os from 'node:os';
import path from 'node:path';
import type { LoadedPolicy } from '../../shared/model';
import { loadPolicy } from '../services/policy/load';
import { dataDirUnderPolicy, policyWriteFolders } from '../services/policy/apply';
import { FileAccess } from '../services/files/file-access';
import { FileHandleRegistry } from '../services/files/file-handles';
// args.ts, not command.ts: command.ts brings the i18n bundles, which only a message needs
import { stringFlag, UsageError, type CommandIO, type ParsedArgs } from './args';
import { defaultDataDir } from './data-dir';

/** The machine's policy file as the CLI (and browser mode) sees it: BRIEFING_POLICY_FILE from its env. */
export function loadCliPolicy(io: CommandIO): Promise<LoadedPolicy> {
  return loadPolicy({ platform: process.platform, env: io.env, home: io.env.HOME ?? os.homedir() });
}

/**
 * The data dir for a command under the policy: a locked policy folder is used and another one
 * asked for (--data-dir, BRIEFING_DATA_DIR) is refused; an unlocked one is the default.
 */
export function dataDirWithPolicy(args: ParsedArgs, io: CommandIO, loaded: LoadedPolicy): string {
  if (args.flags['data-dir'] === true) throw new UsageError('--data-dir needs a value');
  const explicit = stringFlag(args, 'data-dir') ?? io.env.BRIEFING_DATA_DIR;
  return dataDirUnderPolicy(loaded.policy, explicit ? path.resolve(io.cwd, explicit) : undefined, () => defaultDataDir(io.env));
}

/** Loads the policy, reports a bad file on stderr (one line), and resolves the data dir under it. */
export async function policyAndDataDir(args: ParsedArgs, io: CommandIO): Promise<{ policy: LoadedPolicy; dataDir: string }> {
  const policy = await loadCliPolicy(io);
  if (policy.status === 'invalid') {
    const { policyProblemLine } = await import('./policy-problem');
    const problem = policyProblemLine(policy, io.env);
    if (problem) io.stderr(`briefing: ${problem}\n`);
  }
  return { policy, dataDir: dataDirWithPolicy(args, io, policy) };
}

/**
 * For commands that write a file without opening a library (`export FILE.json --out PATH`): under
 * a policy that confines the CLI (allowWriteOutsideDataDir false), the target must be where
 * browser mode may write (the data dir's exports/, the policy's export and backup folders).
 */
export async function assertCliWriteAllowed(args: ParsedArgs, io: CommandIO, target: string): Promise<void> {
  const { policy, dataDir } = await policyAndDataDir(args, io);
  if (policy.policy.allowWriteOutsideDataDir?.value !== false) return;
  const files = new FileAccess({ dataDir, unrestricted: 'read', allowedDirs: policyWriteFolders(policy.policy), handles: new FileHandleRegistry() });
  await files.write({ path: target });
}
