/**
 * The school's own contacts: `content/school.yaml` (or the file SCHOOL_FILE names), which a school edits
 * before building — its name, the counselling teacher or room and when to find them, the homeroom or Đội
 * leader, a local police or ward number. Validated like a lesson (every problem as file:line:col, with a
 * hint) and compiled into the small module `virtual:school`, which the help screens and the families
 * note read. No file: the module says `null` and the app shows 111 and the national numbers only.
 *
 * Read with YAML's failsafe schema, so every value is text as written: `phone: 0912345678` keeps its
 * leading 0 instead of becoming the number 912345678.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { School, SchoolPhone } from '../../src/content/school.ts';
import { DiagnosticList, formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic, type Position } from './diagnostics.ts';
import { decodeUtf8, reportForbiddenCharacters } from './textSafety.ts';
import { closest, describeIssue, fieldPath, firstAliasOffset } from './yamlSchema.ts';

export const SCHOOL_MODULE = 'virtual:school';
/** The file's name inside the content folder, when SCHOOL_FILE does not name another. */
export const SCHOOL_FILE_NAME = 'school.yaml';

/** Short service numbers a school may list: the national child-protection hotline and emergency numbers. */
export const SERVICE_NUMBERS = ['111', '113', '114', '115'] as const;

const PHONE_HINT =
  'a mobile number has 10 digits starting with 0 (0912 345 678); a landline 11 digits, starting with 02 and its area code (024 3825 1234); or 111, 113, 114, 115';

/** A phone number as a Vietnamese reader dials it, or why it is not one. */
export function parsePhone(raw: string): { phone: SchoolPhone } | { message: string; hint: string } {
  const written = raw.trim().replace(/\s+/g, ' ');
  if (/^\+?84/.test(written.replace(/[ .-]/g, ''))) {
    return { message: `"${written}" is written with the country code`, hint: 'write it as dialled in Viet Nam, starting with 0, e.g. 0912 345 678' };
  }
  if (!/^[0-9 .-]+$/.test(written)) {
    const hint = /[()]/.test(written) ? 'leave out the brackets: write (024) 3825 1234 as 024 3825 1234' : 'use only digits, with spaces, dots or dashes between groups';
    return { message: `"${written}" is not a phone number`, hint };
  }
  const digits = written.replace(/[ .-]/g, '');
  const valid = (SERVICE_NUMBERS as readonly string[]).includes(digits) || /^0[35789][0-9]{8}$/.test(digits) || /^02[0-9]{9}$/.test(digits);
  if (valid) return { phone: { display: written, tel: digits } };
  // Numbers from before the 2017–2018 renumbering, still printed on old letterheads.
  if (/^0[1246][0-9]{8}$/.test(digits)) {
    return { message: `"${written}" has the old landline format`, hint: 'landlines have 11 digits since 2017: the area code starts with 02, e.g. 024 3825 1234' };
  }
  if (/^01[0-9]{9}$/.test(digits)) {
    return { message: `"${written}" is an old 11-digit mobile number`, hint: 'mobile numbers have 10 digits since 2018: ask the owner for the new one' };
  }
  return { message: `"${written}" is not a Vietnamese phone number (${digits.length} digits)`, hint: PHONE_HINT };
}

