import { memo, useMemo, type ReactNode } from 'react';
import type { Diagnostic } from '../../../../shared/check';
import { useCheck } from './CheckProvider';
import './check.css';

/**
 * Wavy underlines under a paragraph's problems: a transparent copy of the text laid over the
 * textarea with the same font, padding and wrapping, its problem stretches underlined. It draws
 * only when the paragraph still reads as it did when checked (stale offsets would underline the
 * wrong characters), and it takes no pointer events, so typing and selecting go to the textarea.
 */
export function ParagraphMarks({ sectionId, index, text }: { sectionId: string; index: number; text: string }) {
  const check = useCheck();
  const marks = useMemo(() => {
    if (!check?.checked) return [];
    const s = check.checked.sections.find((x) => x.id === sectionId);
    if (!s || s.paragraphs[index] !== text) return [];
    return check.diagnostics.filter((d) => d.location.field === 'paragraph' && d.location.sectionId === sectionId && d.location.paragraph === index);
  }, [check, sectionId, index, text]);
  if (!marks.length) return null;
  return <MarkLayer text={text} marks={marks} />;
}

const MarkLayer = memo(function MarkLayer({ text, marks }: { text: string; marks: readonly Diagnostic[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const d of [...marks].sort((a, b) => a.location.offset - b.location.offset)) {
    const { offset, length } = d.location;
    if (offset < at) continue; // overlapping findings: the first one is underlined
    parts.push(text.slice(at, offset));
    parts.push(
      <mark key={offset} className={`check-mark sev-${d.severity}`} data-rule={d.rule}>
        {text.slice(offset, offset + Math.max(length, 1))}
      </mark>,
    );
    at = offset + Math.max(length, 1);
  }
  parts.push(text.slice(at));
  return (
    <div className="check-marks" aria-hidden="true" data-testid="check-marks">
      {parts}
    </div>
  );
});
