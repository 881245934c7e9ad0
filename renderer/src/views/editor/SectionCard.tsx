import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, addParagraph, changeSectionKind, duplicateSection, moveItem, moveSection, removeItem, updateItem, updateSection } from '../../../../shared/editor';
import { ACTION_STATUSES, ACTION_STYLES, SECTION_KINDS, type ActionItem, type Script, type Section, type SectionKind } from '../../../../shared/model';
import { LEAD_PHRASES, chineseNumber } from '../../../../shared/templates';
import { isComposing, isMod } from '../../common/keys';
import { Paragraph } from './Paragraph';
import { ariaKeys } from '../../../../shared/actions/table';
import { fk, type Edit, type FocusRequest } from '../../common/edit-state';
import { useCachedT } from '../../common/use-cached-t';

export interface SectionCardProps {
  section: Section;
  index: number;
  count: number;
  /** 1-based number of this topic (agenda item) among the topics, 0 for other kinds. */
  topicNo: number;
  script: Script;
  edit: Edit;
  focus: (request: FocusRequest) => void;
  notify: (message: string) => void;
  onDelete: (section: Section) => void;
  onDragStart: (id: string) => void;
  onDropAt: (index: number) => void;
}

/** One block of the body: kind, lead phrase, heading, paragraphs and (for an action list) items. */
export const SectionCard = memo(function SectionCard(props: SectionCardProps) {
  const { section: s, index, count, topicNo, script, edit, focus, notify, onDelete } = props;
  const { t: translate } = useTranslation('editor');
  const t = useCachedT(translate);
  const [dropHint, setDropHint] = useState<'' | 'before' | 'after'>('');
  const [wantHeading, setWantHeading] = useState(false);
  const kindLabel = t(`common:sectionKind.${s.kind}`);
  const leads = s.kind === 'text' || s.kind === 'topic' ? [] : LEAD_PHRASES[script][s.kind];
  const listId = `leads-${s.id}`;

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('application/x-briefing-section')) return;
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    setDropHint(e.clientY < box.top + box.height / 2 ? 'before' : 'after');
  };

  return (
    <section
      className={`section section-${s.kind}${dropHint ? ` drop-${dropHint}` : ''}`}
      data-section-id={s.id}
      data-testid="section"
      aria-label={t('section.label', { n: index + 1, kind: kindLabel })}
      onDragOver={onDragOver}
      onDragLeave={() => setDropHint('')}
      onDrop={(e) => {
        e.preventDefault();
        const hint = dropHint;
        setDropHint('');
        props.onDropAt(hint === 'after' ? index + 1 : index);
      }}
    >
      <header className="section-head">
        <button
          type="button"
          className="handle"
          draggable
          data-fk={fk.handle(s.id)}
          title={t('section.dragHint')}
          aria-label={t('section.dragHint')}
          onDragStart={(e) => {
            e.dataTransfer.setData('application/x-briefing-section', s.id);
            e.dataTransfer.effectAllowed = 'move';
            props.onDragStart(s.id);
          }}
        >
          ⠿
        </button>
        <span className="section-no">{index + 1}</span>
        <select
          className="kind-select"
          value={s.kind}
          data-fk={fk.kind(s.id)}
          aria-label={t('section.kind')}
          data-testid="section-kind"
          onChange={(e) => edit((d) => changeSectionKind(d, s.id, e.target.value as SectionKind))}
        >
          {SECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`common:sectionKind.${k}`)}
            </option>
          ))}
        </select>
        {s.kind !== 'text' && s.kind !== 'topic' && (
          <>
            <input
              className="lead-input"
              list={listId}
              value={s.lead}
              data-fk={fk.lead(s.id)}
              aria-label={t('section.lead')}
              placeholder={t('section.lead')}
              data-testid="section-lead"
              onChange={(e) => edit((d) => updateSection(d, s.id, (x) => ({ ...x, lead: e.target.value })), fk.lead(s.id))}
            />
            <datalist id={listId}>
              {leads.map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </>
        )}
        <span className="spacer" />
        <span className="section-tools">
          <button
            type="button"
            disabled={index === 0}
            onClick={() => edit((d) => moveSection(d, s.id, -1))}
            title={t('section.moveUp')}
            aria-label={t('section.moveUp')}
            aria-keyshortcuts={ariaKeys('editor.moveUp')}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index === count - 1}
            onClick={() => edit((d) => moveSection(d, s.id, 1))}
            title={t('section.moveDown')}
            aria-label={t('section.moveDown')}
            aria-keyshortcuts={ariaKeys('editor.moveDown')}
          >
            ↓
          </button>
          <button type="button" onClick={() => edit((d) => duplicateSection(d, s.id))} aria-keyshortcuts={ariaKeys('editor.duplicateSection')}>
            {t('section.duplicate')}
          </button>
          <button type="button" onClick={() => onDelete(s)} data-testid="delete-section" aria-keyshortcuts={ariaKeys('editor.deleteSection')}>
            {t('section.delete')}
          </button>
        </span>
      </header>
      {(s.kind === 'topic' || s.heading || wantHeading) && (
        <div className="heading-row">
          {s.kind === 'topic' && <span className="topic-no">{chineseNumber(topicNo)}、</span>}
          <input
            className="heading-input"
            value={s.heading}
            data-fk={fk.heading(s.id)}
            aria-label={t('section.heading')}
            placeholder={t('section.heading')}
            data-testid="section-heading"
            onChange={(e) => edit((d) => updateSection(d, s.id, (x) => ({ ...x, heading: e.target.value })), fk.heading(s.id))}
          />
        </div>
      )}
      {/* Keyed by the paragraph's stable id: a paragraph inserted above keeps every textarea below
          (and an IME composition in it) attached to its own text. */}
      {s.paragraphs.map((p, i) => (
        <Paragraph key={s.paragraphIds?.[i] ?? `at-${i}`} sectionId={s.id} index={i} text={p} edit={edit} notify={notify} />
      ))}
      {s.kind === 'action-list' && <ActionItems section={s} edit={edit} focus={focus} />}
      {s.kind !== 'topic' && (
        <div className="section-foot">
          {
            <button type="button" className="link" onClick={() => edit((d) => addParagraph(d, s.id))}>
              {t('section.addParagraph')}
            </button>
          }
          {s.kind === 'action-list' && (
            <>
              <button type="button" className="link" data-testid="add-item" onClick={() => edit((d) => addItem(d, s.id))}>
                {t('items.add')}
              </button>
              <label className="inline-field">
                <span>{t('items.style')}</span>
                <select value={s.actionStyle} onChange={(e) => edit((d) => updateSection(d, s.id, (x) => ({ ...x, actionStyle: e.target.value as Section['actionStyle'] })))}>
                  {ACTION_STYLES.map((st) => (
                    <option key={st} value={st}>
                      {t(`items.styles.${st}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {!s.heading && !wantHeading && (
            <button
              type="button"
              className="link"
              onClick={() => {
                setWantHeading(true);
                focus({ key: fk.heading(s.id) });
              }}
            >
              {t('section.addHeading')}
            </button>
          )}
        </div>
      )}
    </section>
  );
});

/** The items of an action list as a table: Tab runs along the cells; Ctrl+Enter adds a row below. */
function ActionItems({ section: s, edit, focus }: { section: Section; edit: Edit; focus: (r: FocusRequest) => void }) {
  const { t } = useTranslation('editor');
  const set = (item: ActionItem, patch: Partial<ActionItem>, cell: string) => edit((d) => updateItem(d, s.id, item.id, patch), `i:${item.id}:${cell}`);
  const addBelow = (item: ActionItem) => edit((d) => addItem(d, s.id, item.id));
  const onKeyDown = (e: KeyboardEvent, item: ActionItem) => {
    if (isMod(e) && e.key === 'Enter' && !isComposing(e)) {
      e.preventDefault();
      addBelow(item);
    }
  };
  if (s.items.length === 0) return null;
  return (
    <table className="items" data-testid="items">
      <thead>
        <tr>
          <th className="no">{t('items.no')}</th>
          <th>{t('items.text')}</th>
          <th className="owner">{t('items.owner')}</th>
          <th className="due">{t('items.due')}</th>
          <th className="status">{t('items.status')}</th>
          <th className="tools">
            <span className="visually-hidden">{t('items.tools')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {s.items.map((item, i) => (
          <tr key={item.id} data-item-id={item.id} data-testid="item-row" onKeyDown={(e) => onKeyDown(e, item)}>
            <td className="no">{chineseNumber(i + 1)}</td>
            <td>
              <textarea
                className="para item-text"
                rows={1}
                value={item.text}
                data-fk={fk.item(item.id, 'text')}
                aria-label={t('items.textOf', { n: i + 1 })}
                onChange={(e) => set(item, { text: e.target.value.replace(/\r?\n/g, '') }, 'text')}
              />
            </td>
            <td>
              <input value={item.owner} data-fk={fk.item(item.id, 'owner')} aria-label={t('items.ownerOf', { n: i + 1 })} onChange={(e) => set(item, { owner: e.target.value }, 'owner')} />
            </td>
            <td>
              <input
                value={item.due}
                data-fk={fk.item(item.id, 'due')}
                aria-label={t('items.dueOf', { n: i + 1 })}
                placeholder={t('items.duePlaceholder')}
                onChange={(e) => set(item, { due: e.target.value }, 'due')}
              />
            </td>
            <td>
              <select
                value={item.status}
                data-fk={fk.item(item.id, 'status')}
                aria-label={t('items.statusOf', { n: i + 1 })}
                onChange={(e) => set(item, { status: e.target.value as ActionItem['status'] }, 'status')}
              >
                {ACTION_STATUSES.map((st) => (
                  <option key={st} value={st}>
                    {t(`items.statuses.${st}`)}
                  </option>
                ))}
              </select>
            </td>
            <td className="tools">
              <button type="button" disabled={i === 0} onClick={() => edit((d) => moveItem(d, s.id, item.id, -1))} aria-label={t('items.moveUp')} title={t('items.moveUp')}>
                ↑
              </button>
              <button type="button" disabled={i === s.items.length - 1} onClick={() => edit((d) => moveItem(d, s.id, item.id, 1))} aria-label={t('items.moveDown')} title={t('items.moveDown')}>
                ↓
              </button>
              <button
                type="button"
                onClick={() => {
                  const neighbour = s.items[i + 1] ?? s.items[i - 1];
                  edit((d) => removeItem(d, s.id, item.id));
                  focus({ key: neighbour ? fk.item(neighbour.id, 'text') : fk.kind(s.id) });
                }}
                aria-label={t('items.delete')}
                title={t('items.delete')}
                data-testid="delete-item"
              >
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
