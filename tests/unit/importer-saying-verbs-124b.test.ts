import { describe, expect, it } from 'vitest';
import { speakerKind } from '../../shared/importer/structure/speaker-kind';

/**
 * Round 48 (import-124b): 讲到 / 谈到 / 提到 / 称 after a speech's occasion report words said, as
 * X说 and X表示 do (bench/KEYING.md 9, 11, 14: `directive`). Every text here is made up.
 */
describe('verbs of saying after a speech occasion', () => {
  it('reads 讲到 and 称 as the words said', () => {
    expect(speakerKind('县医院院长邵明在致辞中讲到，医院十年来发展迅速。')).toBe('directive');
    expect(speakerKind('副县长乔安在讲话中称，今年任务艰巨。')).toBe('directive');
  });
});
