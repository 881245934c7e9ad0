import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, parseDateInput, parsePeople, parseTimeInput, setPeople, type PeopleList } from '../../../../shared/editor';
import { DOCUMENT_KINDS, SCRIPTS, type DocumentKind, type Meeting, type Masthead, type Person, type Script } from '../../../../shared/model';
import type { Edit } from '../../common/edit-state';

/**
 * The meeting's particulars and the masthead: every field kind of the model. Dates and times are
 * read leniently (also in Chinese form, with year/month/day and hour/minute characters) and stored
 * as ISO; a value that is not a date stays in its field with a message and is not written into the
 * document, so nothing typed is lost and the rest of the document keeps saving.
 */
export const MetadataForm = memo(function MetadataForm({ meeting, masthead, kind, script, edit }: { meeting: Meeting; masthead: Masthead; kind: DocumentKind; script: Script; edit: Edit }) {
  const { t } = useTranslation('editor');
  const setMeeting = (patch: Partial<Meeting>, key: string) => edit((d) => ({ ...d, meeting: { ...d.meeting, ...patch } }), `m:${key}`);
  const setMasthead = (patch: Partial<Masthead>, key: string) => edit((d) => ({ ...d, masthead: { ...d.masthead, ...patch } }), `h:${key}`);
  const classificationList = useId();

  return (
    <details className="meta" open>
      <summary>{t('meta.heading')}</summary>
      <div className="meta-grid">
        <Field label={t('meta.name')} wide value={meeting.name} onChange={(v) => setMeeting({ name: v }, 'name')} testId="meeting-name" />
        <LenientField
          label={t('meta.date')}
          value={meeting.date}
          parse={parseDateInput}
          placeholder={t('meta.datePlaceholder')}
          error={t('meta.dateInvalid')}
          onCommit={(v) => setMeeting({ date: v }, 'date')}
          testId="meeting-date"
        />
        <LenientField
          label={t('meta.time')}
          value={meeting.time}
          parse={parseTimeInput}
          placeholder={t('meta.timePlaceholder')}
          error={t('meta.timeInvalid')}
          onCommit={(v) => setMeeting({ time: v }, 'time')}
          testId="meeting-time"
        />
        <Field label={t('meta.location')} value={meeting.location} onChange={(v) => setMeeting({ location: v }, 'location')} testId="meeting-location" />
        <Field label={t('meta.chairName')} value={meeting.chair.name} onChange={(v) => setMeeting({ chair: { ...meeting.chair, name: v } }, 'chairName')} testId="chair-name" />
        <Field label={t('meta.chairTitle')} value={meeting.chair.title} onChange={(v) => setMeeting({ chair: { ...meeting.chair, title: v } }, 'chairTitle')} testId="chair-title" />
        <Field label={t('meta.recorder')} value={meeting.recorder} onChange={(v) => setMeeting({ recorder: v }, 'recorder')} testId="recorder" />
      </div>
      <div className="people-grid">
        {(['attendees', 'absentees', 'observers'] as const).map((list) => (
          <PeopleField key={list} list={list} people={meeting[list]} edit={edit} />
        ))}
      </div>
      <div className="meta-grid">
        <Field label={t('meta.issuer')} value={masthead.issuer} onChange={(v) => setMasthead({ issuer: v }, 'issuer')} testId="issuer" />
        <Field label={t('meta.issueNo')} value={masthead.issueNo} onChange={(v) => setMasthead({ issueNo: v }, 'issueNo')} testId="issue-no" />
        <Field label={t('meta.docNumber')} value={masthead.docNumber} onChange={(v) => setMasthead({ docNumber: v }, 'docNumber')} testId="doc-number" />
        <label className="field">
          <span>{t('meta.classification')}</span>
          <input list={classificationList} value={masthead.classification} onChange={(e) => setMasthead({ classification: e.target.value }, 'classification')} data-testid="classification" />
          <datalist id={classificationList}>
            {CLASSIFICATIONS[script].map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>{t('meta.kind')}</span>
          <select value={kind} onChange={(e) => edit((d) => ({ ...d, kind: e.target.value as DocumentKind }))} data-testid="doc-kind">
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`common:kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('meta.script')}</span>
          <select value={script} onChange={(e) => edit((d) => ({ ...d, script: e.target.value as Script }))} data-testid="doc-script" title={t('meta.scriptHint')}>
            {SCRIPTS.map((s) => (
              <option key={s} value={s}>
                {t(`common:script.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
});

function Field({ label, value, onChange, wide, testId }: { label: string; value: string; onChange: (v: string) => void; wide?: boolean; testId: string }) {
  return (
    <label className={`field${wide ? ' wide' : ''}`}>
      <span>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </label>
  );
}

function LenientField({
  label,
  value,
  parse,
  onCommit,
  placeholder,
  error,
  testId,
}: {
  label: string;
  value: string;
  parse: (s: string) => { ok: boolean; value: string };
  onCommit: (v: string) => void;
  placeholder: string;
  error: string;
  testId: string;
}) {
  const [draft, setDraft] = useState(value);
  const errorId = useId();
  // The document changed underneath (undo, redo): show its value.
  useEffect(() => {
    setDraft((d) => (parse(d).ok && parse(d).value === value ? d : value));
  }, [value, parse]);
  const parsed = parse(draft);
  return (
    <label className={`field${parsed.ok ? '' : ' invalid'}`}>
      <span>{label}</span>
      <input
        value={draft}
        placeholder={placeholder}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : errorId}
        data-testid={testId}
        onChange={(e) => {
          setDraft(e.target.value);
          const p = parse(e.target.value);
          if (p.ok && p.value !== value) onCommit(p.value);
        }}
        onBlur={() => parsed.ok && setDraft(parsed.value)}
      />
      {!parsed.ok && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** Attendees / absent on leave / observers: one row per person (name, title, unit); a list typed or pasted at once (names between enumeration commas) is split. */
function PeopleField({ list, people, edit }: { list: PeopleList; people: Person[]; edit: Edit }) {
  const { t } = useTranslation('editor');
  const [adding, setAdding] = useState('');
  const set = (next: Person[], key = '') => edit((d) => setPeople(d, list, next), key);
  const add = () => {
    const more = parsePeople(adding);
    if (more.length === 0) return;
    set([...people, ...more]);
    setAdding('');
  };
  return (
    <fieldset className="people" data-testid={`people-${list}`}>
      <legend>
        {t(`meta.${list}`)} <span className="muted">{people.length > 0 ? t('meta.peopleCount', { count: people.length }) : ''}</span>
      </legend>
      {people.map((p, i) => (
        <div className="person" key={i} data-testid="person">
          <input
            value={p.name}
            aria-label={t('meta.personName', { n: i + 1 })}
            placeholder={t('meta.personNamePh')}
            onChange={(e) =>
              set(
                people.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)),
                `pp:${list}:${i}:name`,
              )
            }
          />
          <input
            value={p.title}
            aria-label={t('meta.personTitle', { n: i + 1 })}
            placeholder={t('meta.personTitlePh')}
            onChange={(e) =>
              set(
                people.map((x, k) => (k === i ? { ...x, title: e.target.value } : x)),
                `pp:${list}:${i}:title`,
              )
            }
          />
          <input
            value={p.unit}
            aria-label={t('meta.personUnit', { n: i + 1 })}
            placeholder={t('meta.personUnitPh')}
            onChange={(e) =>
              set(
                people.map((x, k) => (k === i ? { ...x, unit: e.target.value } : x)),
                `pp:${list}:${i}:unit`,
              )
            }
          />
          <button type="button" onClick={() => set(people.filter((_, k) => k !== i))} aria-label={t('meta.removePerson', { name: p.name })} title={t('meta.removePerson', { name: p.name })}>
            ×
          </button>
        </div>
      ))}
      <div className="person-add">
        <input
          value={adding}
          placeholder={t('meta.addPeoplePh')}
          aria-label={t('meta.addPeople', { list: t(`meta.${list}`) })}
          data-testid={`add-${list}`}
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              add();
            }
          }}
          onPaste={(e) => {
            const text = e.clipboardData.getData('text/plain');
            if (/[\n、，,；;]/u.test(text)) {
              e.preventDefault();
              set([...people, ...parsePeople(adding + text)]);
              setAdding('');
            }
          }}
        />
        <button type="button" onClick={add} disabled={!adding.trim()}>
          {t('meta.add')}
        </button>
      </div>
    </fieldset>
  );
}
