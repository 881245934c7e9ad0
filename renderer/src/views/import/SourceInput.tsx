import { useRef, useState, type ClipboardEvent, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_CHARS } from '../../../../shared/importer';
import { MAX_PICKED_BYTES, toBase64 } from './file-bytes';
import type { useImport } from './useImport';

/** Clipboard HTML may be this long (import:parse's limit); beyond it the plain text is used. */
const MAX_HTML_CHARS = 4_000_000;

type Actions = Pick<ReturnType<typeof useImport>, 'parse' | 'say'>;

/**
 * Where text comes in: a paste (clipboard HTML preferred, for its paragraphs; plain text otherwise),
 * typed text, or a picked file (sent as bytes, decoded in Node like a file on disk; no path is
 * ever sent, so the page cannot name a file for the services to read).
 * Oversized or empty input is refused here with a message, before anything is sent, and never
 * replaces the draft on screen.
 */
export function SourceInput({ parse, say, busy }: Actions & { busy: boolean }) {
  const { t, i18n } = useTranslation('importer');
  const [typed, setTyped] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const n = new Intl.NumberFormat(i18n.language);

  const tooLarge = (size: number, max: number) => t('errors.tooLarge', { size: n.format(size), max: n.format(max) });

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    // The pasted text goes to the importer, not into this box: a 10 MB paste must not freeze a textarea.
    e.preventDefault();
    const html = e.clipboardData.getData('text/html');
    const text = e.clipboardData.getData('text/plain');
    if (!html.trim() && !text.trim()) return say('notice', t('view.pasteEmpty'));
    if (html.trim() && html.length <= MAX_HTML_CHARS) return void parse({ html }, { kind: 'paste' });
    if (text.length > MAX_IMPORT_CHARS) return say('error', `${tooLarge(text.length, MAX_IMPORT_CHARS)} ${t('view.previousKept')}`);
    void parse({ text }, { kind: 'paste' }, html.trim() ? t('view.htmlTooLarge') : '');
  };

  const importTyped = () => {
    if (!typed.trim()) return say('notice', t('view.typedEmpty'));
    if (typed.length > MAX_IMPORT_CHARS) return say('error', tooLarge(typed.length, MAX_IMPORT_CHARS));
    void parse({ text: typed }, { kind: 'paste' });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_PICKED_BYTES) return say('error', t('view.fileTooLarge', { size: bytes(file.size, n), max: bytes(MAX_PICKED_BYTES, n) }));
    let base64: string;
    try {
      base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return say('error', t('view.fileReadFailed', { name: file.name }));
    }
    void parse({ file: { name: file.name.slice(0, 255) || 'file', base64 } }, { kind: 'file', name: file.name });
  };

  return (
    <div className="import-input">
      <label className="import-paste">
        <span>{t('view.pasteLabel')}</span>
        <textarea value={typed} rows={3} onChange={(e) => setTyped(e.target.value)} onPaste={onPaste} placeholder={t('view.paste')} data-testid="import-paste" spellCheck={false} />
      </label>
      <div className="import-input-actions">
        <button type="button" onClick={importTyped} disabled={busy} data-testid="import-typed">
          {t('view.importTyped')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('view.chooseFile')}
        </button>
        <input ref={fileInput} type="file" hidden accept=".txt,.text,.html,.htm,.xhtml,.docx" onChange={(e) => void onFile(e)} data-testid="import-file" />
      </div>
    </div>
  );
}

/** Megabytes in the UI language's own unit words (Intl), one decimal. */
function bytes(size: number, n: Intl.NumberFormat): string {
  const locale = n.resolvedOptions().locale;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(size / 1024 / 1024);
}
