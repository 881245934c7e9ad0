/**
 * Text file encodings seen in Chinese offices: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Notepad's "Unicode"), GB18030/GBK (mainland Windows), Big5 (Taiwan and Hong Kong). Legacy
 * encodings are detected, not assumed: each candidate decoding is scored by how many of its Han
 * characters are among the commonest ones in either script; a wrong guess produces rare
 * characters. Node's full-ICU TextDecoder does gb18030 and big5.
 */
const COMMON_HANS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const COMMON_HANT_ONLY =
  '這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴龍飛';
const COMMON = new Set(COMMON_HANS + COMMON_HANT_ONLY);

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeResult = { ok: true; text: string; encoding: DetectedEncoding } | { ok: false; reason: 'binary' | 'encoding' };

/** Share of Han characters that are common ones; 1 when there is no Han at all. */
export function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return han === 0 ? 1 : common / han;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Looks like a binary format (zip, pdf, images, executables) or has NULs outside UTF-16. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = Array.from(bytes.subarray(0, 8));
  const sig = (...b: number[]) => b.every((v, i) => head[i] === v);
  if (
    sig(0x50, 0x4b, 0x03, 0x04) ||
    sig(0x25, 0x50, 0x44, 0x46) ||
    sig(0x89, 0x50, 0x4e, 0x47) ||
    sig(0xff, 0xd8, 0xff) ||
    sig(0x7f, 0x45, 0x4c, 0x46) ||
    sig(0x4d, 0x5a) ||
    sig(0xd0, 0xcf, 0x11, 0xe0)
  )
    return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  return control > sample.length * 0.02;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    return text === null ? { ok: false, reason: 'encoding' } : { ok: true, text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  // Legacy encodings: the candidate whose Han characters are most often common ones wins, and
  // it must be clearly plausible; otherwise we say we do not know rather than show mojibake.
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(bytes, encoding) }))
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== null)
    .map((c) => ({ ...c, score: commonShare(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.35) return { ok: false, reason: 'encoding' };
  return { ok: true, text: best.text, encoding: best.encoding };
}

/** An HTML file may declare its charset; we honour a declaration we can decode with. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  if (name === 'gbk' || name === 'gb2312' || name === 'gb18030') return 'gb18030';
  if (name === 'big5' || name === 'big5-hkscs') return 'big5';
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  return null;
}
