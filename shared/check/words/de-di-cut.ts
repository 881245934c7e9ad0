import type { Token } from './analyse';

/**
 * Particles 的/地/得 rules cut out of a token jieba kept whole (de-di-fused.ts, splitRareDi in
 * de-di.ts): the character before such a 地 and 地 make no word jieba split there (旧地 of 老旧地,
 * 置地 of 闲置地 are the words the cut undid), which readings that guard against a word jieba split
 * (低效 + 用地) must not take it for. Kept by identity, so the token shape stays the analyser's.
 */
const cut = new WeakSet<Token>();

/** A 地 (uv) cut at `end - 1`, remembered as cut. */
export function cutParticle(end: number): Token {
  const particle: Token = { word: '地', tag: 'uv', start: end - 1, end };
  cut.add(particle);
  return particle;
}

export const cutFromWord = (k: Token): boolean => cut.has(k);
