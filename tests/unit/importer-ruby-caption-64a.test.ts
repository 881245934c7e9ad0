import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureLine } from '../../shared/importer/cleanup/furniture';

/**
 * Round 33 (import-64a): a ruby mirror prints pinyin after each character (會(huì)議現(xiàn)場(chǎng)),
 * so the caption under a lost picture no longer read as one and stayed in the body, a section of its
 * own between two leads. The furniture test reads past the glosses. Made-up texts.
 */
describe('a caption with pinyin glosses', () => {
  it('is furniture as the plain caption is', () => {
    expect(isFurnitureLine('會議現場', false)).toBe(true);
    expect(isFurnitureLine('會(huì)議現(xiàn)場(chǎng)', false)).toBe(true);
    expect(isFurnitureLine('座(zuò)談會(huì)現(xiàn)場(chǎng)', false)).toBe(true);
  });

  it('leaves a glossed sentence alone', () => {
    expect(isFurnitureLine('會(huì)議強(qiáng)調(diào)，要抓好落實。', false)).toBe(false);
  });

  it('opens no section between two leads of an imported report', () => {
    const text = ['3月2日，青禾縣政府召開(kāi)常務(wù)會(huì)議。', '會(huì)議指出，春耕工作開局良好。', '會(huì)議現(xiàn)場(chǎng)', '會(huì)議強(qiáng)調(diào)，要抓好春耕備耕。'].join('\n');
    const sections = importText(text, { now: new Date('2026-12-06T00:00:00Z') }).draft.sections.slice(1);
    expect(sections.map((s) => s.lead)).toEqual(['會議指出', '會議強調']);
  });
});
