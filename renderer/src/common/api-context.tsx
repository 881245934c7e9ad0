import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../../shared/api';

interface ApiContextValue {
  api: Api;
  mode: 'electron' | 'browser';
}

const ApiContext = createContext<ApiContextValue | null>(null);

/** Hands the ApiClient built at boot to every component; nothing else reaches the services. */
export function ApiProvider({ api, mode, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ api, mode }}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi outside ApiProvider');
  return value.api;
}
