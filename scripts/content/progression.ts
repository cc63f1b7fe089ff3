/**
 * The progression statements: content/<band>/progression.yaml, one per pupil band, says for every pupil
 * topic what a child can do by the end of the band, in Vietnamese and English — a phrase that continues
 * the band's lead-in ("Cuối lớp 4–5, em có thể …" / "By the end of grades 4–5, I can …"). The teacher's
 * progression map and each lesson plan show them (src/content/progression.ts).
 *
 * Read with the care of a lesson or the school's contacts (school.ts): a size limit, UTF-8 only, no
 * invisible or control character (textSafety.ts), no alias bomb, YAML errors and every problem at its
 * file:line. For the real curriculum every band has its file and every topic its statement; a pack that
 * is not the curriculum (a fixture, LESSONS_ROOT) may leave files and topics out, but what it writes is
 * checked the same way. Compiled into `virtual:lesson-progression` (named virtual:lesson-…, so the dev
 * server reloads it with the lessons: vitePlugin.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { ProgressionStatement, ProgressionStatements } from '../../src/content/progression.ts';
import { SCHOOL_BANDS, LOCALES, PUPIL_TOPIC_IDS, type PupilBandId, type PupilTopicId } from '../../src/content/vocabulary.ts';
import { DiagnosticList, sortDiagnostics, type Diagnostic, type Position } from './diagnostics.ts';
import { decodeUtf8, reportForbiddenCharacters } from './textSafety.ts';
import { closest, describeIssue, fieldPath, firstAliasOffset } from './yamlSchema.ts';

export const PROGRESSION_MODULE = 'virtual:lesson-progression';
export const PROGRESSION_FILE_NAME = 'progression.yaml';

/** A statement is read in one breath and printed in a cell of the one-page map. */
export const MAX_STATEMENT_LENGTH = 160; // characters

/** Twelve statements in two languages fit in a few kilobytes; a larger file is no progression file. */
const MAX_PROGRESSION_FILE_BYTES = 50_000;

const TOO_LARGE_HINT = 'it holds one short statement per topic, in vi and en';

/** The file needs no aliases (*name); a few are tolerated, a "billion laughs" is not. */
const MAX_ALIAS_COUNT = 20;

const statement = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !value.includes('\n'), 'must be one line')
  .superRefine((value, context) => {
    const length = [...value.normalize('NFC')].length;
    if (length > MAX_STATEMENT_LENGTH) context.addIssue({ code: 'custom', message: `is ${length} characters long, more than ${MAX_STATEMENT_LENGTH}` });
  })
  // "Cuối lớp 4–5, em có thể Giải thích" reads wrong; an acronym ("AI", "OTP") may start one.
  .refine((value) => !/^\p{Lu}\p{Ll}/u.test(value), 'must start with a lower-case letter')
  // The plan writes the full stop after it (ServedStatement): "… đang ở đâu.." would read as a typo.
  .refine((value) => !/[.;:,]$/u.test(value), 'must not end with a full stop or other punctuation');

const entrySchema = z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, statement])) as Record<(typeof LOCALES)[number], typeof statement>);

const HINTS: Record<string, string> = {
  'must not be empty': 'write what a child can do by the end of the band',
  'must be one line': 'write the statement on one line, inside double quotes',
  'must start with a lower-case letter': 'it continues “Cuối lớp …, em có thể” / “By the end of grades …, I can”',
  'must not end with a full stop or other punctuation': 'the app ends the sentence itself; an ellipsis (…) or a closing quotation mark may end it',
};

export interface ProgressionLoad {
  statements: ProgressionStatements;
  diagnostics: Diagnostic[];
  /** The files read, for watch mode. */
  files: string[];
}

/** Every pupil band's progression.yaml under `root`; `curriculum`: every band and topic must have its statement. */
export function loadProgression(root: string, options: { curriculum: boolean }): ProgressionLoad {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const statements: Partial<Record<PupilBandId, Partial<Record<PupilTopicId, ProgressionStatement>>>> = {};
  for (const band of SCHOOL_BANDS) {
    const file = path.join(root, band.id, PROGRESSION_FILE_NAME);
    const list = new DiagnosticList(file);
    const read = readProgressionFile(file, list, options.curriculum);
    if (read !== 'missing') files.push(file);
    if (read && read !== 'missing') statements[band.id] = read;
    diagnostics.push(...list.items);
  }
  return { statements, diagnostics: sortDiagnostics(diagnostics), files };
}

function readProgressionFile(file: string, diagnostics: DiagnosticList, curriculum: boolean): Partial<Record<PupilTopicId, ProgressionStatement>> | null | 'missing' {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    if (curriculum) {
      diagnostics.error(undefined, 'the band has no progression statements', `write ${PROGRESSION_FILE_NAME} beside its topic folders: one statement per topic, in vi and en (see content/README.md)`);
    }
    return 'missing';
  }
  if (stat.isSymbolicLink()) {
    diagnostics.error(undefined, `${PROGRESSION_FILE_NAME} is a link (symlink)`, 'put the file itself in the pack: a link can bring in any file of the computer');
    return null;
  }
  if (!stat.isFile()) {
    diagnostics.error(undefined, `${PROGRESSION_FILE_NAME} is not a file`, 'write the statements in a file of that name');
    return null;
  }
  if (stat.size > MAX_PROGRESSION_FILE_BYTES) {
    diagnostics.error(undefined, `the file is larger than ${MAX_PROGRESSION_FILE_BYTES} bytes`, TOO_LARGE_HINT);
    return null;
  }
  const decoded = decodeUtf8(fs.readFileSync(file));
  if (!('text' in decoded)) {
    diagnostics.error(decoded.at, decoded.message, decoded.hint);
    return null;
  }
  return parseProgression(decoded.text.replace(/^\uFEFF/, ''), diagnostics, curriculum);
}

