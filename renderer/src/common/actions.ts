import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { ACTIONS, isActionId, matchesAction, type ActionId, type ActionScope, type ActionSpec, type KeyEventLike } from '../../../shared/actions/table';

/** What an action does in the view that owns it; `when` says whether it applies to this event now. */
export interface ActionHandler {
  run: () => void;
  when?: () => boolean;
}
export type ActionHandlers = Partial<Record<ActionId, ActionHandler | (() => void)>>;

function normalise(h: ActionHandler | (() => void)): ActionHandler {
  return typeof h === 'function' ? { run: h } : h;
}

/**
 * Runs the first action of `scope` whose keys match the event and whose handler applies; true when
 * one ran (the caller then prevents the default). Keys a field handles itself are never bound here.
 */
export function runKeyAction(e: KeyEventLike, scope: ActionScope, handlers: ActionHandlers): boolean {
  for (const spec of ACTIONS as readonly ActionSpec[]) {
    if (spec.scope !== scope || spec.fieldKey || spec.menuOnly) continue;
    const h = handlers[spec.id as ActionId];
    if (!h || !matchesAction(e, spec.id as ActionId)) continue;
    const { run, when } = normalise(h);
    if (when && !when()) continue;
    run();
    return true;
  }
  return false;
}

/** The handlers of the mounted views, by id: what a menu click reaches. */
const mounted = new Map<ActionId, ActionHandler>();

/**
 * What the Edit menu's Undo and Redo run: the first of these view actions that is mounted and
 * applies now; with none, the focused text field's own undo (a search box, a dialog's field).
 */
const MENU_ROUTES: Partial<Record<ActionId, { views: readonly ActionId[]; command: 'undo' | 'redo' }>> = {
  'app.undo': { views: ['editor.undo', 'library.undoTrash'], command: 'undo' },
  'app.redo': { views: ['editor.redo'], command: 'redo' },
};

function runMounted(id: ActionId): boolean {
  const h = mounted.get(id);
  if (!h || (h.when && !h.when())) return false;
  h.run();
  return true;
}

/** Runs an action sent by the application menu, if a mounted view offers it and it applies now. */
export function runMenuAction(id: unknown, doc: Pick<Document, 'execCommand'> = document): boolean {
  if (!isActionId(id)) return false;
  const route = MENU_ROUTES[id];
  if (!route) return runMounted(id);
  if (route.views.some(runMounted)) return true;
  // execCommand is deprecated but is still how a page asks for a field's native undo.
  return doc.execCommand(route.command);
}

/**
 * A view's actions: returns a key handler for them and, while mounted, offers them to the menu.
 * Handlers may change every render; the latest ones are used.
 */
export function useActions(scope: ActionScope, handlers: ActionHandlers): (e: KeyEventLike) => boolean {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const ids = Object.keys(handlers).filter(isActionId).sort().join(' ');
  useEffect(() => {
    const mine = ids ? (ids.split(' ') as ActionId[]) : [];
    const entries = mine.map((id) => {
      const entry: ActionHandler = {
        run: () => {
          const h = latest.current[id];
          if (h) normalise(h).run();
        },
        when: () => {
          const h = latest.current[id];
          return !!h && (normalise(h).when?.() ?? true);
        },
      };
      mounted.set(id, entry);
      return [id, entry] as const;
    });
    return () => {
      for (const [id, entry] of entries) if (mounted.get(id) === entry) mounted.delete(id);
    };
  }, [ids]);
  return useCallback((e: KeyEventLike) => runKeyAction(e, scope, latest.current), [scope]);
}

/** What the preload offers for the menu's actions (absent in browser mode). */
interface MenuBridge {
  onAction?: (listener: (id: string) => void) => () => void;
}

/** Mounted once by the shell: an action id sent by the application menu runs like its key. */
export function useMenuActions(): void {
  useEffect(() => {
    const bridge = (window as unknown as { briefing?: MenuBridge }).briefing;
    return bridge?.onAction?.((id) => void runMenuAction(id));
  }, []);
}
