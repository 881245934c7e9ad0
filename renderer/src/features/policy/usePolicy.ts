import { useCallback, useEffect, useState } from 'react';
import type { Response } from '../../../../shared/api';
import { useApi } from '../../common/api-context';

export type PolicyState = Response<'policy:get'>;

/**
 * The administrator's policy as the services loaded it (policy:get), and the automatic backup it
 * runs. Null until it arrives; `reload` reads it again (the backup status moves on).
 */
export function usePolicy(): { state: PolicyState | null; reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<PolicyState | null>(null);
  const reload = useCallback(() => {
    api['policy:get']({}).then(setState, () => undefined);
  }, [api]);
  useEffect(reload, [reload]);
  return { state, reload };
}
