/**
 * 牵头单位 and 责任单位 from an owner line as written in the minutes:
 *   市财政局牵头，市发改委、市住建局配合   -> lead [市财政局], others [市发改委, 市住建局]
 *   市财政局（牵头）、市发改委             -> lead [市财政局], others [市发改委]
 *   市财政局、市发改委                     -> lead [市财政局] (the first listed reports for all), others [市发改委]
 * Kept as text lists: linking them to an address book is a later step.
 */
export interface Units {
  lead: string[];
  others: string[];
}

const SEP = /[、，,；;/／]|及|和|与/;
const clean = (s: string) =>
  s
    .replace(/^(?:由|请)/, '')
    .replace(/[（(]\s*(?:牵头|主办)\s*[)）]/g, '')
    .replace(/(?:牵头|负责|主办|配合|协办|参与)$/g, '')
    .trim();

function list(s: string): string[] {
  return s
    .split(SEP)
    .map(clean)
    .filter((u) => u.length > 0);
}

export function splitUnits(owner: string): Units {
  const text = owner.trim();
  if (!text) return { lead: [], others: [] };
  const marked = /^(.*?)(?:牵头|主办)[，,；;、]?(.*)$/.exec(text.replace(/[（(]\s*(牵头|主办)\s*[)）]/g, '$1'));
  if (marked && marked[1]!.trim()) {
    return { lead: list(marked[1]!), others: list(marked[2] ?? '') };
  }
  const all = list(text);
  return { lead: all.slice(0, 1), others: all.slice(1) };
}

/** The owner named in a decision sentence (由市财政局牵头 / 市住建局负责), or ''. */
export function findOwner(sentence: string): string {
  for (const clause of sentence.split(/[。；;\n]/)) {
    const m = /由([^，,。；;]{2,60}?)(?:牵头|负责|组织|落实)/.exec(clause) ?? /^(?:请)?([^，,。；;]{2,40}?)(?:牵头|负责)/.exec(clause.trim());
    if (!m) continue;
    // 由A牵头，B、C配合: carry the helpers along
    const helpers = /[，,]([^，,。；;]{2,60}?)(?:配合|协办|参与)/.exec(clause.slice(m.index + m[0].length));
    return helpers ? `${m[1]}牵头，${helpers[1]}配合` : m[1]!;
  }
  return '';
}
