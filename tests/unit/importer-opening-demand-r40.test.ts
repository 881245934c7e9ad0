import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Made-up reports. A demand after the convening comma is the convener's speech (KEYING 19), but once
// the opening has told the meeting's business (study, passing on, deploying), a demand after it
// closes that account: the seed article's opening gained a section whose lead ran from 对 to 强调.
const NOW = { now: new Date('2026-03-05T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => s.lead);

describe('a demand in the opening', () => {
  it('stays in the opening after the business it told', () => {
    const text = '近日，县农业局局长甲主持召开专题会，传达学习了全省农业工作会议精神，对全局春耕工作进行了全面部署，强调要抓好落实。\n会议指出，今年任务繁重。\n会议要求，各股室要密切配合。';
    expect(leads(text).filter(Boolean)).toEqual(['会议指出', '会议要求']);
    const hant = '近日，縣農業局局長甲主持召開專題會，傳達學習了全省農業工作會議精神，對全局春耕工作進行了全面部署，強調要抓好落實。\n會議指出，今年任務繁重。\n會議要求，各股室要密切配合。';
    expect(leads(hant).filter(Boolean)).toEqual(['會議指出', '會議要求']);
  });
  it('is the speech right after the convening', () => {
    const text = '3月2日，县长甲主持召开县政府常务会议，强调要抓好春耕生产。\n会议要求，各乡镇要密切配合。';
    expect(leads(text).filter(Boolean)[0]).toMatch(/强调/u);
  });
});
