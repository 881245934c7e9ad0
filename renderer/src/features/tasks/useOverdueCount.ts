import { useEffect, useState } from 'react';
import { useApi } from '../../common/api-context';

/**
 * The number of overdue tasks for the top bar's badge. Read again whenever `epoch` changes (the
 * shell bumps it when the view changes, so a save in the editor or progress in the register shows
 * on the way back), and every minute so a deadline passing at midnight shows without a click.
 */
export function useOverdueCount(epoch: unknown): number {
  const api = useApi();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    const read = () =>
      api['tasks:list']({}).then(
        ({ tasks }) => live && setCount(tasks.filter((t) => t.overdue).length),
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
