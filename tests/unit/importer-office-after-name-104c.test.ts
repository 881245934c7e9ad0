import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 43 (import-104c): a chair written name first, office after (某某总经理主持). An office whose
 * last characters are an office too (总经理 / 经理, 董事长 / 事长, 委员长 / 员长) is read whole, and a
 * firm's 总裁 is such an office. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const chair = (text: string) => importText(text, { now: NOW }).draft.meeting.chair;
const report = (opening: string) => [opening, '会议强调，要守牢安全底线。'].join('\n');

describe('an office after the chair’s name', () => {
  it('总经理 stays whole (no 总 left on the name)', () => {
    expect(chair(report('3月2日上午，某能源公司召开一季度安全生产会议，韦思远总经理主持。'))).toEqual({ name: '韦思远', title: '总经理' });
  });

  it('董事长 stays whole', () => {
    expect(chair(report('3月2日上午，某建设集团召开专题学习会。蒋一帆董事长主持并讲话。'))).toEqual({ name: '蒋一帆', title: '董事长' });
  });

  it('总裁 is an office written after the name, in Traditional too', () => {
    expect(chair(report('3月2日下午，葛承遠總裁主持召開安全生產推進會。集團各子公司負責人參加會議。'))).toEqual({ name: '葛承遠', title: '總裁' });
  });

  it('委员长 is not read as a surname, an office and a given name', () => {
    expect(chair(report('某常委会第十次委员长会议3日下午在会堂举行，邱远山委员长主持会议。'))).toEqual({ name: '邱远山', title: '委员长' });
  });

  it('a surname, an office and a given name still reads (陳縣長志明)', () => {
    expect(chair(report('3月2日上午，某縣召開治安會報，由陳縣長志明主持。'))).toEqual({ name: '陳志明', title: '縣長' });
  });
});
