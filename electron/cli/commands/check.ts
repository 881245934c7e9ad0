import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api';
import { Briefing, migrate } from '../../../shared/model';
import { checkDocument, checkText, parseTerms, type CheckOptions, type Diagnostic, type TermsList } from '../../../shared/check';
import { parseAccepted } from '../../../shared/check/accepted';
import { indexStrings, key, lineColumn, rawOffset } from '../../../shared/check/json-locate';
import { lookup } from '../../../shared/i18n';
import { readImportFile } from '../../services/import';
import { MAX_FILE_BYTES, refusal } from '../../services/import/read-file';
import { UsageError, cliLocale, stringFlag, type Command } from '../command';
import { callFileChannel } from '../file-channels';
import { refuse } from './import';
import { wordLayer } from '../../services/check/segmenter';
import { SPECS } from './specs';

interface Reported {
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  line: number;
  column: number;
  length: number;
  fix: string | null;
  sectionId?: string;
  paragraph?: number;
}

/**
 * `briefing check FILE`: a document JSON, or a text file checked exactly as written. Positions are
 * 1-based lines and columns in code points of the file. Exit 1 while errors remain.
 */
export const checkCommand: Command = {
  ...SPECS.check,
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('check needs a FILE');
    const full = path.resolve(io.cwd, file);
    const locale = cliLocale(io.env);
    let reported: Reported[];
    try {
      const accepted = await acceptedFrom(stringFlag(args, 'accept'), io.cwd);
      const terms = await termsFrom(stringFlag(args, 'terms'), io.cwd);
      // through dispatch, as the app's channels are: the terms list and the accepted words pass the
      // same schemas as check:terms:set and check:accepted:set before anything is checked
      reported = await callFileChannel('file:check', { path: full, accepted, ...(terms ? { terms } : {}) }, async (req) => {
        const options: CheckOptions = { accepted: req.accepted };
        if (req.terms) options.terms = req.terms;
        return req.path.toLowerCase().endsWith('.json') ? checkJson(req.path, options) : checkTxt(req.path, options);
      });
    } catch (e) {
      return refuse(io, 'check', e);
    }
    const withText = reported.map((r) => ({ ...r, message: lookup(locale, r.message, paramsOf(r), 'check') }));
    if (args.flags.json) io.stdout(`${JSON.stringify({ diagnostics: withText }, null, 2)}\n`);
    else for (const r of withText) io.stdout(`${file}:${r.line}:${r.column}: ${r.severity} ${r.rule} ${r.message}\n`);
    return withText.some((r) => r.severity === 'error') ? 1 : 0;
  },
};

const params = new WeakMap<Reported, Record<string, string | number>>();
function paramsOf(r: Reported): Record<string, string | number> {
  return params.get(r) ?? {};
}

async function termsFrom(file: string | undefined, cwd: string): Promise<TermsList | undefined> {
  if (!file) return undefined;
  try {
    return parseTerms(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (e) {
    throw new AppError('validation', `terms list ${file}: ${e instanceof Error ? e.message.slice(0, 200) : 'invalid'}`, { path: file });
  }
}

/** Accepted words: a text file, one word a line (the office's list, as the app keeps it). */
async function acceptedFrom(file: string | undefined, cwd: string): Promise<string[]> {
  if (!file) return [];
  try {
    return parseAccepted(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (e) {
    throw new AppError('validation', `accepted words ${file}: ${e instanceof Error ? e.message.slice(0, 200) : 'invalid'}`, { path: file });
  }
}

async function checkTxt(file: string, options: CheckOptions): Promise<Reported[]> {
  const { text } = await readImportFile(file);
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n');
  // The word layer loads only once the file is read and accepted (a refused file costs nothing).
  return checkText(normalised, { ...options, words: wordLayer() }).map((d) => {
    const line = lines[d.location.paragraph] ?? '';
    return report(d, d.location.paragraph + 1, [...line.slice(0, d.location.offset)].length + 1, line.slice(d.location.offset, d.location.offset + d.location.length));
  });
}

async function checkJson(file: string, options: CheckOptions): Promise<Reported[]> {
  // A document is far below the import limit; a bigger file is refused before it is read.
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (size > MAX_FILE_BYTES) throw refusal('tooLarge', file, `${size} bytes is more than the limit`, { size, max: MAX_FILE_BYTES });
  const raw = await readFile(file, 'utf8');
  let doc: Briefing;
  try {
    const parsed = Briefing.safeParse(migrate(JSON.parse(raw)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
    }
    doc = parsed.data;
  } catch (e) {
    throw new AppError('validation', `not a Briefing Desk document (${e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : 'invalid'})`, { path: path.basename(file) });
  }
  const strings = indexStrings(raw);
  return checkDocument(doc, { ...options, words: wordLayer() }).map((d) => {
    const loc = d.location;
    const si = doc.sections.findIndex((s) => s.id === loc.sectionId);
    const jsonPath =
      loc.field === 'title'
        ? ['title']
        : loc.field === 'paragraph'
          ? ['sections', si, 'paragraphs', loc.paragraph]
          : loc.field === 'item'
            ? ['sections', si, 'items', loc.paragraph, 'text']
            : ['sections', si, loc.field];
    const value = strings.get(key(jsonPath));
    const fieldText = fieldOf(doc, d);
    const at = value ? lineColumn(raw, rawOffset(raw, value.start, loc.offset)) : { line: 1, column: 1 };
    const r = report(d, at.line, at.column, fieldText.slice(loc.offset, loc.offset + loc.length));
    if (loc.sectionId) {
      r.sectionId = loc.sectionId;
      r.paragraph = loc.paragraph;
    }
    return r;
  });
}

function fieldOf(doc: Briefing, d: Diagnostic): string {
  const s = doc.sections.find((x) => x.id === d.location.sectionId);
  switch (d.location.field) {
    case 'title':
      return doc.title;
    case 'lead':
      return s?.lead ?? '';
    case 'heading':
      return s?.heading ?? '';
    case 'item':
      return s?.items[d.location.paragraph]?.text ?? '';
    default:
      return s?.paragraphs[d.location.paragraph] ?? '';
  }
}

function report(d: Diagnostic, line: number, column: number, found: string): Reported {
  const r: Reported = { rule: d.rule, severity: d.severity, message: d.message, line, column, length: [...found].length, fix: d.fix?.replacement ?? null };
  params.set(r, d.params);
  return r;
}
