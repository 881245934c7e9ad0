import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREVIEW_MESSAGE, SECTION_ID, type PreviewAppMessage } from '../../../../shared/layout';
import { readFrameMessage } from './messages';

export interface PreviewProps {
  /** A print page published by preview:publish (app://print/<id>.html or /print/<id>.html). */
  url: string;
  /** 1 = 100 %. */
  zoom?: number;
  /** Overlay the 22-line grid. */
  grid?: boolean;
  /** The page count once the newest page is laid out. */
  onPages?: (pages: number) => void;
  /** A click on a paragraph or heading: the id of its section, for the editor to scroll to. */
  onSection?: (sectionId: string) => void;
  /** Hands the caller a way to print the page shown (browser mode prints the frame itself). */
  printRef?: (print: (() => void) | null) => void;
}

/** A message to the frame without its tag (added on sending), per member of the union. */
type Outgoing = PreviewAppMessage extends infer M ? (M extends PreviewAppMessage ? Omit<M, 'tag'> : never) : never;

interface Sheet {
  url: string;
  width: number;
  height: number;
  ready: boolean;
}

const EMPTY: Sheet = { url: '', width: 0, height: 0, ready: false };
/** A load that has not reported by then is given up for the page waiting behind it. */
const STALL_MS = 3000;
/** Before the first page reports its size: one A4 sheet at 96 dpi. */
const A4_PX = { width: 794, height: 1123 };

/**
 * The paginated preview: the print page itself in a sandboxed frame (an opaque origin that may run
 * only the layout's two scripts), which shows itself as sheets in screen media and breaks lines
 * and pages as print does. Two frames take turns: the next page loads hidden behind the shown one
 * and replaces it only once laid out, so typing never makes the preview flash or jump. A page
 * that is loading is not interrupted: the newest page waits and goes next, so on a slow machine
 * a typist still sees the preview follow (restarting the load on every publish would show nothing
 * until the typing stopped). Zoom
 * scales the frame from outside, so the page inside is never re-laid out for it (and prints at 100 %).
 */
export function Preview({ url, zoom = 1, grid = false, onPages, onSection, printRef }: PreviewProps) {
  const { t } = useTranslation('export');
  const frames = [useRef<HTMLIFrameElement>(null), useRef<HTMLIFrameElement>(null)];
  const [sheets, setSheets] = useState<[Sheet, Sheet]>([EMPTY, EMPTY]);
  const [front, setFront] = useState(0);
  const state = useRef({ sheets, front, grid, onPages, onSection });
  // the message handler is installed once and reads the latest props and state from here
  useLayoutEffect(() => {
    state.current = { sheets, front, grid, onPages, onSection };
  });

  const post = useCallback((index: number, message: Outgoing) => {
    // the frame's origin is opaque, so '*' is the only target that reaches it; it holds nothing secret
    frames[index]?.current?.contentWindow?.postMessage({ ...message, tag: PREVIEW_MESSAGE }, '*');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new page goes to the hidden frame (the shown one stays until the new one is ready).
  const place = useCallback((pageUrl: string) => {
    const { sheets: now, front: shown } = state.current;
    const target = now[shown]!.ready ? 1 - shown : shown;
    setSheets((s) => {
      const next: [Sheet, Sheet] = [s[0], s[1]];
      next[target] = { ...EMPTY, url: pageUrl };
      return next;
    });
  }, []);
  // The newest page waiting for the one in flight, and the timer that gives up on a stuck load.
  const waiting = useRef<{ url: string | null; stall?: ReturnType<typeof setTimeout> }>({ url: null });
  const takeWaiting = useCallback(() => {
    const w = waiting.current;
    clearTimeout(w.stall);
    w.stall = undefined;
    const next = w.url;
    w.url = null;
    if (next) place(next);
  }, [place]);
  useEffect(() => () => clearTimeout(waiting.current.stall), []);

  useEffect(() => {
    if (!url) return;
    const { sheets: now, front: shown } = state.current;
    if (now[shown]!.url === url) return;
    // The newest page replaces any that waited, also when it goes in at once: a page that waited
    // for a load reported in this same render would otherwise be placed after it (the effect below
    // runs next and still finds it waiting), and the preview would end one page behind.
    waiting.current.url = url;
    if (now.some((s) => s.url && !s.ready)) waiting.current.stall ??= setTimeout(takeWaiting, STALL_MS);
    else takeWaiting();
  }, [url, takeWaiting]);

  // Once nothing is loading, the page that waited goes in.
  useEffect(() => {
    if (waiting.current.url && !sheets.some((s) => s.url && !s.ready)) takeWaiting();
  }, [sheets, takeWaiting]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const index = frames.findIndex((f) => f.current && event.source === f.current.contentWindow);
      if (index < 0) return;
      const message = readFrameMessage(event.data);
      if (!message) return;
      const { sheets: now } = state.current;
      if (message.type === 'section') {
        if (SECTION_ID.test(message.id)) state.current.onSection?.(message.id);
        return;
      }
      // a page that was replaced while it loaded reports nothing we show
      if (!now[index]!.url || !now[index]!.url.endsWith(message.path)) return;
      post(index, { type: 'grid', on: state.current.grid });
      setSheets((s) => {
        const next: [Sheet, Sheet] = [s[0], s[1]];
        next[index] = { ...s[index]!, width: message.width, height: message.height, ready: true };
        return next;
      });
      setFront(index);
      state.current.onPages?.(message.pages);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [post]);

  useEffect(() => {
    sheets.forEach((s, i) => s.ready && post(i, { type: 'grid', on: grid }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, post]);

  useEffect(() => {
    printRef?.(sheets[front]!.ready ? () => post(front, { type: 'print' }) : null);
  }, [printRef, sheets, front, post]);

  const shown = sheets[front]!;
  const width = (shown.ready ? shown.width : A4_PX.width) * zoom;
  const height = (shown.ready ? shown.height : A4_PX.height) * zoom;
  return (
    <div className="preview-sheets" style={{ width, height }} data-testid="preview-sheets">
      {sheets.map((s, i) =>
        s.url ? (
          <iframe
            key={i}
            ref={frames[i]}
            className={`preview-frame${i === front && s.ready ? ' shown' : ''}`}
            title={t('preview.title')}
            src={s.url}
            // scripts for the layout's own two; no allow-same-origin: the page gets an opaque origin;
            // allow-modals for the print dialog (browser mode prints the frame)
            sandbox="allow-scripts allow-modals"
            referrerPolicy="no-referrer"
            tabIndex={i === front ? 0 : -1}
            aria-hidden={i !== front}
            data-testid={i === front && s.ready ? 'preview-frame' : undefined}
            style={{ width: s.ready ? s.width : A4_PX.width, height: s.ready ? s.height : A4_PX.height, transform: `scale(${zoom})` }}
          />
        ) : null,
      )}
    </div>
  );
}
