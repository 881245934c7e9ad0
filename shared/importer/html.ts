/**
 * Clipboard or file HTML -> plain text, without a DOM: the importer is pure and must never run
 * a page's scripts, so markup is tokenised as text and `<script>`/`<style>` bodies are dropped
 * unread. Ruby annotations become `字(pinyin)` so the ruby cleanup step removes (and records) them
 * exactly as it does for text flattened by a browser.
 */
const DROPPED = ['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'math'];
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'figure',
  'figcaption',
  'main',
  'title',
  'caption',
  'address',
  'center',
  'form',
]);

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  emsp: ' ',
  ensp: ' ',
  thinsp: ' ',
  times: '×',
  copy: '©',
  laquo: '«',
  raquo: '»',
  yen: '¥',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(s: string): boolean {
  return /<(html|body|p|div|span|br|table|ruby|article|h[1-6])\b[^>]*>/i.test(s.slice(0, 20_000));
}

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const tag of DROPPED) s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?(</${tag}\\s*>|$)`, 'gi'), ' ');
  s = s.replace(/<rp\b[^>]*>[\s\S]*?<\/rp\s*>/gi, '');
  s = s.replace(/<rt\b[^>]*>([\s\S]*?)<\/rt\s*>/gi, (_, rt: string) => `(${rt.replace(/<[^>]*>/g, '').trim()})`);
  const out: string[] = [];
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<[!?][^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    out.push(collapse(s.slice(last, m.index)));
    const tag = (m[1] ?? '').toLowerCase();
    if (BLOCKS.has(tag)) out.push('\n');
    else if (tag === 'td' || tag === 'th') out.push(' ');
    last = m.index + m[0].length;
  }
  out.push(collapse(s.slice(last)));
  return decodeEntities(out.join(''))
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * HTML whitespace: runs of spaces and newlines in text are one space. A blank line between two runs
 * of text is kept as a line break: a browser would join them, but a page's source never holds a
 * blank line inside one paragraph's text, while a capture pasted as text with a few tags left in it
 * (a <br /> after each line of the article) keeps its own lines apart that way (the headline, a
 * counter, a site's English blurb above the first tag). Joined, they became one paragraph that no
 * furniture rule can take apart.
 */
function collapse(s: string): string {
  return s
    .split(/(?<=\S)[ \t\r\f]*\n[ \t\r\f]*\n\s*(?=\S)/)
    .map((part) => part.replace(/[ \t\r\n\f]+/g, ' '))
    .join('\n');
}
