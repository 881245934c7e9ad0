import { Template, type Script, type Section, type SectionKind, type TemplateBody } from '../model';
import { defaultLead } from './phrases';

/**
 * Built-in document templates. Ids are stable (`builtin-<shape>-<script>`) so documents remember
 * where they came from. Section ids in templates are placeholders; documentFromTemplate re-ids.
 */
type Shape = 'minutes' | 'office-minutes' | 'topic-report' | 'work-briefing';

interface Words {
  name: string;
  description: string;
  title: string;
  paragraphs: Partial<Record<SectionKind, string>>;
  topic: string;
  actions: string[];
  opening: string;
}

const WORDS: Record<Script, Record<Shape, Words>> = {
  hans: {
    minutes: {
      name: '会议纪要',
      description: 'GB/T 9704 纪要格式：纪要标志、出席/请假/列席，议定事项按决定排列。',
      title: '专题会议纪要',
      opening: '（时间），（主持人）在（地点）主持召开（会议名称），研究（议题）。现将会议议定事项纪要如下：',
      topic: '关于（议题）',
      paragraphs: { decision: '（议定事项）。' },
      actions: [],
    },
    'office-minutes': {
      name: '办公会议纪要',
      description: '按议题组织的办公会议纪要：一、关于……，每个议题下有指出、要求与决定。',
      title: '局长办公会议纪要',
      opening: '（时间），（主持人）主持召开局长办公会议，听取了（事项）汇报，研究了（事项）。纪要如下：',
      topic: '关于（议题一）',
      paragraphs: { directive: '（会议对议题的评价与分析）。', decision: '（议定事项）。' },
      actions: ['（任务事项）'],
    },
    'topic-report': {
      name: '专题会议报道',
      description: '专题会议报道：导语段，会议指出、会议强调、会议要求（一是、二是……）。',
      title: '（单位）召开（主题）专题会',
      opening: '近日，（职务）（姓名）主持召开（会议名称），（会议内容概述）。',
      topic: '',
      paragraphs: { directive: '（会议指出的内容）。', requirement: '（会议强调的内容）。' },
      actions: ['（第一项工作）', '（第二项工作）', '（第三项工作）'],
    },
    'work-briefing': {
      name: '工作简报条目',
      description: '工作简报中的一条：标题、导语与正文，适合编入简报。',
      title: '（简报条目标题）',
      opening: '（何时何地，谁做了什么，取得了什么成效）。',
      topic: '',
      paragraphs: { text: '（具体做法与下一步打算）。' },
      actions: [],
    },
  },
  hant: {
    minutes: {
      name: '會議紀要',
      description: 'GB/T 9704 紀要格式：紀要標誌、出席/請假/列席，議定事項按決定排列。',
      title: '專題會議紀要',
      opening: '（時間），（主持人）在（地點）主持召開（會議名稱），研究（議題）。現將會議議定事項紀要如下：',
      topic: '關於（議題）',
      paragraphs: { decision: '（議定事項）。' },
      actions: [],
    },
    'office-minutes': {
      name: '辦公會議紀要',
      description: '按議題組織的辦公會議紀要：一、關於……，每個議題下有指出、要求與決定。',
      title: '局長辦公會議紀要',
      opening: '（時間），（主持人）主持召開局長辦公會議，聽取了（事項）匯報，研究了（事項）。紀要如下：',
      topic: '關於（議題一）',
      paragraphs: { directive: '（會議對議題的評價與分析）。', decision: '（議定事項）。' },
      actions: ['（任務事項）'],
    },
    'topic-report': {
      name: '專題會議報道',
      description: '專題會議報道：導語段，會議指出、會議強調、會議要求（一是、二是……）。',
      title: '（單位）召開（主題）專題會',
      opening: '近日，（職務）（姓名）主持召開（會議名稱），（會議內容概述）。',
      topic: '',
      paragraphs: { directive: '（會議指出的內容）。', requirement: '（會議強調的內容）。' },
      actions: ['（第一項工作）', '（第二項工作）', '（第三項工作）'],
    },
    'work-briefing': {
      name: '工作簡報條目',
      description: '工作簡報中的一條：標題、導語與正文，適合編入簡報。',
      title: '（簡報條目標題）',
      opening: '（何時何地，誰做了什麼，取得了什麼成效）。',
      topic: '',
      paragraphs: { text: '（具體做法與下一步打算）。' },
      actions: [],
    },
  },
};

let counter = 0;
function sid(): string {
  counter += 1;
  return `tpl-section-${String(counter).padStart(4, '0')}`;
}

function section(kind: SectionKind, script: Script, paragraphs: string[], extra: Partial<Section> = {}): Section {
  return {
    id: sid(),
    kind,
    lead: defaultLead(kind, script),
    heading: '',
    paragraphs,
    items: [],
    actionStyle: 'inline',
    ...extra,
  };
}

function actionList(script: Script, texts: string[], lead?: string): Section {
  return section('action-list', script, [], {
    lead: lead ?? defaultLead('action-list', script),
    items: texts.map((text, i) => ({ id: `tpl-item-${String(i + 1).padStart(4, '0')}`, text, owner: '', due: '', status: 'open' as const })),
  });
}

function emptyBody(title: string): TemplateBody {
  return {
    title,
    meeting: {
      name: '',
      date: '',
      time: '',
      location: '',
      chair: { name: '', title: '' },
      attendees: [],
      absentees: [],
      observers: [],
      recorder: '',
    },
    masthead: { issuer: '', issueNo: '', year: '', docNumber: '', classification: '', urgency: '' },
    distribution: { to: '', cc: '', printedBy: '', printedOn: '', copies: 0 },
    sections: [],
  };
}

function build(shape: Shape, script: Script): Template {
  const w = WORDS[script][shape];
  const body = emptyBody(w.title);
  const kind = shape === 'work-briefing' ? 'briefing' : shape === 'topic-report' ? 'report' : 'minutes';
  const opening = section('text', script, [w.opening]);
  switch (shape) {
    case 'minutes':
      body.sections = [opening, section('topic', script, [], { heading: w.topic }), section('decision', script, [w.paragraphs.decision ?? ''])];
      break;
    case 'office-minutes':
      body.sections = [
        opening,
        section('topic', script, [], { heading: w.topic }),
        section('directive', script, [w.paragraphs.directive ?? '']),
        section('decision', script, [w.paragraphs.decision ?? '']),
        actionList(script, w.actions),
      ];
      body.sections[4]!.actionStyle = 'table';
      break;
    case 'topic-report':
      body.sections = [
        opening,
        section('directive', script, [w.paragraphs.directive ?? '']),
        section('requirement', script, [w.paragraphs.requirement ?? '']),
        actionList(script, w.actions, script === 'hans' ? '会议要求' : '會議要求'),
      ];
      break;
    case 'work-briefing':
      body.sections = [opening, section('text', script, [w.paragraphs.text ?? ''])];
      break;
  }
  return Template.parse({
    id: `builtin-${shape}-${script}`,
    name: w.name,
    description: w.description,
    kind,
    script,
    builtIn: true,
    body,
  });
}

const SHAPES: readonly Shape[] = ['minutes', 'office-minutes', 'topic-report', 'work-briefing'];

export const BUILTIN_TEMPLATES: readonly Template[] = (['hans', 'hant'] as const).flatMap((script) => SHAPES.map((shape) => build(shape, script)));

export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
