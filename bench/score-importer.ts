/**
 * Scores the importer against the answer keys in ../shared/fixtures (the seed and six real
 * reports). Prints per-field accuracy; the lead records the figures in docs/BENCHMARKS.md.
 *   npx tsx bench/score-importer.ts [fixtures dir]   (or BRIEFING_FIXTURES=dir; from a git worktree
 *   the main checkout's ../shared/fixtures is found through the common git dir)
 * Comparison notes: punctuation is compared after width normalisation (the keys keep the page's
 * half-width marks, the importer writes full-width ones); the keys label 强调 paragraphs
 * `directive` where the product glossary says `requirement`, so section kinds are scored both
 * strictly and with those convention differences accepted (强调 -> requirement, 会议传达 -> directive,
 * both as the issue and the glossary specify).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importText, type ImportResult } from '../shared/importer';
import { figure } from './figures';

export interface ExpectedSection {
  kind: string;
  lead_phrase: string;
  item_count: number | null;
  /** Held-out keys only: owner and due of each item, in order ('' when none is written). */
  items?: { owner: string; due: string }[];
}
export interface Expected {
  title: string;
  chair_name: string;
  chair_title: string;
  meeting_name: string;
  date_if_given: string;
  sections: ExpectedSection[];
  attendees_if_given: { role: string; name: string; title?: string }[];
  noise_lines: string[];
  /** Newer keys only: datelines and bylines inside a paragraph, exactly as captured. */
  noise_inline_exact?: string[];
}
export interface Case {
  file: string;
  text: string;
  expected: Expected;
}

/**
 * Where the fixtures are: the argument, else $BRIEFING_FIXTURES, else ../shared/fixtures beside the
 * checkout. A git worktree (/work/wt/<branch>) has no such sibling, so the main checkout is found
 * through the repository's common git dir (/work/main/.git -> /work/main) and its sibling is used.
 */
export function fixturesDir(arg: string | undefined, env = process.env): string {
  if (arg) return resolve(arg);
  if (env.BRIEFING_FIXTURES) return resolve(env.BRIEFING_FIXTURES);
  const beside = join(import.meta.dirname, '../../shared/fixtures');
  if (existsSync(beside)) return resolve(beside);
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: import.meta.dirname, encoding: 'utf8' }).trim();
    const main = join(dirname(common), '../shared/fixtures');
    if (existsSync(main)) return resolve(main);
  } catch {
    // Not a git checkout (an exported tree): keep the path beside it, reported as missing below.
  }
  return resolve(beside);
}
const dir = fixturesDir(process.argv[2]);
export const NOW = new Date('2026-03-05T00:00:00Z');

/**
 * Titles and names forgive ！/! and ？/? too (KEYING 1: widths are forgiven; a title ending 座谈会! is
 * 座谈会！). Not the noise checks: a page's lost characters are written ??, and a real ？ elsewhere is
 * not them.
 */
export function nameNorm(s: string): string {
  return norm(s).replace(/!/g, '！').replace(/\?/g, '？');
}

