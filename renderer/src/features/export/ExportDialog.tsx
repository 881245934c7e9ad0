import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../../shared/api/channels/export';
import { AppError } from '../../../../shared/api';
import { LAYOUT_PRESETS, STOCK_CLASSIFICATIONS, STOCK_WATERMARKS, exportFileName, layoutOptions, type LayoutPreset } from '../../../../shared/layout';
import type { Briefing } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { Dialog } from '../../common/Dialog';
import { SCRIPT_CHOICES, dirOf, fileNameFor, joinPath, scriptOptions, type ScriptChoice } from './choices';
import { exportErrorMessage, fontLines } from './messages';
import './export.css';

export interface ExportDialogProps {
  /** The document as edited (unsaved changes included). */
  doc: Briefing;
  /** Open proofreading problems; undefined until the checker has answered. */
  openProblems?: number;
  /** The app asks where with the native save dialog; browser mode asks for a path here. */
  nativeSave: boolean;
  /** Browser mode's default folder (the data dir's exports/). */
  defaultDir: string;
  onClose: () => void;
}

type Phase = { kind: 'form' } | { kind: 'busy' } | { kind: 'done'; result: ExportResult } | { kind: 'failed'; message: string; canReplace: boolean };

/**
 * Layout, format, output script, watermark, classification, file name and where it goes; then
 * export:pdf|docx|html. The services write atomically, so a failure leaves nothing half-written;
 * an existing file is replaced only when the user says so (here, or in the native dialog).
 */
export function ExportDialog({ doc, openProblems, nativeSave, defaultDir, onClose }: ExportDialogProps) {
  const { t } = useTranslation(['export', 'common']);
  const api = useApi();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [layout, setLayout] = useState<LayoutPreset>(doc.kind);
  const [script, setScript] = useState<ScriptChoice>('keep');
  const [watermark, setWatermark] = useState('');
  const [classification, setClassification] = useState(doc.masthead.classification);
  const [fileName, setFileName] = useState(() => exportFileName(doc.title, doc.meeting.date, 'pdf'));
  const [target, setTarget] = useState(() => joinPath(defaultDir, exportFileName(doc.title, doc.meeting.date, 'pdf')));
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });

  const pickFormat = (f: ExportFormat) => {
    setFormat(f);
    const name = fileNameFor(fileName, f);
    setFileName(name);
    setTarget((p) => joinPath(dirOf(p) || defaultDir, name));
  };
  const rename = (name: string) => {
    setFileName(name);
    setTarget((p) => joinPath(dirOf(p) || defaultDir, fileNameFor(name, format)));
  };

  const run = async (overwrite: boolean) => {
    const path = target.trim();
    // The app: the native dialog chooses (and asks before replacing); main keeps the path and
    // hands back a single-use handle for this one export.
    let where: { path: string } | { handle: string } = { path };
    if (nativeSave) {
      const chosen = await api['dialog:saveFile']({ fileName: fileNameFor(fileName, format), format });
      if (!chosen.handle) return;
      where = { handle: chosen.handle };
    }
    setPhase({ kind: 'busy' });
    const request = {
      doc,
      layout,
      options: layoutOptions({ ...scriptOptions(script), watermark, classification }),
      ...where,
      ...('path' in where ? { overwrite } : {}),
    };
    try {
      const result = await api[`export:${format}`](request);
      setPhase({ kind: 'done', result });
    } catch (e) {
      const message = exportErrorMessage(t, e, path, joinPath(defaultDir, fileNameFor(fileName, format)));
      setPhase({ kind: 'failed', message, canReplace: e instanceof AppError && e.code === 'conflict' });
    }
  };

  const busy = phase.kind === 'busy';
  const fonts = phase.kind === 'done' ? fontLines(t, phase.result.fonts) : [];
  return (
    <Dialog label={t('dialog.title')} onClose={onClose} className="export-dialog" testId="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <h2>{t('dialog.title')}</h2>
        <div className="export-grid">
          <label>
            {t('dialog.layout')}
            <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutPreset)} data-testid="export-layout">
              {LAYOUT_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t(`layout.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dialog.format')}
            <select value={format} onChange={(e) => pickFormat(e.target.value as ExportFormat)} data-testid="export-format">
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`format.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dialog.script')}
            <select value={script} onChange={(e) => setScript(e.target.value as ScriptChoice)} data-testid="export-script">
              {SCRIPT_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {t(`script.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dialog.watermark')}
            <select value={watermark} onChange={(e) => setWatermark(e.target.value)} data-testid="export-watermark">
              <option value="">{t('dialog.noWatermark')}</option>
              {/* the watermark is printed on the document as it is, whatever the UI language */}
              {STOCK_WATERMARKS.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dialog.classification')}
            <input list="export-classifications" value={classification} maxLength={40} onChange={(e) => setClassification(e.target.value)} data-testid="export-classification" />
            <datalist id="export-classifications">
              {STOCK_CLASSIFICATIONS.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </label>
          <label>
            {t('dialog.fileName')}
            <input value={fileName} maxLength={200} onChange={(e) => rename(e.target.value)} data-testid="export-file-name" />
          </label>
          {!nativeSave && (
            <label className="wide">
              {t('dialog.where')}
              <input value={target} maxLength={4096} onChange={(e) => setTarget(e.target.value)} spellCheck={false} data-testid="export-path" />
            </label>
          )}
        </div>
        {openProblems !== undefined && openProblems > 0 && (
          <p role="note" className="export-problems" data-testid="export-problems">
            {t('dialog.openProblems', { count: openProblems })}
          </p>
        )}
        {phase.kind === 'failed' && (
          <p role="alert" className="export-error" data-testid="export-error">
            {phase.message}
          </p>
        )}
        {phase.kind === 'done' && (
          <div role="status" className="export-done" data-testid="export-done">
            <p>{t('dialog.wrote', { path: phase.result.path, detail: detailOf(t, phase.result) })}</p>
            {fonts.length > 0 && (
              <ul className="export-fonts" aria-label={t('dialog.fontsTitle')} data-testid="export-fonts">
                {fonts.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {phase.kind === 'done' ? t('dialog.close') : t('dialog.cancel')}
          </button>
          {phase.kind === 'failed' && phase.canReplace && (
            <button type="button" className="danger" onClick={() => void run(true)} data-testid="export-replace">
              {t('dialog.replace')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy} data-testid="export-submit">
            {busy ? t('dialog.exporting') : nativeSave ? t('dialog.choose') : t('dialog.export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function detailOf(t: ReturnType<typeof useTranslation>['t'], r: ExportResult): string {
  const size = t('dialog.size', { kb: Math.max(1, Math.round(r.bytes / 1024)) });
  return r.pages ? t('dialog.pagesAndSize', { pages: t('cli.pages', { count: r.pages }), size }) : size;
}
