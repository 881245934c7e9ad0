import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyView } from '../../../../shared/api';
import { LOCALES, type Locale } from '../../../../shared/model';
import { Dialog } from '../../common/Dialog';
import { errorMessage } from '../../common/errors';
import { LockBadge, type PolicyState } from '../../features/policy';
import './settings.css';

type Key = keyof PolicyView['settings'];

/**
 * Settings, with what the administrator's policy sets: a locked value is shown with a padlock and
 * cannot be edited here (the services refuse it too: policyLocked); an unlocked one is marked as
 * the administrator's default. A policy file that was ignored says why, in the user's language.
 */
export function SettingsDialog({
  policy,
  locale,
  issuer,
  dataDir,
  onLocale,
  onIssuer,
  onClose,
}: {
  policy: PolicyState;
  locale: Locale;
  issuer: string;
  dataDir: string;
  onLocale: (l: Locale) => Promise<void>;
  onIssuer: (issuer: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('policy');
  const s = policy.policy.settings;
  const [draft, setDraft] = useState(issuer);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const locked = (key: Key) => s[key]?.locked === true;
  const when = (iso: string) => (iso ? new Date(iso).toLocaleString(i18n.language) : '');

  const note = (key: Key): ReactNode => (s[key] ? locked(key) ? <LockBadge /> : <span className="policy-default">{t('fromPolicy')}</span> : null);
  const shown = (key: Key, value: string | undefined): ReactNode => (
    <span className="settings-value" data-testid={`value-${key}`}>
      {value || t('notSet')}
    </span>
  );

  const saveIssuer = async () => {
    try {
      await onIssuer(draft);
      setMessage({ ok: true, text: t('saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(t, e) });
    }
  };

  const ab = policy.autoBackup;
  const backup = s.backup?.value;
  const problem = policy.policy.problem;

  return (
    <Dialog label={t('title')} onClose={onClose} className="settings-dialog" testId="settings-dialog">
      <h2>{t('title')}</h2>
      {policy.policy.status === 'invalid' && problem && (
        <div className="policy-problem" role="alert" data-testid="policy-problem">
          <strong>{t('problem.title')}</strong>
          <p>
            {t(`problem.${problem.reason}`, { file: policy.policy.file, detail: problem.detail })} {t('problem.ignored')}
          </p>
        </div>
      )}
      <p className="settings-source" data-testid="policy-source">
        {policy.policy.status === 'none' ? t('noPolicy') : t('source', { file: policy.policy.file })}
      </p>
      <dl className="settings-list">
        <div className={locked('uiLanguage') ? 'is-locked' : ''} data-testid="row-uiLanguage">
          <dt>
            {t('keys.uiLanguage')} {note('uiLanguage')}
          </dt>
          <dd>
            <select value={locale} disabled={locked('uiLanguage')} onChange={(e) => void onLocale(e.target.value as Locale)} aria-label={t('keys.uiLanguage')} data-testid="settings-locale">
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`locale.${l}`, { ns: 'common' })}
                </option>
              ))}
            </select>
          </dd>
        </div>
        <div className={locked('defaultIssuer') ? 'is-locked' : ''} data-testid="row-defaultIssuer">
          <dt>
            {t('keys.defaultIssuer')} {note('defaultIssuer')}
          </dt>
          <dd className="settings-inline">
            <input value={draft} onChange={(e) => setDraft(e.target.value)} disabled={locked('defaultIssuer')} aria-label={t('keys.defaultIssuer')} maxLength={200} data-testid="settings-issuer" />
            <button type="button" onClick={() => void saveIssuer()} disabled={locked('defaultIssuer') || draft === issuer} data-testid="settings-issuer-save">
              {t('save')}
            </button>
          </dd>
        </div>
        {message && (
          <p className={message.ok ? 'settings-ok' : 'settings-error'} role="status">
            {message.text}
          </p>
        )}
        <div className={locked('dataDir') ? 'is-locked' : ''} data-testid="row-dataDir">
          <dt>
            {t('keys.dataDir')} {note('dataDir')}
          </dt>
          <dd>{shown('dataDir', dataDir)}</dd>
        </div>
        {(['exportDir', 'templatesDir', 'addressBookFile'] as const).map((key) => (
          <div key={key} className={locked(key) ? 'is-locked' : ''} data-testid={`row-${key}`}>
            <dt>
              {t(`keys.${key}`)} {note(key)}
            </dt>
            <dd>{shown(key, s[key]?.value)}</dd>
          </div>
        ))}
        <div className={locked('defaultSeries') ? 'is-locked' : ''} data-testid="row-defaultSeries">
          <dt>
            {t('keys.defaultSeries')} {note('defaultSeries')}
          </dt>
          <dd>{shown('defaultSeries', s.defaultSeries?.value.name)}</dd>
        </div>
        <div className={locked('backup') ? 'is-locked' : ''} data-testid="row-backup">
          <dt>
            {t('keys.backup')} {note('backup')}
          </dt>
          <dd>
            {shown('backup', backup ? t('values.backup', { hours: backup.intervalHours, dir: backup.dir, keep: backup.keep }) : '')}
            {ab.enabled && (
              <ul className="settings-backup-status" data-testid="auto-backup-status">
                <li>{ab.lastSuccessAt ? t('autoBackup.last', { at: when(ab.lastSuccessAt) }) : t('autoBackup.never')}</li>
                {ab.lastFailureAt > ab.lastSuccessAt && <li className="settings-error">{t('autoBackup.failed', { at: when(ab.lastFailureAt), error: ab.lastError })}</li>}
                <li>{t('autoBackup.next', { at: when(ab.nextAt) })}</li>
              </ul>
            )}
          </dd>
        </div>
        <div className={locked('allowWriteOutsideDataDir') ? 'is-locked' : ''} data-testid="row-allowWriteOutsideDataDir">
          <dt>
            {t('keys.allowWriteOutsideDataDir')} {note('allowWriteOutsideDataDir')}
          </dt>
          <dd>{shown('allowWriteOutsideDataDir', s.allowWriteOutsideDataDir ? t(s.allowWriteOutsideDataDir.value ? 'values.yes' : 'values.no') : '')}</dd>
        </div>
      </dl>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-testid="settings-close">
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}