const MAX_TEXT = 120;
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters (it is printed on one line)`)
  .refine((value) => !value.includes('\n'), 'must be one line');
const phone = z.string();

const schoolSchema = z.strictObject({
  name: text,
  counselling: z
    .strictObject({ who: text.optional(), where: text.optional(), when: text.optional(), phone: phone.optional() })
    .refine((c) => c.who !== undefined || c.where !== undefined, { message: 'needs "who" (the counselling teacher) or "where" (the room)' })
    .optional(),
  contacts: z
    .array(z.strictObject({ role: text, name: text.optional(), when: text.optional(), phone: phone.optional() }).refine((c) => c.name !== undefined || c.phone !== undefined, { message: 'needs a "name" or a "phone"' }))
    .min(1, 'write at least one contact, or leave "contacts" out')
    .max(8, 'write at most 8 contacts: the help page is for children')
    .optional(),
  local: z
    .array(z.strictObject({ name: text, phone }))
    .min(1, 'write at least one number, or leave "local" out')
    .max(4, 'write at most 4 local numbers')
    .optional(),
});
type RawSchool = z.infer<typeof schoolSchema>;

/** The fields allowed at each level, for the hint of an unknown field. */
const FIELDS: Record<string, readonly string[]> = {
  '': ['name', 'counselling', 'contacts', 'local'],
  counselling: ['who', 'where', 'when', 'phone'],
  contacts: ['role', 'name', 'when', 'phone'],
  local: ['name', 'phone'],
};

export interface SchoolLoad {
  /** The file read, or undefined when there is none (no school contacts). */
  file: string | undefined;
  school: School | null;
  diagnostics: Diagnostic[];
}

/** Which file holds the school's contacts: SCHOOL_FILE (relative to the project) or school.yaml beside the lessons. */
export function schoolFileOf(contentRoot: string, env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): { file: string; named: boolean } {
  const named = env.SCHOOL_FILE;
  return named ? { file: path.resolve(projectRoot, named), named: true } : { file: path.join(contentRoot, SCHOOL_FILE_NAME), named: false };
}

/** Reads and validates the school file; a missing file is fine unless SCHOOL_FILE named it. */
export function loadSchool(source: { file: string; named: boolean }): SchoolLoad {
  const { file, named } = source;
  const diagnostics = new DiagnosticList(file);
  if (!fs.existsSync(file)) {
    if (named) diagnostics.error(undefined, 'SCHOOL_FILE names a file that does not exist', 'check the path, relative to the project folder');
    return { file: undefined, school: null, diagnostics: diagnostics.items };
  }
  const decoded = decodeUtf8(fs.readFileSync(file));
  const school = 'text' in decoded ? parseSchool(decoded.text.replace(/^\uFEFF/, ''), diagnostics) : null;
  if (!('text' in decoded)) diagnostics.error(decoded.at, decoded.message, decoded.hint);
  return { file, school: hasErrors(diagnostics.items) ? null : school, diagnostics: sortDiagnostics(diagnostics.items) };
}

/** A school's contacts fit in a few hundred bytes; a larger file is no contacts file. */
const MAX_SCHOOL_FILE_BYTES = 50_000;

export function parseSchool(source: string, diagnostics: DiagnosticList): School | null {
  if (Buffer.byteLength(source, 'utf8') > MAX_SCHOOL_FILE_BYTES) {
    diagnostics.error(undefined, `the file is larger than ${MAX_SCHOOL_FILE_BYTES} bytes`, 'it holds only the school’s name and contacts (see content/school.example.yaml)');
    return null;
  }
  if (!reportForbiddenCharacters(source, (at, message, hint) => diagnostics.error(at, message, hint))) return null;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) diagnostics.error(at(error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`, 'text that contains ": " must be put inside double quotes');
    return null;
  }
  let raw: unknown;
  try {
    // The file needs no aliases (*name); a few are tolerated, a "billion laughs" is not.
    raw = doc.toJS({ maxAliasCount: 20 });
  } catch {
    diagnostics.error(at(firstAliasOffset(doc)), 'the YAML repeats aliases (*name) too often', 'write the text out instead of using anchors (&name) and aliases (*name)');
    return null;
  }
  if (raw === null || raw === undefined) {
    diagnostics.error(undefined, 'the file is empty', 'write at least `name:` with the school’s name (see content/school.example.yaml)');
    return null;
  }
  const report = (where: readonly PropertyKey[], message: string, hint?: string) => diagnostics.error(at(offsetOf(doc, where)), message, hint);
  const result = schoolSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { message, hint } = describeSchoolIssue(issue);
      // An unknown field is pointed at its own line, not at the object that holds it.
      const where = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
      report(where, message, hint);
    }
    return null;
  }
  return toSchool(result.data, report);
}

