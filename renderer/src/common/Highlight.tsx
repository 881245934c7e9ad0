import { highlightPieces } from '../../../shared/editor';

/** Text with the search phrases marked; document text is rendered as text, never as HTML. */
export function Highlight({ text, phrases }: { text: string; phrases: readonly string[] }) {
  if (phrases.length === 0) return <>{text}</>;
  return <>{highlightPieces(text, phrases).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
