import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { debrisTailAt } from '../../shared/importer/cleanup/inline-debris';

/** Debris closing a line, read by what its tail is made of. Every text here is made up. */
const NOW = new Date('2026-06-01T00:00:00Z');

describe('debris after a line’s last Han character', () => {
  it('drops a cut entity, a glyph and a broken tag after the sentence', () => {
    const text = [
      '青禾县召开防汛工作会议',
      '6月2日，青禾县召开防汛工作会议，县长陆明川主持会议。各乡镇主要负责人参加会议。 &nbs',
      '会议要求，各乡镇要压实责任，做好应急准备。◇',
      '会议强调，要加强巡查值守，确保安全度汛?/P>',
      '会议还通报了近期雨情水情，部署了下一步工作。 w{ /7Q',
    ].join('\n');
    const out = importText(text, { now: NOW }).text;
    for (const bit of ['&nbs', '◇', '/P>', 'w{']) expect(out).not.toContain(bit);
    expect(out).toContain('确保安全度汛');
  });

  it('drops an ellipsis set off after a cut teaser', () => {
    const line = '会议传达学习了省委全会精神，要求深入 ……';
    expect(line.slice(debrisTailAt(line))).toBe(' ……');
  });

  it('keeps a report’s own tail: a number, a Latin word, a closing mark', () => {
    for (const line of ['全县粮食产量增长5%', '研发投入R&D', '研究部署APEC', '会议要求。”', '详见附件1/2', '“十四五”', '会议……']) expect(debrisTailAt(line)).toBe(-1);
  });
});