export function norm(s: string): string {
  return s.replace(/[,，]/g, '，').replace(/[:：]/g, '：').replace(/[(（]/g, '（').replace(/[)）]/g, '）').replace(/[;；]/g, '；').replace(/["“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Dates are compared after width normalisation of brackets and digits only: 今（20）日 and 今(20)日,
 * ２０２５年 and 2025年 are the same date as a secretariat writes it; anything else must match exactly.
 */
export function dateNorm(s: string): string {
  return s
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .trim();
}

/** 6月底前 and 6月底 name the same deadline. */
function dueNorm(s: string): string {
  return norm(s).replace(/(之前|以前|前)$/u, '');
}

function seedCase(): Case {
  return {
    file: 'seed-article.txt',
    text: readFileSync(join(dir, 'seed-article.txt'), 'utf8'),
    expected: {
      title: 'unknown',
      chair_name: '宋巍',
      chair_title: '市科技局黨組書記、局長',
      meeting_name: '傳達學習省、市高質量發展大會精神專題會',
      date_if_given: 'unknown (近日)',
      sections: [
        { kind: 'directive', lead_phrase: '會議指出', item_count: null },
        { kind: 'requirement', lead_phrase: '會議強調', item_count: null },
        { kind: 'action_list', lead_phrase: '會議要求', item_count: 6 },
      ],
      attendees_if_given: [],
      noise_lines: ['您訪問的鏈接即將離開“汕尾市科技局”網(wǎng)站,是否繼續(xù)?'],
    },
  };
}

function cases(): Case[] {
  const out = [seedCase()];
  const index = JSON.parse(readFileSync(join(dir, 'reports/index.json'), 'utf8')) as { file: string; expected: Expected }[];
  for (const entry of index) out.push({ file: entry.file, text: readFileSync(join(dir, 'reports', entry.file), 'utf8'), expected: entry.expected });
  return out;
}

/** The importer's kind for a key's kind (keys say other/action_list, drafts text/action-list). */
export const KIND: Record<string, string> = { other: 'text', action_list: 'action-list' };
export type Tally = Record<string, { ok: number; n: number }>;

/** The overall (strict) count of a tally: every field but the lenient kind score. */
export function overall(t: Tally): { ok: number; n: number } {
  return Object.entries(t)
    .filter(([k]) => k !== 'section.kind(glossary)')
    .reduce((a, [, v]) => ({ ok: a.ok + v.ok, n: a.n + v.n }), { ok: 0, n: 0 });
}
let tally: Tally = {};
function count(field: string, ok: boolean): void {
  const t = (tally[field] ??= { ok: 0, n: 0 });
  t.n++;
  if (ok) t.ok++;
}

/** The fields of a recognised section the matcher reads. */
export interface MatchableSection {
  lead: string;
  heading: string;
  paragraphs: readonly string[];
}

/** Keys this short name a lead word (會中, 責成): inside a longer lead they match only as its last
 * word, the lead's verb (此外，王忠銘也責成), not as a word in its middle (縣長於會中表示). */
const SHORT_KEY = 3;

/**
 * The index of the section (from `from` on) that a key's lead (already normalised) names, or -1.
 * Keys are matched in order; a section whose lead or first words START with the key (or whose lead
 * is the key's start, or whose agenda heading is the key) is preferred to one that only contains
 * it, and a short key matches inside a lead only as the lead's last word. Before round 6 the first section that
 * contained the key in either direction was taken, so a missing short section was "found" in a
 * later long lead and the later key was then reported missing instead.
 */
export function matchSection(ours: readonly MatchableSection[], lead: string, from: number): number {
  const atStart = (s: MatchableSection): boolean => {
    const got = norm(s.lead);
    const start = norm(s.lead || s.paragraphs[0] || '');
    const heading = norm(s.heading);
    return (got !== '' && (got.startsWith(lead) || lead.startsWith(got))) || start.startsWith(lead) || (heading !== '' && heading === lead);
  };
  const inside = (s: MatchableSection): boolean => {
    const got = norm(s.lead);
    if (got === '') return false;
    if (lead.length <= SHORT_KEY) return got.endsWith(lead);
    return got.includes(lead) || lead.includes(got);
  };
  for (const test of [atStart, inside]) {
    const idx = ours.findIndex((s, i) => i >= from && test(s));
    if (idx >= 0) return idx;
  }
  return -1;
}

/** What the scorer reads of an import: an ImportResult has it, and so does a second keyer's key
 * turned into a result (bench/key-agreement.ts), so both are measured by the same rules. */
export interface Scored {
  text: string;
  recognized: { dateText: string };
  draft: {
    title: string;
    meeting: {
      name: string;
      chair: { name: string; title: string };
      attendees: readonly { name: string; title: string }[];
      observers: readonly { name: string; title: string }[];
    };
    sections: readonly (MatchableSection & { kind: string; items: readonly { owner?: string; due?: string }[] })[];
  };
}

function scoreCase(c: Case, r: Scored, log: string[]): void {
  const d = r.draft;
  const e = c.expected;
  const check = (field: string, ok: boolean, got: string, want: string) => {
    count(field, ok);
    if (!ok) log.push(`  ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
  };
  if (!e.title.startsWith('unknown')) check('title', nameNorm(d.title) === nameNorm(e.title), d.title, e.title);
  check('chair.name', d.meeting.chair.name === e.chair_name, d.meeting.chair.name, e.chair_name);
  check('chair.title', norm(d.meeting.chair.title) === norm(e.chair_title), d.meeting.chair.title, e.chair_title);
  check('meeting.name', nameNorm(d.meeting.name) === nameNorm(e.meeting_name), d.meeting.name, e.meeting_name);
  const wantDate = e.date_if_given.startsWith('unknown') ? '' : e.date_if_given;
  check('date', dateNorm(r.recognized.dateText) === dateNorm(wantDate), r.recognized.dateText, wantDate);

  // Sections in order; the opening paragraph (text, no lead) is not in the keys.
  const ours = d.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''));
  let from = 0;
  for (const want of e.sections) {
    // Keys quote leads as captured, pinyin artefacts included (會議傳達(dá)學(xué)習(xí)).
    const lead = norm(want.lead_phrase.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''));
    const idx = matchSection(ours, lead, from);
    count('section.found', idx >= 0);
    if (idx < 0) {
      log.push(`  section missing: ${want.kind} ${want.lead_phrase}`);
      continue;
    }
    from = idx + 1;
    const got = ours[idx]!;
    const wantKind = KIND[want.kind] ?? want.kind;
    const strict = got.kind === wantKind;
    const convention =
      strict || (wantKind === 'directive' && got.kind === 'requirement' && /强调|強調/.test(want.lead_phrase)) || (wantKind === 'text' && got.kind === 'directive' && /传达|傳達/.test(lead));
    count('section.kind(strict)', strict);
    count('section.kind(glossary)', convention);
    if (!strict) log.push(`  section kind: ${want.lead_phrase} got ${got.kind} want ${wantKind}`);
    if (want.item_count !== null) check('section.items', got.items.length === want.item_count, String(got.items.length), String(want.item_count));
    want.items?.forEach((w, i) => {
      const it = got.items[i];
      check('item.owner', norm(it?.owner ?? '') === norm(w.owner), it?.owner ?? '(no item)', w.owner);
      check('item.due', dueNorm(it?.due ?? '') === dueNorm(w.due), it?.due ?? '(no item)', w.due);
    });
  }
  count('section.count', ours.length === e.sections.length);
  if (ours.length !== e.sections.length) log.push(`  section count: got ${ours.length} (${ours.map((s) => s.lead || s.kind).join(' / ')}) want ${e.sections.length}`);

  const people = [...d.meeting.attendees.map((p) => ({ ...p, role: 'attendee' })), ...d.meeting.observers.map((p) => ({ ...p, role: 'observer' }))];
  for (const want of e.attendees_if_given) {
    const got = people.find((p) => norm(p.name) === norm(want.name));
    count('attendees.recall', !!got);
    if (!got) log.push(`  attendee missing: ${want.name}`);
    else {
      count('attendees.role', (want.role.startsWith('列席') ? 'observer' : 'attendee') === got.role);
      if (want.title) count('attendees.title', norm(got.title) === norm(want.title));
    }
  }
  for (const p of people) {
    const ok = e.attendees_if_given.some((w) => norm(w.name) === norm(p.name));
    count('attendees.precision', ok);
    if (!ok) log.push(`  attendee extra: ${p.name}`);
  }
  for (const line of e.noise_lines) {
    // Compared after width normalisation: the importer writes full-width marks (，！) where the page had , and !.
    const gone = !norm(r.text).includes(norm(line)) && !d.sections.some((s) => s.paragraphs.some((p) => p.includes(norm(line).slice(0, 12))));
    check('noise.removed', gone, '(present)', line);
  }
  for (const bit of e.noise_inline_exact ?? []) {
    const left = norm(bit.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''));
    const gone = !d.sections.some((s) => s.paragraphs.some((p) => norm(p).includes(left)));
    check('noise.inline', gone, '(present)', bit);
  }
  const pinyin = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(JSON.stringify(d));
  check('no-pinyin-left', !pinyin, 'pinyin', 'none');
}

/** Scores `list`, printing each case's misses, then the per-field table; returns the tally.
 * `run` gives each case's result: the importer, unless a second key is being compared. */
export function scoreAndPrint(list: Case[], run: (c: Case) => Scored = (c): ImportResult => importText(c.text, { now: NOW })): Tally {
  tally = {};
  for (const c of list) {
    const log: string[] = [];
    const r = run(c);
    scoreCase(c, r, log);
    console.log(`${c.file}${log.length ? '' : ': all fields right'}`);
    for (const l of log) console.log(l);
  }
  console.log('\nfield                     right / total   accuracy');
  let ok = 0;
  let n = 0;
  for (const [field, t] of Object.entries(tally)) {
    if (field !== 'section.kind(glossary)') {
      ok += t.ok;
      n += t.n;
    }
    console.log(`${field.padEnd(26)}${String(t.ok).padStart(5)} / ${String(t.n).padEnd(5)}   ${((100 * t.ok) / t.n).toFixed(1)}%`);
    figure(field, (100 * t.ok) / t.n, '%');
  }
  console.log(`${'overall (strict)'.padEnd(26)}${String(ok).padStart(5)} / ${String(n).padEnd(5)}   ${((100 * ok) / n).toFixed(1)}%`);
  figure('overall (strict)', (100 * ok) / n, '%');
  return tally;
}

function main(): void {
  if (!existsSync(join(dir, 'reports/index.json'))) {
    console.error(`no fixtures at ${dir}`);
    process.exit(2);
  }
  scoreAndPrint(cases());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
