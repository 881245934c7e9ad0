/**
 * Short names of current government organs that jieba's dictionary (built from older text) lacks:
 * 卫健委, 住建局, 医保局. Cut into single characters, their inner pairs (健委, 建局) look like slips
 * of rarer words (建委 31), which the slip rule's lower bars for rare targets would then name. The
 * slip rule reads them as known parts (slip.ts knownPart), as it does OFFICIAL_WORDS; the segmenter
 * is not changed. Every entry is one jieba counts 0-3 times (checked when the list was written).
 */
export const ORGAN_ABBREVIATIONS: readonly string[] = `
卫健委 卫健局 发改委 发改局 住建局 住建委 住建部 医保局 市监局 应急局 文旅局 文广旅局 人社局 工信局 林草局
网信办 编办 监委 政数局 科工局 民宗局 教体局 城管局 信访局 农业农村局 乡村振兴局 退役军人事务局
`
  .split(/\s+/)
  .filter(Boolean);
