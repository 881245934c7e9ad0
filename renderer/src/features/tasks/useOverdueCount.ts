import { useEffect, useState } from 'react';
import { useApi } from '../../common/api-context';

/**
 * The number of overdue tasks for the top bar's badge. Read again whenever `epoch` changes (the
 * shell bumps it when the view changes, so a save in the editor or progress in the register shows
 * on the way back), and every minute so a deadline passing at midnight shows without a click.
 * Asks for the count alone (tasks:summary): the whole register, parsed in the page every minute,
 * stalled the renderer for 100–240 ms at 5,000 documents (a keystroke in any view waited for it).
 */
export function useOverdueCount(epoch: unknown): number {
  const api = useApi();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    const read = () =>
      api['tasks:summary']({}).then(
        ({ overdue }) => live && setCount(overdue),
        () => undefined,
      );
    void read();
    const timer = setInterval(() => void read(), 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, epoch]);
  return count;
}
