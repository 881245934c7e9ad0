import { useMemo } from 'react';
import type { Briefing } from '../../../../shared/model';
import { dismissKey } from './fixes';
import { useDiagnostics } from './useDiagnostics';
import { useDismissed } from './useDismissed';

export interface ProblemCount {
  /** Findings not dismissed for this document. */
  count: number;
  errors: number;
  warnings: number;
  infos: number;
  /** How many of them have a safe automatic fix. */
  fixable: number;
  /** False until the first check has answered (show nothing rather than a wrong 0). */
  ready: boolean;
}

/**
 * The number of open proofreading problems in a document, as the problems panel counts them
 * (dismissed findings excluded). For the export dialog: `const { count, ready } = useProblemCount(doc)`
 * and t('check:panel.beforeExport', { count }) when count > 0.
 */
export function useProblemCount(doc: Briefing): ProblemCount {
  const result = useDiagnostics(doc, 0);
  const { keys } = useDismissed(doc.id);
  return useMemo(() => {
    const checked = result.doc;
    const open = checked ? result.diagnostics.filter((d) => !keys.has(dismissKey(d, checked))) : [];
    return {
      count: open.length,
      errors: open.filter((d) => d.severity === 'error').length,
      warnings: open.filter((d) => d.severity === 'warning').length,
      infos: open.filter((d) => d.severity === 'info').length,
      fixable: open.filter((d) => d.fix).length,
      ready: checked !== null,
    };
  }, [result.diagnostics, result.doc, keys]);
}
