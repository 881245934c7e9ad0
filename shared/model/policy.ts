import { z } from 'zod';
import { Locale } from './settings';

/**
 * The machine-wide policy file an administrator deploys (Windows %ProgramData%\briefing-desk\
 * policy.json, Linux /etc/briefing-desk/policy.json, macOS /Library/Application Support/
 * briefing-desk/policy.json; electron/services/policy reads it). Every key is optional and takes
 * either a plain value (a default the user may change) or `{ "value": …, "locked": true }` (set
 * and locked: the UI shows it locked, the services and the CLI refuse to change it). The file is
 * validated whole: one bad key and the whole file is reported and ignored, never half-applied.
 */

// eslint-disable-next-line no-control-regex
const NO_CONTROLS = /^[^\u0000-\u001f\u007f]*$/;
/** A folder or file path, before variables (${USERNAME}, %USERPROFILE% …) are expanded. */
const PolicyPath = z.string().min(1).max(1024).regex(NO_CONTROLS, 'control characters');
const Text = z.string().max(200).regex(NO_CONTROLS, 'control characters');

export const PolicySeries = z.strictObject({ id: z.string().min(1).max(64).regex(NO_CONTROLS), name: Text.min(1) });
export type PolicySeries = z.infer<typeof PolicySeries>;

export const PolicyBackup = z.strictObject({
  /** Folder the automatic backups go to (variables allowed). */
  dir: PolicyPath,
  /** Hours between two automatic backups. */
  intervalHours: z
    .number()
    .min(1)
    .max(24 * 30),
  /** How many automatic backups to keep in `dir`; older ones are deleted. */
  keep: z.number().int().min(1).max(1000),
});
export type PolicyBackup = z.infer<typeof PolicyBackup>;

function lockable<T extends z.ZodType>(value: T) {
  return z.union([value, z.strictObject({ value, locked: z.boolean().default(false) })]);
}

export const POLICY_KEYS = ['dataDir', 'defaultIssuer', 'defaultSeries', 'templatesDir', 'addressBookFile', 'uiLanguage', 'exportDir', 'backup', 'allowWriteOutsideDataDir'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export const PolicyFile = z.strictObject({
  /** Lets an editor validate the file; ignored. */
  $schema: z.string().max(1024).optional(),
  /** A note for the next administrator; ignored. */
  comment: z.string().max(10_000).optional(),
  version: z.literal(1).optional(),
  /** The library folder (e.g. `D:\\简报台\\%USERNAME%`, `${HOME}/简报台`). */
  dataDir: lockable(PolicyPath).optional(),
  /** The default 编印单位 for new documents (Settings.issuer). */
  defaultIssuer: lockable(Text).optional(),
  /** The default 简报 series: a fresh data dir starts with it (electron/services/issues/policy-seed.ts). */
  defaultSeries: lockable(PolicySeries).optional(),
  /** A shared, read-only templates folder (a network share). */
  templatesDir: lockable(PolicyPath).optional(),
  /** A shared address book file (a network share), seeded into the local book (issues/policy-seed.ts). */
  addressBookFile: lockable(PolicyPath).optional(),
  uiLanguage: lockable(Locale).optional(),
  /** Where exports go by default; files may be written there. */
  exportDir: lockable(PolicyPath).optional(),
  backup: lockable(PolicyBackup).optional(),
  /** false: browser mode and the CLI write only inside the data dir (and the policy's folders). */
  allowWriteOutsideDataDir: lockable(z.boolean()).optional(),
});
export type PolicyFile = z.infer<typeof PolicyFile>;

/** One key as applied: its value (paths expanded and absolute) and whether the user may change it. */
export interface PolicyEntry<T> {
  value: T;
  locked: boolean;
}

export interface PolicyValues {
  dataDir: string;
  defaultIssuer: string;
  defaultSeries: PolicySeries;
  templatesDir: string;
  addressBookFile: string;
  uiLanguage: Locale;
  exportDir: string;
  backup: PolicyBackup;
  allowWriteOutsideDataDir: boolean;
}

/** The policy in force: only the keys the file names. Empty when there is no file or it is bad. */
export type Policy = { [K in PolicyKey]?: PolicyEntry<PolicyValues[K]> };

export const EMPTY_POLICY: Policy = Object.freeze({});

/** Why a policy file was ignored; the message in the user's language comes from `policy:problem.<reason>`. */
export const POLICY_PROBLEMS = ['unreadable', 'json', 'schema', 'variable', 'notAbsolute'] as const;
export type PolicyProblemReason = (typeof POLICY_PROBLEMS)[number];

/** The outcome of looking for the policy file. */
export interface LoadedPolicy {
  /** Where it was looked for. */
  file: string;
  status: 'none' | 'applied' | 'invalid';
  policy: Policy;
  problem?: { reason: PolicyProblemReason; detail: string };
}

export const NO_POLICY: LoadedPolicy = Object.freeze({ file: '', status: 'none', policy: EMPTY_POLICY });

/** Normalises a parsed file into `{ value, locked }` entries (paths not yet expanded). */
export function policyEntries(file: PolicyFile): { [K in PolicyKey]?: PolicyEntry<unknown> } {
  const out: { [K in PolicyKey]?: PolicyEntry<unknown> } = {};
  for (const key of POLICY_KEYS) {
    const raw = file[key] as unknown;
    if (raw === undefined) continue;
    const wrapped = typeof raw === 'object' && raw !== null && 'value' in raw && 'locked' in raw;
    out[key] = wrapped ? (raw as PolicyEntry<unknown>) : { value: raw, locked: false };
  }
  return out;
}

/** The keys whose values are paths (expanded with the environment's variables, must be absolute). */
export const POLICY_PATH_KEYS = ['dataDir', 'templatesDir', 'addressBookFile', 'exportDir'] as const satisfies readonly PolicyKey[];

/**
 * Expands `${NAME}` and `%NAME%` from `env` (variable names are looked up as written, then upper
 * case, so `%UserName%` works as on Windows). An unset or empty variable is an error: a data dir
 * of `D:\简报台\` for every user would mix their libraries.
 */
export function expandVariables(text: string, env: Readonly<Record<string, string | undefined>>): { ok: true; value: string } | { ok: false; name: string } {
  let missing = '';
  const lookup = (name: string): string => {
    const v = env[name] ?? env[name.toUpperCase()];
    if (v === undefined || v === '') missing ||= name;
    return v ?? '';
  };
  const value = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|%([A-Za-z_][A-Za-z0-9_()]*)%/g, (_m, a: string | undefined, b: string | undefined) => lookup((a ?? b)!));
  return missing ? { ok: false, name: missing } : { ok: true, value };
}
