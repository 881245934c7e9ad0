import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { segmenterState } from '../../shared/importer/segment';

/**
 * The segmenter costs about a second and ~65 MB to load: an ordinary report whose people the
 * surname list and the titles already name must not load it. A file of its own, since vitest
 * isolates files and any other importer test may load it. Made-up text.
 */
describe('segmenter stays unloaded for an ordinary report', () => {
  it('imports leads with 会议/a titled speaker/a listed surname without asking the segmenter', () => {
    const r = importText(
      [
        '县政府召开常务会议',
        '3月2日，县委副书记、县长周明远主持召开县政府常务会议，副县长吴海、李青参加会议。',
        '会议指出，要压紧压实各级责任，确保不发生重大森林火灾。',
        '会议强调，要抓好春季防火各项工作，切实守护群众生命财产安全。',
        '周明远要求，各乡镇要加强巡查，做到早发现、早处置。',
      ].join('\n'),
      { now: new Date('2026-03-05T00:00:00Z') },
    );
    expect(r.draft.sections.map((s) => s.kind)).toEqual(['text', 'directive', 'requirement', 'requirement']);
    expect(segmenterState()).toBe('not loaded');
  });
});
