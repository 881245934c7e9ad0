import type { Api, AutoBackupStatus, PolicyView } from '../../../shared/api';
import { NO_POLICY } from '../../../shared/model';
import { BackupScheduler } from '../backup-schedule/scheduler';
import type { Feature, FeatureContext } from '../feature-context';

const NO_AUTO_BACKUP: AutoBackupStatus = { enabled: false, dir: '', lastSuccessAt: '', lastFile: '', lastFailureAt: '', lastError: '', nextAt: '' };

/**
 * policy:get (what the administrator's policy sets and locks, for the settings UI) and the
 * automatic backup it schedules. Backups run where the library stays open (the app, browser
 * mode), not in a one-shot CLI command.
 */
export function policyFeature(ctx: FeatureContext): Feature<Pick<Api, 'policy:get'>> {
  const loaded = ctx.options.policy ?? NO_POLICY;
  const backup = loaded.policy.backup;
  const scheduler = backup && ctx.options.mode !== 'cli' ? new BackupScheduler({ store: ctx.store, config: backup.value, clock: ctx.clock, timers: ctx.options.timers }) : null;
  const started = scheduler?.start();
  const view: PolicyView = { file: loaded.file, status: loaded.status, problem: loaded.problem ?? null, settings: loaded.policy };
  return {
    api: {
      'policy:get': async () => {
        await started;
        return { policy: view, autoBackup: scheduler?.status() ?? NO_AUTO_BACKUP };
      },
    },
    dispose: async () => {
      await started?.catch(() => undefined);
      await scheduler?.stop();
    },
  };
}
