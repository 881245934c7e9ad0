import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, type AddressBook, type AddressEntry } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { useAppMode } from '../../common/useAppMode';
import { joinPath } from '../export/choices';

/**
 * The address book (contacts): units and people in the user's order, shared by the report-to /
 * send-to / issue-to lists of every series and issue (and later the minutes' distribution block at
 * the foot of the page). Order is changed with the buttons or Alt+↑/↓ on a row; the file
 * export/import is how one office hands its book to another.
 */
export function AddressBookPanel({ onChange }: { onChange?: (book: AddressBook) => void }) {
  const { t } = useTranslation('issues');
  const api = useApi();
  const mode = useAppMode();
  const [book, setBook] = useState<AddressBook | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AddressEntry['kind']>('unit');
  const [message, setMessage] = useState('');
  const [filePath, setFilePath] = useState('');

  useEffect(() => {
    api['addressBook:get']({}).then(
      (r) => setBook(r.book),
      (e) => setMessage(errorMessage(t, e)),
    );
  }, [api, t]);
  useEffect(() => {
    if (mode && !filePath) setFilePath(joinPath(joinPath(mode.dataDir, 'exports'), 'address-book.json'));
  }, [mode, filePath]);

  const store = async (entries: AddressEntry[]) => {
    if (!book) return;
    try {
      const r = await api['addressBook:set']({ book: { ...book, entries } });
      setBook(r.book);
      onChange?.(r.book);
      setMessage('');
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const move = (i: number, by: -1 | 1) => {
    if (!book) return;
    const j = i + by;
    if (j < 0 || j >= book.entries.length) return;
    const entries = [...book.entries];
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    void store(entries);
  };
  const fileTarget = async (purpose: 'save' | 'open') => {
    if (!mode?.electron) return { path: filePath };
    // the app: the path stays in main, the renderer gets a single-use handle
    const choice = purpose === 'save' ? await api['dialog:saveFile']({ fileName: 'address-book.json', format: 'templates' }) : await api['dialog:openFile']({ kind: 'backup' });
    return choice.handle ? { handle: choice.handle } : null;
  };

  if (!book) return <p role="status">{message}</p>;
  // the handlers report their own failures in the status line
  const exportBook = async (): Promise<void> => {
    try {
      const target = await fileTarget('save');
      if (!target) return;
      const r = await api['addressBook:export']({ ...target, overwrite: true });
      setMessage(t('address.exported', { count: r.count, path: r.path }));
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const importBook = async (): Promise<void> => {
    try {
      const target = await fileTarget('open');
      if (!target) return;
      const r = await api['addressBook:import'](target);
      setBook(r.book);
      onChange?.(r.book);
      setMessage(t('address.imported', { count: r.added }));
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  return (
    <section className="address-book" data-testid="address-book" aria-label={t('address.title')}>
      <h3>{t('address.title')}</h3>
      {book.entries.length === 0 && <p className="empty">{t('address.empty')}</p>}
      <ol>
        {book.entries.map((e, i) => (
          <li
            key={e.id}
            tabIndex={0}
            data-testid="address-entry"
            onKeyDown={(ev) => {
              if (ev.altKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
                ev.preventDefault();
                move(i, ev.key === 'ArrowUp' ? -1 : 1);
              }
            }}
          >
            <span className="address-name">{e.name}</span>
            <span className="address-kind">{t(e.kind === 'unit' ? 'address.kindUnit' : 'address.kindPerson')}</span>
            <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${t('address.up')} ${e.name}`}>
              ↑
            </button>
            <button type="button" onClick={() => move(i, 1)} disabled={i === book.entries.length - 1} aria-label={`${t('address.down')} ${e.name}`}>
              ↓
            </button>
            <button type="button" onClick={() => void store(book.entries.filter((x) => x.id !== e.id))}>
              {t('address.remove')}
            </button>
          </li>
        ))}
      </ol>
      <form
        className="address-add"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!name.trim()) return;
          void store([...book.entries, { id: newId('a'), kind, name: name.trim(), title: '', unit: '', note: '' }]).then(() => setName(''));
        }}
      >
        <input value={name} onChange={(ev) => setName(ev.target.value)} placeholder={t('address.name')} aria-label={t('address.name')} data-testid="address-name" />
        <select value={kind} onChange={(ev) => setKind(ev.target.value as AddressEntry['kind'])} aria-label={t('address.kindUnit')}>
          <option value="unit">{t('address.kindUnit')}</option>
          <option value="person">{t('address.kindPerson')}</option>
        </select>
        <button type="submit" data-testid="address-add">
          {t('address.add')}
        </button>
      </form>
      <div className="address-file">
        {!mode?.electron && <input value={filePath} onChange={(ev) => setFilePath(ev.target.value)} aria-label={t('address.path')} data-testid="address-path" />}
        <button type="button" onClick={() => void exportBook()}>
          {t('address.export')}
        </button>
        <button type="button" onClick={() => void importBook()}>
          {t('address.import')}
        </button>
      </div>
      {message && (
        <p role="status" data-testid="address-message">
          {message}
        </p>
      )}
    </section>
  );
}
