// Dev-time helper: the packing the homophone adjacency tables share (tools/derive-homophone-adjacency.ts
// and derive-homophone-adjacency-far.ts). A neighbour word gets an id of two digits, commonest first,
// in base 91 (printable ASCII without ` \ $, which a template literal would read); an item is the id
// and its lift in one digit (tenths − 20). shared/check/words/homophone-adjacency*.ts read it back.

/** A fix's items: neighbour word -> lift in tenths, before (l) and after (r) it. */
export interface FixItems {
  l: Map<string, number>;
  r: Map<string, number>;
}

export interface NeighbourIds {
  /** The digits, in order. */
  alphabet: string;
  /** The neighbour words by id (an id is a place in this list). */
  words: string[];
  /** Items packed as sorted id + lift digit, or "-". */
  pack: (items: Iterable<[string, number]>) => string;
  /** Neighbour ids packed, or "-". */
  ids: (ns: Iterable<string>) => string;
}

export function neighbourIds(fixItems: Iterable<FixItems>): NeighbourIds {
  const use = new Map<string, number>();
  for (const f of fixItems) for (const n of [...f.l.keys(), ...f.r.keys()]) use.set(n, (use.get(n) ?? 0) + 1);
  const words = [...use.keys()].sort((x, y) => use.get(y)! - use.get(x)! || (x < y ? -1 : 1));
  const alphabet = [...Array(94)]
    .map((_, k) => String.fromCharCode(33 + k))
    .filter((c) => !'`\\$'.includes(c))
    .join('');
  const B = alphabet.length;
  if (words.length > B * B) throw new Error(`${words.length} neighbours: more than two digits hold`);
  const digit = (v: number): string => alphabet[Math.max(0, Math.min(B - 1, v))]!;
  const id = new Map(words.map((n, k) => [n, digit(Math.floor(k / B)) + digit(k % B)]));
  const pack = (items: Iterable<[string, number]>): string =>
    [...items]
      .sort(([x], [y]) => (id.get(x)! < id.get(y)! ? -1 : 1))
      .map(([n, v]) => id.get(n)! + digit(v - 20))
      .join('') || '-';
  const ids = (ns: Iterable<string>): string => [...ns].map((n) => id.get(n)).join('') || '-';
  return { alphabet, words, pack, ids };
}
