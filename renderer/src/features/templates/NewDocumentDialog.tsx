import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { ConfirmDialog, Dialog } from '../../common/Dialog';
import { errorMessage } from '../../common/errors';
import { TemplateThumb } from './TemplateThumb';
import { exportFileName } from '../../../../shared/layout/file-name';
import { useAppMode } from '../../common/useAppMode';
import { parseTemplateFile } from './template-file';

/**
 * New from a template: built-in and the user's templates as cards with a description and a
 * thumbnail of the structure; a click (or Enter) creates the document. The user's templates can
 * be renamed, described, deleted, exported and imported as JSON. Template names and descriptions
 * are document text in the template's script, shown as written.
 */
export function NewDocumentDialog({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation(['library', 'common']);
  const api = useApi();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const mode = useAppMode();

  const load = useCallback(
    () =>
      api['templates:list']({}).then(
        (r) => setTemplates(r.templates),
        (e) => setError(errorMessage(t, e)),
      ),
    [api, t],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (templateId: string) => {
    try {
      const { doc } = await api['docs:create']({ templateId });
      onCreated(doc.id);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      setError('');
      await work();
      await load();
      if (done) setMessage(done);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const importFile = async (file: File) => {
    let parsed: Template[];
    try {
      parsed = parseTemplateFile(await file.text());
    } catch (e) {
      setError(t((e as Error).message));
      return;
    }
    await run(
      async () => {
        for (const template of parsed) await api['templates:save']({ template });
      },
      t('templates.imported', { count: parsed.length }),
    );
  };

  /**
   * The services write the template file (a download would be cancelled by the app): in the app
   * to where the save dialog chose (a handle; main keeps the path), in browser mode into the
   * data dir's exports/ under a free name.
   */
  const exportTemplates = async (ids: string[], name: string) => {
    const fileName = exportFileName(name, '', 'json');
    try {
      setError('');
      setMessage('');
      let target: { handle: string } | { fileName: string } = { fileName };
      if (mode?.electron) {
        const chosen = await api['dialog:saveFile']({ fileName, format: 'templates' });
        if (!chosen.handle) return;
        target = { handle: chosen.handle };
      }
      const r = await api['templates:export']({ ids, ...target });
      setMessage(t('templates.exported', { count: r.count, path: r.path }));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const builtIn = templates.filter((x) => x.builtIn);
  const mine = templates.filter((x) => !x.builtIn);

  const card = (tpl: Template) => (
    <li key={tpl.id} className="template-card">
      <button type="button" className="template-pick" data-testid={`template-${tpl.id}`} onClick={() => void create(tpl.id)}>
        <TemplateThumb template={tpl} />
        <span className="template-text">
          <strong>{tpl.name}</strong>
          <span className="tags">
            <span className="tag">{t(`common:kind.${tpl.kind}`)}</span>
            <span className="tag">{t(`common:script.${tpl.script}`)}</span>
          </span>
          <span className="desc">{tpl.description}</span>
        </span>
      </button>
      {!tpl.builtIn && (
        <span className="template-tools">
          <button type="button" onClick={() => setEditing(tpl)} data-testid={`edit-template-${tpl.id}`}>
            {t('templates.edit')}
          </button>
          <button type="button" onClick={() => void exportTemplates([tpl.id], tpl.name || tpl.id)} data-testid={`export-template-${tpl.id}`}>
            {t('templates.export')}
          </button>
          <button type="button" onClick={() => setDeleting(tpl)} data-testid={`delete-template-${tpl.id}`}>
            {t('common:actions.delete')}
          </button>
        </span>
      )}
    </li>
  );

  return (
    <Dialog label={t('common:newDoc.heading')} onClose={onCancel} className="new-dialog" testId="new-dialog">
      <div className="dialog-head">
        <h2 id="new-doc-heading">{t('common:newDoc.heading')}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="import-templates">
          {t('templates.import')}
        </button>
        {mine.length > 0 && (
          <button
            type="button"
            onClick={() =>
              void exportTemplates(
                mine.map((x) => x.id),
                'templates',
              )
            }
            data-testid="export-templates"
          >
            {t('templates.exportAll')}
          </button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="ok" role="status">
          {message}
        </p>
      )}
      <h3>{t('templates.builtIn')}</h3>
      <ul className="template-list">{builtIn.map(card)}</ul>
      <h3>{t('templates.mine')}</h3>
      {mine.length === 0 ? <p className="empty">{t('templates.noneMine')}</p> : <ul className="template-list">{mine.map(card)}</ul>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
      {editing && (
        <TemplateEditDialog
          template={editing}
          onClose={() => setEditing(null)}
          onSave={(template) => {
            setEditing(null);
            void run(() => api['templates:save']({ template }), t('templates.saved'));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('templates.deleteTitle')}
          message={t('templates.deleteMessage', { name: deleting.name })}
          confirmLabel={t('common:actions.delete')}
          cancelLabel={t('common:actions.cancel')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void run(() => api['templates:delete']({ id }));
          }}
        />
      )}
    </Dialog>
  );
}

/** Name and description of a user template (and, from the editor, of a new one). */
export function TemplateEditDialog({ template, onClose, onSave, heading }: { template: Template; onClose: () => void; onSave: (t: Template) => void | Promise<void>; heading?: string }) {
  const { t } = useTranslation(['library', 'common']);
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const tooLong = name.length > 500 || description.length > 2000;
  return (
    <Dialog label={heading ?? t('templates.edit')} onClose={onClose} className="template-edit" testId="template-edit">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && !tooLong) void onSave({ ...template, name: name.trim(), description });
        }}
      >
        <h2>{heading ?? t('templates.edit')}</h2>
        <label className="field">
          <span>{t('templates.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={500} autoFocus data-testid="template-name" />
        </label>
        <label className="field">
          <span>{t('templates.description')}</span>
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} rows={3} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
