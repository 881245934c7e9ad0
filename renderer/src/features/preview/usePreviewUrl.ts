import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/api';
import { layoutOptions, type LayoutOptionsInput, type LayoutPreset } from '../../../../shared/layout';
import type { Briefing } from '../../../../shared/model';

/** Pause in typing before the page is rebuilt: short enough to keep keystroke-to-page under 300 ms. */
export const PREVIEW_DEBOUNCE_MS = 60;

export interface PreviewSource {
  url: string;
  /** The last publish failed (e.g. a document the schema refuses mid-edit); the old page stays. */
  error: unknown;
}

/**
 * Publishes the document as a print page whenever it changes, after a short pause, one request at a
 * time: while one is in flight, later edits wait and only the newest is sent, so a fast typist
 * never queues stale pages.
 */
export function usePreviewUrl(api: Api, doc: Briefing, layout: LayoutPreset, options: LayoutOptionsInput): PreviewSource {
  const [source, setSource] = useState<PreviewSource>({ url: '', error: null });
  const wanted = useRef({ doc, layout, options });
  useLayoutEffect(() => {
    wanted.current = { doc, layout, options };
  });
  const flight = useRef<{ busy: boolean; again: boolean }>({ busy: false, again: false });
  const optionsKey = JSON.stringify(options);
  // the loop outlives the effect that started it (it always sends the newest document), so it
  // checks whether the component is still mounted, not whether its own effect is current
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const publish = async () => {
      if (flight.current.busy) {
        flight.current.again = true;
        return;
      }
      flight.current.busy = true;
      try {
        do {
          flight.current.again = false;
          const w = wanted.current;
          try {
            const r = await api['preview:publish']({ doc: w.doc, layout: w.layout, options: layoutOptions(w.options) });
            if (mounted.current) setSource({ url: r.url, error: null });
          } catch (error) {
            if (mounted.current) setSource((s) => ({ url: s.url, error }));
          }
        } while (flight.current.again && mounted.current);
      } finally {
        flight.current.busy = false;
      }
    };
    const timer = setTimeout(() => void publish(), PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, doc, layout, optionsKey]);

  return source;
}
