/**
 * A cache of parsed lesson bodies, on disk, keyed by what a body's result depends on: the compiler's own
 * code (every module a parse runs, followed through their imports), the parsers' versions, the Node and
 * ICU that run them, the file's path and the body's text. Parsing Markdown is most of the compile time
 * (micromark), and a writer, the dev server or the next build changes few files between two runs:
 * unchanged bodies are read back instead of parsed, with their diagnostics (same file:line:col, same words).
 *
 * Outside its text a body depends only on what BodyOptions answers (the lessons it links to, where its
 * pictures lead, whether they are safe, their sizes). Those answers are recorded with the entry and asked
 * again on a hit: any different answer (a linked lesson renamed, a picture removed or changed) and the
 * body is parsed anew. Asking again also reports a picture's own problems, as parsing does.
 *
 * What it hands back is frozen, as parseBody's own result is (markdown.ts): with or without the cache a
 * step that changed a body in place would throw, rather than change the next compile's lesson.
 *
 * One entry per lesson file (named by its path), overwritten when the file changes; entries not used
 * for PRUNE_AFTER_DAYS are removed, so packs made in temporary folders (tests, the benchmark) go away,
 * and so are the partial files of a run stopped in the middle of a write.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Part } from '../../src/content/types.ts';
import type { Diagnostic, DiagnosticList } from './diagnostics.ts';
import { deepFreeze, parseBody, type BodyOptions, type LinkTarget, type ParsedBody } from './markdown.ts';
import type { PictureStatus } from './pictures.ts';
import type { PictureSize } from './pictureSize.ts';

const PRUNE_AFTER_DAYS = 14;
/** A partial entry older than this belongs to a run that stopped mid-write (a write takes milliseconds). */
const PARTIAL_AFTER_MINUTES = 10;
const FORMAT = 4;

interface Answers {
  lessonAt: [string, LinkTarget][];
  pictureStatus: [string, PictureStatus][];
  pictureIsSafe: [string, boolean][];
  pictureSize: [string, PictureSize | null][];
}

interface Entry {
  format: number;
  key: string;
  answers: Answers;
  diagnostics: Omit<Diagnostic, 'file'>[];
  parsed: Omit<ParsedBody, 'lineOf'>;
  /** lineOf, in reading order: each section's part (when it has one), then its blocks. */
  lines: number[];
}

/** This module: what a parse runs is this module and everything it imports. */
const THIS_MODULE = fileURLToPath(import.meta.url);
const PROJECT_ROOT = path.resolve(path.dirname(THIS_MODULE), '../..');

/** The versions a parse's result can depend on outside our code: Unicode tables (normalize, \p{…}) and ICU. */
export interface Runtime {
  node: string;
  icu?: string | undefined;
  unicode?: string | undefined;
}

export interface CodeOptions {
  /** The module whose imports are followed (default: this one). */
  entry?: string;
  /** The packages' versions, for what comes from node_modules (default: the project's package-lock.json). */
  lockFile?: string;
  runtime?: Runtime;
}

/**
 * The project's modules a parse can run: `entry` and every module it imports by a relative path, to
 * any depth (in scripts/content, src/content or anywhere else). Packages, imported by name, are covered
 * by the lock file instead. Type-only imports are followed too: they cost a file read, never a miss
 * that was needed.
 */
export function compilerModules(entry: string = THIS_MODULE): string[] {
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const found = resolveModule(path.resolve(path.dirname(file), match[1]!));
      if (found) queue.push(found);
    }
  }
  return [...seen].sort();
}

