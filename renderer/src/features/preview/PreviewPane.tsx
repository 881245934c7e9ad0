import { memo, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutOptions, type LayoutOptionsInput, type LayoutPreset } from '../../../../shared/layout';
import type { Briefing } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { Preview } from './Preview';
import { useAppMode } from '../../common/useAppMode';
import { usePreviewUrl } from './usePreviewUrl';
import { useSettled } from '../../common/use-settled';
import './preview.css';
import { useCachedT } from '../../common/use-cached-t';

/** Zoom steps of the preview (1 = the sheet at 100 %); the side pane opens at ZOOM_DEFAULT. */
export const ZOOMS = [0.3, 0.4, 0.5, 0.6, 0.75, 1, 1.25, 1.5] as const;
const ZOOM_DEFAULT = 0.5;

export interface PreviewPaneProps {
  doc: Briefing;
  layout?: LayoutPreset;
  options?: LayoutOptionsInput;
  onSection?: (sectionId: string) => void;
  /** The laid-out page count, whenever the preview settles (0 while none is shown). */
  onPages?: (pages: number) => void;
}

const NO_OPTIONS: LayoutOptionsInput = {};

/** The page preview beside the editor: page count, zoom, the 22x28 grid, print. Memoised: the editor re-renders per keystroke, the preview only when its document does. */
export const PreviewPane = memo(function PreviewPane({ doc, layout, options = NO_OPTIONS, onSection, onPages }: PreviewPaneProps) {
  const { t: translate } = useTranslation('export');
  // re-rendered with the live document after every keystroke: its bar's messages come from a cache
  const t = useCachedT(translate);
  const api = useApi();
  // The page follows a settled copy (after a pause in typing, in idle time): laying out 20 pages in
  // the preview frame must never land between a keystroke and its frame. Print takes the latest.
  const shown = useSettled(doc);
  const source = usePreviewUrl(api, shown, layout ?? shown.kind, options);
  const [pages, setPages] = useState(0);
  const handlePages = useCallback(
    (n: number) => {
      setPages(n);
      onPages?.(n);
    },
    [onPages],
  );
  const [zoom, setZoom] = useState<number>(ZOOM_DEFAULT);
  const [grid, setGrid] = useState(false);
  const [printFrame, setPrintFrame] = useState<(() => void) | null>(null);
  const printRef = useCallback((print: (() => void) | null) => setPrintFrame(() => print), []);
  const mode = useAppMode();
  const [printError, setPrintError] = useState<unknown>(null);
  // The app prints from its hidden print window through the system dialog (duplex preselected);
  // browser mode prints the page shown in the frame, which is the same print page.
  const print = () => {
    setPrintError(null);
    if (mode?.electron) {
      api['print:document']({ doc, layout: layout ?? doc.kind, options: layoutOptions(options) }).catch(setPrintError);
    } else printFrame?.();
  };
  const step = (delta: number) => {
    const at = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);
    setZoom(ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, at + delta))]!);
  };

  return (
    <section className="preview-pane" aria-label={t('preview.title')} data-testid="preview-pane">
      <div className="preview-bar" role="toolbar" aria-label={t('preview.title')}>
        <span role="status" data-testid="preview-pages">
          {pages ? t('preview.pages', { count: pages }) : t('preview.loading')}
        </span>
        <span className="spacer" />
        <span className="preview-zoom" role="group" aria-label={t('preview.zoom')}>
          <button type="button" onClick={() => step(-1)} disabled={zoom <= ZOOMS[0]} aria-label={t('preview.zoomOut')}>
            −
          </button>
          <span className="zoom-value" data-testid="preview-zoom">
            {Math.round(zoom * 100)}%
          </span>
          <button type="button" onClick={() => step(1)} disabled={zoom >= ZOOMS[ZOOMS.length - 1]!} aria-label={t('preview.zoomIn')}>
            +
          </button>
        </span>
        <label className="preview-grid">
          <input type="checkbox" checked={grid} onChange={(e) => setGrid(e.target.checked)} data-testid="preview-grid" />
          {t('preview.grid')}
        </label>
        <button type="button" onClick={print} disabled={!mode || (!mode.electron && !printFrame)} data-testid="preview-print">
          {t('preview.print')}
        </button>
      </div>
      {printError !== null && (
        <p className="preview-error" role="alert">
          {errorMessage(translate, printError)}
        </p>
      )}
      {source.error !== null && (
        <p className="preview-error" role="alert">
          {t('preview.failed', { reason: errorMessage(translate, source.error) })}
        </p>
      )}
      <div className="preview-scroll">{source.url && <Preview url={source.url} zoom={zoom} grid={grid} onPages={handlePages} onSection={onSection} printRef={printRef} />}</div>
    </section>
  );
});

/** The editor's page with the preview beside it; the preview can be folded away. */
export function EditorWorkspace({ children, ...pane }: PreviewPaneProps & { children: ReactNode }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(true);
  const { onPages } = pane;
  useEffect(() => {
    if (!open) onPages?.(0);
  }, [open, onPages]);
  return (
    <div className={`editor-workspace${open ? ' with-preview' : ''}`}>
      <div className="editor-column">{children}</div>
      {open ? (
        <div className="preview-column">
          <button type="button" className="preview-fold" onClick={() => setOpen(false)} data-testid="preview-hide">
            {t('preview.hide')}
          </button>
          <PreviewPane {...pane} />
        </div>
      ) : (
        <button type="button" className="preview-unfold" onClick={() => setOpen(true)} data-testid="preview-show">
          {t('preview.show')}
        </button>
      )}
    </div>
  );
}
