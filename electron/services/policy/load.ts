import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EMPTY_POLICY, POLICY_PATH_KEYS, PolicyFile, expandVariables, policyEntries, type LoadedPolicy, type Policy, type PolicyProblemReason } from '../../../shared/model/policy';
import { APP_DIR_NAME, type PlatformFacts } from '../app-dirs';

/**
 * Where the machine-wide policy file lives: one fixed place per OS that only an administrator can
 * write (a user must not be able to unlock what the office locked). BRIEFING_POLICY_FILE overrides
 * it for tests and for a portable copy the administrator starts with its own policy.
 */
export function policyFilePath(facts: PlatformFacts): string {
  const override = facts.env.BRIEFING_POLICY_FILE;
  if (override && override.trim() !== '') return override;
  if (facts.platform === 'win32') {
    const programData = facts.env.ProgramData ?? facts.env.PROGRAMDATA ?? 'C:\\ProgramData';
    return path.win32.join(programData, APP_DIR_NAME, 'policy.json');
  }
  if (facts.platform === 'darwin') return path.posix.join('/Library/Application Support', APP_DIR_NAME, 'policy.json');
  return path.posix.join('/etc', APP_DIR_NAME, 'policy.json');
}

/** The largest policy file read: a policy is a few hundred bytes; anything huge is not one. */
const MAX_POLICY_BYTES = 64 * 1024;

class PolicyProblem extends Error {
  constructor(
    readonly reason: PolicyProblemReason,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Reads, validates and resolves the policy file. Never throws: a missing file is `none`; anything
 * wrong (unreadable, not JSON, a key zod refuses, an unset variable, a relative path) makes the
 * whole file `invalid` with one reason, and nothing of it applies.
 */
export async function loadPolicy(facts: PlatformFacts, file = policyFilePath(facts)): Promise<LoadedPolicy> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_POLICY_BYTES) return invalid(file, new PolicyProblem('unreadable', `larger than ${MAX_POLICY_BYTES} bytes`));
    text = bytes.toString('utf8').replace(/^\uFEFF/, ''); // Notepad writes a BOM
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file, status: 'none', policy: EMPTY_POLICY };
    return invalid(file, new PolicyProblem('unreadable', code ?? String(e)));
  }
  try {
    return { file, status: 'applied', policy: resolvePolicy(parsePolicyText(text), facts) };
  } catch (e) {
    return invalid(file, e instanceof PolicyProblem ? e : new PolicyProblem('schema', String(e)));
  }
}

function invalid(file: string, problem: PolicyProblem): LoadedPolicy {
  return { file, status: 'invalid', policy: EMPTY_POLICY, problem: { reason: problem.reason, detail: problem.message } };
}

function parsePolicyText(text: string): PolicyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PolicyProblem('json', (e as Error).message);
  }
  const parsed = PolicyFile.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new PolicyProblem('schema', `${first.path.map(String).join('.') || '(file)'}: ${first.message}`);
  }
  return parsed.data;
}

/** Expands variables in every path and checks that each is absolute on this OS. */
function resolvePolicy(file: PolicyFile, facts: PlatformFacts): Policy {
  const entries = policyEntries(file) as Record<string, { value: unknown; locked: boolean }>;
  const p = facts.platform === 'win32' ? path.win32 : path.posix;
  const env = { HOME: facts.home, USERPROFILE: facts.platform === 'win32' ? facts.home : undefined, ...facts.env };
  const resolvePath = (key: string, raw: string): string => {
    const expanded = expandVariables(raw, env);
    if (!expanded.ok) throw new PolicyProblem('variable', `${key}: ${expanded.name}`);
    const value = expanded.value.startsWith('~/') ? p.join(facts.home, expanded.value.slice(2)) : expanded.value;
    if (!p.isAbsolute(value)) throw new PolicyProblem('notAbsolute', `${key}: ${value}`);
    return p.normalize(value);
  };
  for (const key of POLICY_PATH_KEYS) {
    const entry = entries[key];
    if (entry) entry.value = resolvePath(key, entry.value as string);
  }
  const backup = entries.backup as { value: { dir: string } } | undefined;
  if (backup) backup.value = { ...backup.value, dir: resolvePath('backup.dir', backup.value.dir) };
  return entries as Policy;
}
