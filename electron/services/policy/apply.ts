import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { Policy, Settings } from '../../../shared/model';
import { writeFileDurable } from '../fs-durable';
import type { DocumentStore } from '../store/document-store';

/**
 * What the policy does to the library's settings. Two policy keys are user settings:
 * uiLanguage (Settings.locale) and defaultIssuer (Settings.issuer, the 编印单位). A locked value
 * overrides whatever the library stored and cannot be changed; an unlocked one is a default,
 * written into the library once (and again only when the administrator changes it), after which
 * the user's own choice stands.
 */
const SETTING_OF = { uiLanguage: 'locale', defaultIssuer: 'issuer' } as const satisfies Record<string, keyof Settings>;
type SettingKey = keyof typeof SETTING_OF;
const SETTING_KEYS = Object.keys(SETTING_OF) as SettingKey[];

/** Settings as the user sees them: the library's, with the locked policy values on top. */
export function overlaySettings(settings: Settings, policy: Policy): Settings {
  const out = { ...settings };
  for (const key of SETTING_KEYS) {
    const entry = policy[key];
    if (entry?.locked) (out as Record<string, unknown>)[SETTING_OF[key]] = entry.value;
  }
  return out;
}

/** The settings a patch may not change (locked and different from the policy's value). */
export function assertSettingsAllowed(patch: Partial<Settings>, policy: Policy): void {
  for (const key of SETTING_KEYS) {
    const entry = policy[key];
    const setting = SETTING_OF[key];
    if (entry?.locked && patch[setting] !== undefined && patch[setting] !== entry.value) {
      throw new AppError('policyLocked', `${setting} is locked by the administrator's policy`, { key });
    }
  }
}

/** Records which unlocked policy values were written into this library, so each is written once. */
export const POLICY_DEFAULTS_FILE = 'policy-defaults.json';

export async function seedPolicyDefaults(store: DocumentStore, policy: Policy): Promise<void> {
  const file = path.join(store.paths.root, POLICY_DEFAULTS_FILE);
  const seeded = await readFile(file, 'utf8').then(
    (t) => JSON.parse(t) as Record<string, unknown>,
    () => ({}) as Record<string, unknown>,
  );
  const patch: Partial<Settings> = {};
  const next = { ...seeded };
  for (const key of SETTING_KEYS) {
    const entry = policy[key];
    if (!entry || entry.locked || JSON.stringify(seeded[key]) === JSON.stringify(entry.value)) continue;
    (patch as Record<string, unknown>)[SETTING_OF[key]] = entry.value;
    next[key] = entry.value;
  }
  if (Object.keys(patch).length === 0) return;
  await store.updateSettings(patch);
  await writeFileDurable(file, `${JSON.stringify(next, null, 2)}\n`);
}

/** Folders the policy names that the services may write into (besides the data dir's own). */
export function policyWriteFolders(policy: Policy): string[] {
  return [policy.exportDir?.value, policy.backup?.value.dir].filter((d): d is string => !!d);
}

/**
 * The data dir under the policy: a locked policy folder wins and a different one asked for is
 * refused (the CLI says so; the app opens the policy's); otherwise what was asked for, then the
 * policy's default, then the built-in default.
 */
export function dataDirUnderPolicy(policy: Policy, asked: string | undefined, fallback: () => string, onConflict: 'refuse' | 'usePolicy' = 'refuse'): string {
  const entry = policy.dataDir;
  if (entry?.locked) {
    if (onConflict === 'refuse' && asked && path.resolve(asked) !== path.resolve(entry.value)) {
      throw new AppError('policyLocked', `the data folder is locked by the administrator's policy: ${entry.value}`, { key: 'dataDir', path: entry.value });
    }
    return entry.value;
  }
  return asked ?? entry?.value ?? fallback();
}