function describeSchoolIssue(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  if (issue.code === 'unrecognized_keys') {
    const level = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const allowed = FIELDS[level] ?? [];
    const near = issue.keys.map((key) => closest(key, allowed)).filter((k): k is string => k !== undefined);
    return {
      message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}${level ? ` in "${fieldPath(issue.path)}"` : ''} of the school file`,
      hint: `${near.length > 0 ? `did you mean "${near[0]}"? ` : ''}the fields here are: ${allowed.join(', ')}`,
    };
  }
  return describeIssue(issue, ' in the school file');
}

/** Checks and normalises the phone numbers; a bad one is reported at its line and the file is refused. */
function toSchool(raw: RawSchool, report: (where: readonly PropertyKey[], message: string, hint?: string) => void): School | null {
  let ok = true;
  const phoneAt = (value: string | undefined, where: readonly PropertyKey[]): SchoolPhone | undefined => {
    if (value === undefined) return undefined;
    const parsed = parsePhone(value);
    if ('phone' in parsed) return parsed.phone;
    ok = false;
    report(where, `${fieldPath(where)}: ${parsed.message}`, parsed.hint);
    return undefined;
  };
  const counselling = raw.counselling && { ...raw.counselling, phone: phoneAt(raw.counselling.phone, ['counselling', 'phone']) };
  const contacts = (raw.contacts ?? []).map((c, i) => ({ ...c, phone: phoneAt(c.phone, ['contacts', i, 'phone']) }));
  const local = (raw.local ?? []).flatMap((l, i) => {
    const number = phoneAt(l.phone, ['local', i, 'phone']);
    return number ? [{ name: l.name, phone: number }] : [];
  });
  if (!ok) return null;
  return withoutUndefined({ name: raw.name, counselling, contacts, local }) as School;
}

/** JSON without `undefined` holes, so the emitted module is the same for the same file. */
function withoutUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function offsetOf(doc: Document, where: readonly PropertyKey[]): number {
  for (let depth = where.length; depth >= 0; depth--) {
    const keys = where.slice(0, depth) as (string | number)[];
    const parent = depth === 0 ? doc.contents : doc.getIn(keys, true);
    // Point at the key of a field where there is one (its line is where the author looks).
    if (depth > 0) {
      const holder = depth === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
      if (isMap(holder)) {
        const pair = holder.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === String(keys[keys.length - 1]));
        if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
      }
    }
    if (isNode(parent) && parent.range) return parent.range[0];
  }
  return 0;
}

export function schoolModuleCode(school: School | null): string {
  return `export const school = ${JSON.stringify(school)};\n`;
}

function describeProblems(load: SchoolLoad): string {
  return load.diagnostics.map((d) => formatDiagnostic(d)).join('\n');
}

/**
 * `virtual:school` for the lessons plugin (scripts/content/vitePlugin.ts), which hands it its hooks: the
 * build fails on an error in the file, and `npm run dev` reloads when the file changes.
 */
/** What the hooks need of Rollup's plugin context (kept small so tests can pass their own). */
interface BuildContext {
  addWatchFile: (file: string) => void;
  error: (message: string) => never;
}

export function schoolModule(contentRoot: string, env: NodeJS.ProcessEnv = process.env) {
  const source = schoolFileOf(contentRoot, env);
  const resolved = `\0${SCHOOL_MODULE}`;
  let loaded: SchoolLoad | undefined;
  const compile = () => (loaded = loadSchool(source));
  const fail = (load: SchoolLoad) => `The school's contacts have errors:\n${describeProblems(load)}`;

  return {
    owns: (id: string) => id === SCHOOL_MODULE,
    /** At build start: read the file, watch it, stop the build on an error. */
    check(context: BuildContext): void {
      const load = compile();
      if (load.file) context.addWatchFile(load.file);
      if (hasErrors(load.diagnostics)) context.error(fail(load));
    },
    code(context: Pick<BuildContext, 'error'>): string {
      const load = loaded ?? compile();
      if (hasErrors(load.diagnostics)) context.error(fail(load));
      return schoolModuleCode(load.school);
    },
    /** In `npm run dev`: a change to the file reloads the page, or shows its errors in the overlay. */
    watch(server: ViteDevServer): void {
      server.watcher.add(source.file);
      const onChange = (file: string) => {
        if (path.resolve(file) !== source.file) return;
        const load = compile();
        if (hasErrors(load.diagnostics)) {
          server.ws.send({ type: 'error', err: { message: fail(load), stack: '' } });
          return;
        }
        const module = server.moduleGraph.getModuleById(resolved);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}
