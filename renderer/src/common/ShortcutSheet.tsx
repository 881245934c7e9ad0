import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { shortcutSheet } from '../../../shared/actions/table';

const SHEET = shortcutSheet();

/** F1 / Ctrl+/: every shortcut, read from the action table, so no action depends on the mouse. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('library');
  return (
    <Dialog label={t('shortcuts.title')} onClose={onClose} className="shortcut-sheet" testId="shortcut-sheet">
      <h2>{t('shortcuts.title')}</h2>
      <div className="shortcut-groups">
        {SHEET.map((g) => (
          <section key={g.group}>
            <h3>{t(`shortcuts.group.${g.group}`)}</h3>
            <dl>
              {g.items.map((s) => (
                <div key={s.action} className="shortcut">
                  <dt>
                    {s.keys.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </dt>
                  <dd>{t(`shortcuts.action.${s.action}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
