import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { SHAPE_FAMILIES } from '../../shared/check/words/shape-families';
import type { Script } from '../../shared/model';

const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('look-alike characters from decomposition data (shape-families.ts)', () => {
  it('groups characters by their shared phonetic part, and a character with the one built on it', () => {
    const groups = SHAPE_FAMILIES.split(' ');
    const together = (a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));
    expect(together('赔', '陪')).toBe(true);
    expect(together('倡', '唱')).toBe(true);
    expect(together('尉', '慰')).toBe(true);
    // Two characters sharing only a radical are no look-alikes.
    expect(together('江', '河')).toBe(false);
  });

  // Pairs outside the curated 形近字 list: caught only through the derived groups.
  it.each([
    ['企业要依法陪偿群众的损失。', 'WRD-02 陪偿→赔偿'],
    ['大力唱导文明节俭的新风尚。', 'WRD-02 唱导→倡导'],
    ['县里组织干部到灾区尉问受灾群众。', 'WRD-02 尉问→慰问'],
  ])('%s', (text, want) => {
    expect(shown(text)).toContain(want);
  });

  // Spots of real reports that the derived pairs "corrected" under the curated list's guards
  // alone (rewritten): a word boundary, a name, a set phrase.
  it.each([
    '会议学习了《习近平谈治国理政》第四卷有关篇目。',
    '要严肃换届纪律，保证大会风清气正。',
    '代市长柯志远出席会议并讲话。',
    '要密切跟踪研判新阶段疫情走势。',
    '要构建亲清政商关系，优化营商环境。',
    '由文化处仿效外地做法拟定方案。',
    '要尊重经济发展规律，稳扎稳打。',
    '由镇村建办牵头，每周通报一次进度。',
    '常务副县长崔翔出席会议。',
  ])('no finding: %s', (text) => {
    expect(shown(text)).toEqual([]);
  });
});
