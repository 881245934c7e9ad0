import { useEffect, useState } from 'react';
import { useApi } from './api-context';

export interface AppMode {
  /** The Electron app (native dialogs, the system printer) rather than browser mode. */
  electron: boolean;
  dataDir: string;
}

/** Which transport carries the services, from app:info (the renderer reads no window globals). */
export function useAppMode(): AppMode | null {
  const api = useApi();
  const [mode, setMode] = useState<AppMode | null>(null);
  useEffect(() => {
    let live = true;
    api['app:info']({}).then(
      (info) => live && setMode({ electron: info.mode === 'electron', dataDir: info.dataDir }),
      () => live && setMode({ electron: false, dataDir: '' }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return mode;
}
