import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGES_ATTRIBUTE, READY_ATTRIBUTE, READY_VALUE } from '../../../../shared/layout';

export interface PreviewProps {
  /** The print HTML from buildPrintHtml: the very document the PDF is printed from. */
  html: string;
  /** 1 = 100 %. */
  zoom?: number;
  /** Overlay the 22-line grid. */
  grid?: boolean;
  onPages?: (pages: number) => void;
  /** A click on a paragraph or heading: the id of its section, for the editor to scroll to. */
  onSection?: (sectionId: string) => void;
}

/**
 * The paginated preview. The print HTML shows itself as pages in screen media (one 225 mm column
 * per page, breaking exactly as print does); this only frames it. Its inline settle script must be
 * allowed by the renderer's CSP (by hash: see settleScript in shared/layout).
 */
export function Preview({ html, zoom = 1, grid = false, onPages, onSection }: PreviewProps) {
  const { t } = useTranslation('export');
  const frame = useRef<HTMLIFrameElement>(null);
  const [pages, setPages] = useState(0);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    let observer: MutationObserver | undefined;
    const onLoad = () => {
      const doc = iframe.contentDocument;
      if (!doc) return;
      const root = doc.documentElement;
      const read = () => {
        if (root.getAttribute(READY_ATTRIBUTE) !== READY_VALUE) return;
        const n = Number(root.getAttribute(PAGES_ATTRIBUTE) ?? 0);
        setPages(n);
        onPages?.(n);
      };
      observer = new MutationObserver(read);
      observer.observe(root, { attributes: true, attributeFilter: [READY_ATTRIBUTE] });
      read();
      doc.addEventListener('click', (e) => {
        const target = (e.target as Element | null)?.closest?.('[data-section]');
        const id = target?.getAttribute('data-section');
        if (id) onSection?.(id);
      });
    };
    iframe.addEventListener('load', onLoad);
    return () => {
      iframe.removeEventListener('load', onLoad);
      observer?.disconnect();
    };
  }, [html, onPages, onSection]);

  useEffect(() => {
    const root = frame.current?.contentDocument?.documentElement;
    if (!root) return;
    if (grid) root.setAttribute('data-grid', 'on');
    else root.removeAttribute('data-grid');
    root.style.setProperty('zoom', String(zoom));
  }, [grid, zoom, pages]);

  return (
    <section className="preview" aria-label={t('preview.title')}>
      <div className="preview-status" role="status">
        {pages ? t('preview.pages', { count: pages }) : t('preview.loading')}
      </div>
      <iframe
        ref={frame}
        className="preview-frame"
        title={t('preview.title')}
        srcDoc={html}
        sandbox="allow-scripts allow-same-origin"
        style={{ width: '100%', height: '100%', border: 0 }}
      />
    </section>
  );
}
