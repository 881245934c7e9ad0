import { documentFromTemplate, type Briefing } from '../shared/model';
import { BUILTIN_TEMPLATES } from '../shared/templates';

/**
 * Realistic documents for benchmarks: meeting-report sized (about 2,500 Han characters over
 * 4-6 sections with actions), built from the built-in templates with varied text.
 */
const PHRASES = [
  '深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻落实党的二十大精神',
  '坚持以人民为中心的发展思想，统筹发展和安全，推动高质量发展取得新成效',
  '各部门要提高政治站位，压实工作责任，细化工作措施，确保各项任务落地见效',
  '加快培育新质生产力，强化科技创新平台建设，推动产业链创新链深度融合',
  '持续优化营商环境，扎实做好稳就业保民生工作，守牢安全生产底线',
];

export function realisticDocument(i: number, now = new Date('2026-03-05T08:00:00Z')): Briefing {
  const template = BUILTIN_TEMPLATES[i % BUILTIN_TEMPLATES.length]!;
  const doc = documentFromTemplate(template, now, { title: `第${i}次专题会议纪要（${['科技', '财政', '教育', '交通'][i % 4]}）` });
  const para = (k: number) => Array.from({ length: 6 }, (_, j) => PHRASES[(i + k + j) % PHRASES.length]).join('，') + '。';
  doc.meeting.name = `第${i}次局长办公会议`;
  doc.meeting.date = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  doc.meeting.chair = { name: '宋巍', title: '局长' };
  doc.status = (['draft', 'review', 'approved', 'issued'] as const)[i % 4]!;
  doc.sections = doc.sections.map((s, k) => ({
    ...s,
    paragraphs: s.kind === 'topic' ? [] : [para(k), para(k + 1)],
    items: s.items.map((item, j) => ({ ...item, text: para(j).slice(0, 60), owner: '市科技局', due: '2026年6月底前' })),
  }));
  return doc;
}
