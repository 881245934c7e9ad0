/**
 * The diagonal watermark (征求意见稿, 送审稿) as Word itself writes one (设计 > 水印): a VML WordArt
 * text shape named PowerPlusWaterMarkObject, anchored in the page headers and centred on the
 * margins, so it prints on every page behind the text. Word and WPS show it in their watermark
 * dialog, LibreOffice imports it as a Fontwork shape. The docx library has no VML text path, so
 * the header parts are written with an empty paragraph and patched after packing (package.ts).
 */

/** The namespaces the shape uses; docx 9 declares them on w:hdr today, this keeps that true. */
const NAMESPACES: Record<string, string> = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
};

/** Word's shapetype 136 (plain text on a path), verbatim: Word rejects a WordArt shape without it. */
const SHAPETYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>' +
  '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>' +
  '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
  '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

/** Character height of the watermark, as the print CSS (.watermark: 64 pt) … */
const CHAR_PT = 64;
/** … but never wider than the type area's 156 mm (442 pt) before the 45° turn. */
const MAX_WIDTH_PT = 420;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One run holding the watermark shape. `n` numbers the shape (ids must be unique in the document);
 * `fontFamily` is the 黑体 of the print CSS. rotation 315 = 45° rising to the right, as Word's
 * "斜式"; silver at 50% opacity, no outline: Word's "半透明" default.
 */
export function watermarkRun(text: string, n: number, fontFamily: string): string {
  const chars = Math.max(1, [...text].length);
  const width = Math.min(MAX_WIDTH_PT, chars * CHAR_PT);
  const height = Math.round((width / chars) * 10) / 10;
  const style = [
    'position:absolute',
    'margin-left:0',
    'margin-top:0',
    `width:${width}pt`,
    `height:${height}pt`,
    'rotation:315',
    'z-index:-251654144',
    'mso-position-horizontal:center',
    'mso-position-horizontal-relative:margin',
    'mso-position-vertical:center',
    'mso-position-vertical-relative:margin',
  ].join(';');
  return (
    '<w:r><w:rPr><w:noProof/></w:rPr><w:pict>' +
    SHAPETYPE +
    `<v:shape id="PowerPlusWaterMarkObject${n}" o:spid="_x0000_s${2049 + n}" type="#_x0000_t136" style="${style}" o:allowincell="f" fillcolor="silver" stroked="f">` +
    '<v:fill opacity=".5"/>' +
    `<v:textpath style="font-family:&quot;${attr(fontFamily)}&quot;;font-size:1pt" string="${attr(text)}"/>` +
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
  );
}

/** Declares on the header's root element any of the shape's namespaces it lacks. */
export function declareNamespaces(headerXml: string): string {
  return headerXml.replace(/<w:hdr\b([^>]*)>/, (root: string, attrs: string) => {
    const missing = Object.entries(NAMESPACES).filter(([p]) => !new RegExp(`\\sxmlns:${p}="`).test(attrs));
    return missing.length ? `<w:hdr${attrs}${missing.map(([p, uri]) => ` xmlns:${p}="${uri}"`).join('')}>` : root;
  });
}

/** The header part with the watermark run in its first paragraph (written empty by buildDocx). */
export function addWatermark(headerXml: string, text: string, n: number, fontFamily: string): string {
  if (headerXml.includes('PowerPlusWaterMarkObject')) return headerXml;
  const xml = declareNamespaces(headerXml);
  const run = watermarkRun(text, n, fontFamily);
  const empty = xml.search(/<w:p\/>/);
  const open = xml.search(/<w:p[\s>]/);
  if (empty >= 0 && (open < 0 || empty < open)) return `${xml.slice(0, empty)}<w:p>${run}</w:p>${xml.slice(empty + '<w:p/>'.length)}`;
  if (open >= 0) {
    const close = xml.indexOf('</w:p>', open);
    return `${xml.slice(0, close)}${run}${xml.slice(close)}`;
  }
  return xml.replace('</w:hdr>', `<w:p>${run}</w:p></w:hdr>`);
}
