import { memo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanPaste, mergeWithPrevious, replaceInParagraph, setParagraph, splitParagraph } from '../../../../shared/editor';
import { isComposing } from '../../common/keys';
import { ParagraphMarks } from '../../features/check';
import { fk, type Edit } from '../../common/edit-state';
import { useParagraphText } from './doc-text';
import { useCachedT } from '../../common/use-cached-t';

export interface ParagraphProps {
  sectionId: string;
  index: number;
  text: string;
  edit: Edit;
  notify: (message: string) => void;
}

/**
 * One paragraph: a plain textarea that grows with its content (CSS field-sizing, no script on the
 * typing path). Enter makes a new paragraph at the caret; Backspace at the start joins it to the
 * one before; a paste is cleaned (control characters removed, and said so) and split into
 * paragraphs at its line breaks.
 *
 * Typing paints from the latest document (useParagraphText); the editor's state, and the problems
 * list and preview that render from it, follow in a transition: a keystroke costs one small render.
 */
export const Paragraph = memo(function Paragraph({ sectionId, index, text: rendered, edit, notify }: ParagraphProps) {
  const { t: translate, i18n } = useTranslation('editor');
  const t = useCachedT(translate);
  const key = fk.paragraph(sectionId, index);
  const text = useParagraphText(sectionId, index, rendered);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    const el = e.currentTarget;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      const { selectionStart: start, selectionEnd: end } = el;
      edit((d) => splitParagraph(d, sectionId, index, start, end));
    } else if (e.key === 'Backspace' && index > 0 && el.selectionStart === 0 && el.selectionEnd === 0) {
      e.preventDefault();
      edit((d) => mergeWithPrevious(d, sectionId, index));
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const raw = e.clipboardData.getData('text/plain');
    if (!raw) return;
    e.preventDefault();
    const { selectionStart: start, selectionEnd: end } = e.currentTarget;
    const clean = cleanPaste(raw);
    edit((d) => replaceInParagraph(d, sectionId, index, start, end, clean.pieces));
    const n = new Intl.NumberFormat(i18n.language);
    const notes: string[] = [];
    if (clean.removedControls > 0) notes.push(t('paste.removedControls', { count: clean.removedControls, n: n.format(clean.removedControls) }));
    if (clean.cutParagraphs > 0) notes.push(t('paste.cut', { count: clean.pieces.length, n: n.format(clean.pieces.length) }));
    else if (clean.chars >= 10_000) notes.push(t('paste.large', { chars: n.format(clean.chars), count: clean.pieces.length, n: n.format(clean.pieces.length) }));
    if (notes.length) notify(notes.join(' '));
  };

  return (
    <div className="paragraph">
      <textarea
        className="para"
        data-fk={key}
        value={text}
        rows={1}
        spellCheck={false}
        aria-label={t('section.paragraphLabel', { n: index + 1 })}
        onChange={(e) => edit((d) => setParagraph(d, sectionId, index, e.target.value), key, { deferred: true })}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <ParagraphMarks sectionId={sectionId} index={index} text={text} />
    </div>
  );
});
