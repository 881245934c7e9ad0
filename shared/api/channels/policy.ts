import { z } from 'zod';
import { Locale, POLICY_PROBLEMS, PolicyBackup, PolicySeries } from '../../model';

const entry = <T extends z.ZodType>(value: T) => z.object({ value, locked: z.boolean() }).optional();

/** The policy in force as the UI shows it: each key the file sets, its value (paths expanded) and lock. */
export const PolicyView = z.object({
  /** Where the policy file was looked for (shown so a user can tell the administrator). */
  file: z.string(),
  status: z.enum(['none', 'applied', 'invalid']),
  /** Why the file was ignored (status invalid); the message is `policy:problem.<reason>`. */
  problem: z.object({ reason: z.enum(POLICY_PROBLEMS), detail: z.string() }).nullable(),
  settings: z.object({
    dataDir: entry(z.string()),
    defaultIssuer: entry(z.string()),
    defaultSeries: entry(PolicySeries),
    templatesDir: entry(z.string()),
    addressBookFile: entry(z.string()),
    uiLanguage: entry(Locale),
    exportDir: entry(z.string()),
    backup: entry(PolicyBackup),
    allowWriteOutsideDataDir: entry(z.boolean()),
  }),
});
export type PolicyView = z.infer<typeof PolicyView>;

/** The automatic backup the policy schedules (electron/services/backup-schedule). */
export const AutoBackupStatus = z.object({
  enabled: z.boolean(),
  dir: z.string(),
  lastSuccessAt: z.string(),
  lastFile: z.string(),
  lastFailureAt: z.string(),
  lastError: z.string(),
  nextAt: z.string(),
});
export type AutoBackupStatus = z.infer<typeof AutoBackupStatus>;

export const policyChannels = {
  'policy:get': { request: z.strictObject({}), response: z.object({ policy: PolicyView, autoBackup: AutoBackupStatus }) },
} as const;
