import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/model';
import { useProblemCount } from '../check';
import { useAppMode } from '../../common/useAppMode';
import { ExportDialog } from './ExportDialog';
import { joinPath } from './choices';

/** Where the transport lets exports go: a native dialog in the app, a path in browser mode. */
function useExportTarget(): { nativeSave: boolean; defaultDir: string } | null {
  const mode = useAppMode();
  return mode && { nativeSave: mode.electron, defaultDir: mode.dataDir ? joinPath(mode.dataDir, 'exports') : '' };
}

/** The dialog with the open proofreading problems counted (the checker runs only while it is open). */
function CountedExportDialog(props: { doc: Briefing; nativeSave: boolean; defaultDir: string; onClose: () => void }) {
  const problems = useProblemCount(props.doc);
  return <ExportDialog {...props} openProblems={problems.ready ? problems.count : undefined} />;
}

/** The editor's export button and its dialog. */
export function ExportButton({ doc }: { doc: Briefing }) {
  const { t } = useTranslation('export');
  const target = useExportTarget();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!target} data-testid="export-open">
        {t('dialog.button')}
      </button>
      {open && target && <CountedExportDialog doc={doc} nativeSave={target.nativeSave} defaultDir={target.defaultDir} onClose={() => setOpen(false)} />}
    </>
  );
}
