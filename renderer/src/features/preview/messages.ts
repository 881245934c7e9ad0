import { PREVIEW_MESSAGE, type PreviewFrameMessage } from '../../../../shared/layout';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e7;

/**
 * A message from a preview frame, checked field by field: the frame runs only our scripts, but a
 * message is data from another origin and is treated as such (only known shapes, sane numbers).
 */
export function readFrameMessage(data: unknown): PreviewFrameMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.tag !== PREVIEW_MESSAGE) return null;
  if (m.type === 'section' && typeof m.id === 'string') return { tag: PREVIEW_MESSAGE, type: 'section', id: m.id };
  if (m.type === 'ready' && typeof m.path === 'string' && isNumber(m.pages) && isNumber(m.width) && isNumber(m.height)) {
    return { tag: PREVIEW_MESSAGE, type: 'ready', path: m.path, pages: m.pages, width: m.width, height: m.height };
  }
  return null;
}
