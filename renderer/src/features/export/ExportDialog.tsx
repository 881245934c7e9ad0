import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/api/channels/export';
import {
  LAYOUT_PRESETS, OUTPUT_SCRIPTS, STOCK_CLASSIFICATIONS, STOCK_WATERMARKS, exportFileName, type LayoutOptionsInput, type LayoutPreset,
} from '../../../../shared/layout';
import type { Briefing } from '../../../../shared/model';

export interface ExportChoice {
  format: ExportFormat;
  layout: LayoutPreset;
  options: LayoutOptionsInput;
  fileName: string;
}

export interface ExportDialogProps {
  doc: Briefing;
  /** Open proofreading problems, once the checker reports them. */
  openProblems?: number;
  busy?: boolean;
  onExport: (choice: ExportChoice) => void;
  onCancel: () => void;
}

/** Layout, format, script, watermark, classification and a safe file name; the caller asks where to save. */
export function ExportDialog({ doc, openProblems = 0, busy = false, onExport, onCancel }: ExportDialogProps) {
  const { t } = useTranslation('export');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [layout, setLayout] = useState<LayoutPreset>(doc.kind);
  const [script, setScript] = useState<(typeof OUTPUT_SCRIPTS)[number]>('keep');
  const [watermark, setWatermark] = useState('');
  const [classification, setClassification] = useState(doc.masthead.classification);
  const [fileName, setFileName] = useState(() => exportFileName(doc.title, doc.meeting.date, 'pdf'));

  const pickFormat = (f: ExportFormat) => {
    setFormat(f);
    setFileName((name) => name.replace(/\.[a-z]+$/, `.${f}`));
  };

  return (
    <form
      className="export-dialog"
      aria-label={t('dialog.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onExport({ format, layout, options: { script, watermark, classification }, fileName: exportFileName(fileName.replace(/\.[a-z]+$/, ''), '', format) });
      }}
    >
      <label>
        {t('dialog.layout')}
        <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutPreset)}>
          {LAYOUT_PRESETS.map((p) => <option key={p} value={p}>{t(`layout.${p}`)}</option>)}
        </select>
      </label>
      <label>
        {t('dialog.format')}
        <select value={format} onChange={(e) => pickFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{t(`format.${f}`)}</option>)}
        </select>
      </label>
      <label>
        {t('dialog.script')}
        <select value={script} onChange={(e) => setScript(e.target.value as typeof script)}>
          {OUTPUT_SCRIPTS.map((s) => <option key={s} value={s}>{t(`script.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t('dialog.watermark')}
        <select value={watermark} onChange={(e) => setWatermark(e.target.value)}>
          <option value="">{t('dialog.noWatermark')}</option>
          {STOCK_WATERMARKS.map((w) => <option key={w} value={w}>{w}</option>)}
        </select>
      </label>
      <label>
        {t('dialog.classification')}
        <input list="export-classifications" value={classification} maxLength={40} onChange={(e) => setClassification(e.target.value)} />
        <datalist id="export-classifications">
          {STOCK_CLASSIFICATIONS.map((c) => <option key={c} value={c} />)}
        </datalist>
      </label>
      <label>
        {t('dialog.fileName')}
        <input value={fileName} onChange={(e) => setFileName(e.target.value)} />
      </label>
      {openProblems > 0 && <p role="note">{t('dialog.openProblems', { count: openProblems })}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>{t('dialog.cancel')}</button>
        <button type="submit" disabled={busy}>{busy ? t('dialog.exporting') : t('dialog.export')}</button>
      </div>
    </form>
  );
}