function resolveModule(target: string): string | undefined {
  return [target, `${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/** A hash of all a parse depends on besides its input: the modules it runs, the packages, Node and ICU. */
export function compilerFingerprint({ entry = THIS_MODULE, lockFile = path.join(PROJECT_ROOT, 'package-lock.json'), runtime = process.versions }: CodeOptions = {}): string {
  const hash = createHash('sha256');
  hash.update(`node ${runtime.node}\0icu ${runtime.icu ?? '-'}\0unicode ${runtime.unicode ?? '-'}\0`);
  for (const file of [...compilerModules(entry), lockFile]) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Taken once per process: the code a process runs is the code it loaded, even if a file changes on
 * disk afterwards (the dev server restarts, and so reloads this module, when the compiler changes).
 */
let ownFingerprint: string | undefined;

/**
 * Entries this process has read or written, by entry file, with the file's size and time then: the
 * dev server recompiles the whole pack on every save, and the build compiles twice (the app, then the
 * prerender), and reading a thousand entries back (tens of MB of JSON) was half of that time. The disk
 * stays the truth: a remembered entry is used only while its file is as it was, under the same key.
 * Kept on globalThis: Vite loads its config (and so this module) once more for the prerender's build.
 */
type Remembered = Map<string, { entry: Entry; stamp: string }>;
const shared = globalThis as { [key: symbol]: Remembered | undefined };
const inMemory: Remembered = (shared[Symbol.for('mang-an-toan.bodyCache')] ??= new Map());

function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

export class BodyCache {
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  /** @param fingerprint what the compiler's code amounts to (compilerFingerprint); by default this process's. */
  constructor(
    readonly dir: string,
    private readonly fingerprint: string = (ownFingerprint ??= compilerFingerprint()),
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /** parseBody, or its result read back when nothing it depends on has changed. */
  parse(body: string, file: string, diagnostics: DiagnosticList, options: BodyOptions): ParsedBody {
    const entryFile = path.join(this.dir, `${createHash('sha1').update(file).digest('hex')}.json`);
    const key = createHash('sha256').update(this.fingerprint).update('\0').update(file).update('\0').update(body).digest('hex');
    this.used.add(path.basename(entryFile));
    const remembered = inMemory.get(entryFile);
    const fromMemory = remembered !== undefined && remembered.entry.key === key && remembered.stamp === stampOf(entryFile);
    const entry = fromMemory ? remembered.entry : read(entryFile);
    if (entry && entry.format === FORMAT && entry.key === key && sameAnswers(entry.answers, options)) {
      this.hits++;
      if (!fromMemory) {
        touch(entryFile);
        inMemory.set(entryFile, { entry: deepFreeze(entry), stamp: stampOf(entryFile) });
      }
      for (const d of entry.diagnostics) (d.severity === 'error' ? diagnostics.error : diagnostics.warn).call(diagnostics, d, d.message, d.hint);
      return withLines(entry.parsed, entry.lines);
    }
    this.misses++;
    const answers: Answers = { lessonAt: [], pictureStatus: [], pictureIsSafe: [], pictureSize: [] };
    const recording: BodyOptions = {
      lessonAt: (target) => remember(answers.lessonAt, target, options.lessonAt(target)),
      pictureStatus: (target) => remember(answers.pictureStatus, target, options.pictureStatus(target)),
      pictureIsSafe: (target) => remember(answers.pictureIsSafe, target, options.pictureIsSafe(target)),
      pictureSize: (target) => remember(answers.pictureSize, target, options.pictureSize?.(target) ?? null) ?? undefined,
    };
    const before = diagnostics.items.length;
    const parsed = parseBody(body, file, diagnostics, recording);
    const written: Entry = {
      format: FORMAT,
      key,
      answers,
      diagnostics: diagnostics.items.slice(before).map(({ file: _file, ...rest }) => rest),
      parsed: { sections: parsed.sections, quiz: parsed.quiz, assets: parsed.assets, quizLine: parsed.quizLine, learnerText: parsed.learnerText, questionLines: parsed.questionLines },
      lines: linesOf(parsed),
    };
    // Written aside and renamed, so a run reading at the same moment never sees half an entry.
    const partial = `${entryFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(partial, JSON.stringify(written));
      fs.renameSync(partial, entryFile);
    } catch {
      // A cache that cannot be written (read-only disk, full) only costs time next run; no partial is left.
      fs.rmSync(partial, { force: true });
    }
    // Frozen, as what two compiles share must be (parseBody froze the body; this freezes the rest).
    const kept = deepFreeze(written);
    inMemory.set(entryFile, { entry: kept, stamp: stampOf(entryFile) });
    return withLines(kept.parsed, kept.lines);
  }

  /**
   * Removes entries nobody used for a while (a lesson file deleted, a temporary pack gone), and partial
   * entries left by a run stopped in the middle of a write (another run may be writing one right now:
   * only old ones go).
   */
  prune(now = Date.now()): void {
    const entryLimit = now - PRUNE_AFTER_DAYS * 24 * 60 * 60 * 1000;
    const partialLimit = now - PARTIAL_AFTER_MINUTES * 60 * 1000;
    for (const name of fs.readdirSync(this.dir)) {
      const limit = name.endsWith('.tmp') ? partialLimit : name.endsWith('.json') && !this.used.has(name) ? entryLimit : undefined;
      if (limit === undefined) continue;
      const file = path.join(this.dir, name);
      try {
        if (fs.statSync(file).mtimeMs < limit) fs.rmSync(file, { force: true });
      } catch {
        // Removed meanwhile by another run.
      }
    }
  }
}

function remember<T>(list: [string, T][], target: string, answer: T): T {
  list.push([target, answer]);
  return answer;
}

function sameAnswers(answers: Answers, options: BodyOptions): boolean {
  return (
    answers.lessonAt.every(([target, answer]) => JSON.stringify(options.lessonAt(target)) === JSON.stringify(answer)) &&
    answers.pictureStatus.every(([target, answer]) => options.pictureStatus(target) === answer) &&
    answers.pictureIsSafe.every(([target, answer]) => options.pictureIsSafe(target) === answer) &&
    answers.pictureSize.every(([target, answer]) => JSON.stringify(options.pictureSize?.(target) ?? null) === JSON.stringify(answer))
  );
}

function read(file: string): Entry | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Entry;
  } catch {
    return undefined; // none yet, or damaged: parsed again and rewritten
  }
}

function touch(file: string): void {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // Only pruning looks at the time.
  }
}

function linesOf(parsed: ParsedBody): number[] {
  return parsed.sections.flatMap((section) => [...(section.part ? [parsed.lineOf.get(section.part) ?? -1] : []), ...section.blocks.map((block) => parsed.lineOf.get(block) ?? -1)]);
}

function withLines(parsed: Omit<ParsedBody, 'lineOf'>, lines: number[]): ParsedBody {
  const lineOf = new WeakMap<Part | Block, number>();
  let i = 0;
  const set = (item: Part | Block) => {
    const line = lines[i++];
    if (line !== undefined && line !== -1) lineOf.set(item, line);
  };
  for (const section of parsed.sections) {
    if (section.part) set(section.part);
    section.blocks.forEach(set);
  }
  return Object.freeze({ ...parsed, lineOf });
}
