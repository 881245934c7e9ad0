import type { Api } from '../../../shared/api';
import { buildPrintHtml } from '../../../shared/layout';
import type { PrintJobRegistry } from './print-jobs';

/** Browser mode: the loopback host serves print jobs beside the renderer (same origin). */
export const hostPrintUrl = (id: string): string => `/print/${id}.html`;

/**
 * preview:publish: the print HTML of the document as edited, held as a print job for the preview
 * frame to load. The HTML is always built here from the validated document, never taken from the
 * renderer, so the page the print CSP lets run holds only what shared/layout writes.
 */
export function previewFeature(jobs: PrintJobRegistry, urlFor: (id: string) => string = hostPrintUrl): Pick<Api, 'preview:publish'> {
  return {
    'preview:publish': async (req) => {
      const { html } = buildPrintHtml(req.doc, req.layout ?? req.doc.kind, req.options);
      const id = jobs.add(html);
      return { id, url: urlFor(id) };
    },
  };
}