/** One band's statements from the text of its file, or null when it has an error (each reported at its line). */
export function parseProgression(source: string, diagnostics: DiagnosticList, curriculum: boolean): Partial<Record<PupilTopicId, ProgressionStatement>> | null {
  if (source.length > MAX_PROGRESSION_FILE_BYTES || Buffer.byteLength(source, 'utf8') > MAX_PROGRESSION_FILE_BYTES) {
    diagnostics.error(undefined, `the file is larger than ${MAX_PROGRESSION_FILE_BYTES} bytes`, TOO_LARGE_HINT);
    return null;
  }
  if (!reportForbiddenCharacters(source, (at, message, hint) => diagnostics.error(at, message, hint))) return null;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) diagnostics.error(at(error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`, 'put each statement inside double quotes, indented under its topic');
    return null;
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    diagnostics.error(at(firstAliasOffset(doc)), 'the YAML repeats aliases (*name) too often', 'write the text out instead of using anchors (&name) and aliases (*name)');
    return null;
  }
  const report = (where: readonly (string | number)[], message: string, hint?: string) => diagnostics.error(at(keyOffset(doc, where)), message, hint);
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    report([], raw == null ? 'the file is empty' : 'the file must list the topics', `write one "topic-id:" line per topic (${PUPIL_TOPIC_IDS[0]}: …), each with vi: and en:`);
    return null;
  }

  const found: Partial<Record<PupilTopicId, ProgressionStatement>> = {};
  let ok = true;
  for (const [topic, value] of Object.entries(raw)) {
    if (!isPupilTopic(topic)) {
      ok = false;
      const near = closest(topic, PUPIL_TOPIC_IDS);
      report([topic], `unknown topic "${topic}"`, `${near ? `did you mean "${near}"? ` : ''}the pupil topics are: ${PUPIL_TOPIC_IDS.join(', ')}`);
      continue;
    }
    const result = entrySchema.safeParse(value, { reportInput: true });
    if (result.success) {
      found[topic] = result.data;
      continue;
    }
    ok = false;
    for (const issue of result.error.issues) {
      const where = [topic, ...(issue.path as (string | number)[])];
      // An unknown field is pointed at its own line, not at the topic that holds it.
      const pointed = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...where, issue.keys[0]] : where;
      const { message, hint } = describeStatementIssue(issue, where);
      report(pointed, message, hint);
    }
  }
  if (curriculum) {
    for (const topic of PUPIL_TOPIC_IDS) {
      if (topic in raw) continue;
      ok = false;
      report([], `no statement for the topic "${topic}"`, `add "${topic}:" with vi: and en: (every pupil topic of the band needs one)`);
    }
  }
  return ok ? found : null;
}

function describeStatementIssue(issue: z.core.$ZodIssue, where: readonly (string | number)[]): { message: string; hint?: string } {
  const field = fieldPath(where);
  if (where.length === 1 && issue.code === 'invalid_type') {
    return { message: `"${field}" must have a statement in each language`, hint: `write vi: and en: under it, indented; it is ${issue.input === null ? 'empty' : 'not a list of fields'}` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { message: `unknown language ${issue.keys.map((k) => `"${k}"`).join(', ')} in "${field}"`, hint: `the statements are written in: ${LOCALES.join(', ')}` };
  }
  if (issue.code === 'custom' || issue.code === 'too_small') {
    return { message: `"${field}" ${issue.message}`, hint: HINTS[issue.message] ?? `a statement is at most ${MAX_STATEMENT_LENGTH} characters: it is printed in a cell of the one-page map` };
  }
  return describeIssue({ ...issue, path: [...where] } as z.core.$ZodIssue, ' in progression.yaml');
}

function isPupilTopic(value: string): value is PupilTopicId {
  return (PUPIL_TOPIC_IDS as readonly string[]).includes(value);
}

/** Offset of the key of the deepest field on `where` that exists (the line an author looks at). */
function keyOffset(doc: Document, where: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
  for (const key of where) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    if (!pair) break;
    if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
    node = pair.value;
  }
  return offset;
}

/** The module's code: bands and topics in teaching order, so the output is the same for the same files. */
export function progressionModuleCode(statements: ProgressionStatements): string {
  const ordered = Object.fromEntries(
    SCHOOL_BANDS.flatMap(({ id }) => {
      const byTopic = statements[id];
      if (!byTopic) return [];
      return [[id, Object.fromEntries(PUPIL_TOPIC_IDS.flatMap((topic) => (byTopic[topic] ? [[topic, byTopic[topic]]] : [])))]];
    }),
  );
  return `export const statements = ${JSON.stringify(ordered)};\n`;
}
