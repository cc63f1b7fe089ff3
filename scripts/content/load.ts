/**
 * Phase one of the compiler: find every lesson file, parse and validate it, then run the checks that
 * need all lessons at once. The CLI, the Vite plugin and the tests share it. It writes two things only,
 * each to a folder of its own that is safe to delete: the checked copies of pictures, which the
 * bundler then imports (pictureDir, pictures.ts), and, when asked, the parsed bodies (cacheDir,
 * bodyCache.ts); the app's modules are written by emit.ts. With or without the cache, a parsed body
 * comes back frozen (markdown.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareLessons } from '../../src/content/lessonOrder.ts';
import { lessonPath } from '../../src/content/lessonPath.ts';
import type { LessonBody } from '../../src/content/types.ts';
import { isLocale, type Locale } from '../../src/content/vocabulary.ts';
import { BodyCache } from './bodyCache.ts';
import { checkAcrossLessons } from './checks.ts';
import { DiagnosticList, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { parseFrontMatter, splitFrontMatter, type FrontMatter, type SplitSource } from './frontMatter.ts';
import { parseBody, type BodyOptions, type ParsedBody } from './markdown.ts';
import { Pictures } from './pictures.ts';
import { checkLessonSource } from './sourceLimits.ts';
import { decodeUtf8 } from './textSafety.ts';

export interface LoadOptions {
  /** The content folder. */
  root: string;
  /**
   * The real curriculum (not a test fixture): every band (and track) × its topic × locale must have a
   * lesson, and every lesson must have the structure of its audience (see checks.ts).
   */
  curriculum?: boolean;
  /** The path the app is served under (Vite's `base`, "/" by default): links between lessons start with it. */
  base?: string;
  /** A folder where parsed bodies are kept between runs (bodyCache.ts); none: every body is parsed. */
  cacheDir?: string;
  /** Where the checked copies of pictures are written, the files the app ships (pictures.ts); by default a temporary folder. */
  pictureDir?: string;
}

export interface LoadedLesson {
  file: string;
  /** The file's text, kept to point diagnostics at the line of a field. */
  source: string;
  /** The lesson as the app receives it; its HTML still holds asset references (see assetReference). */
  lesson: LessonBody;
  /** The checked copies of its pictures (pictures.ts), in the order of the asset references. */
  assets: string[];
  parsed: ParsedBody;
}

export interface LoadResult {
  lessons: LoadedLesson[];
  diagnostics: Diagnostic[];
  /** Every file read (lessons and the pictures they use), for watch mode. */
  files: string[];
  /** Bodies read back from the cache and bodies parsed, when there is a cache. */
  cache?: { hits: number; misses: number };
}

const LESSON_FILE = /^(?<slug>[^/\\]+)\.(?<locale>[a-z]{2})\.md$/;

export function findLessonFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((relative) => relative.endsWith('.md') && path.basename(relative).toLowerCase() !== 'readme.md')
    .map((relative) => path.join(root, relative))
    .sort();
}

export function loadContent(options: LoadOptions): LoadResult {
  const root = path.resolve(options.root);
  const diagnostics: Diagnostic[] = [];
  const files = findLessonFiles(root);

  // Pass one reads every front matter, so links between lessons resolve to ids while bodies are parsed.
  const read = files.map((file) => {
    const list = new DiagnosticList(file);
    return { list, head: readLessonHead(file, list) };
  });
  const heads = new Map(read.flatMap(({ head }) => (head ? [[head.file, head] as const] : [])));
  const pictureDir = options.pictureDir ?? path.join(os.tmpdir(), 'mang-an-toan-pictures');
  const pictures = new Pictures(root, pictureDir);
  const bodyOptions: BodyOptions = {
    lessonAt: (target) => {
      const head = heads.get(target);
      if (head?.frontMatter) return { href: withBase(options.base, lessonPath(head.frontMatter.id)) };
      return head || fs.existsSync(target) ? 'unreadable' : 'missing';
    },
    pictureStatus: (file) => pictures.status(file),
    pictureIsSafe: (file) => pictures.isSafe(file),
    pictureSize: (file) => pictures.size(file),
  };

  const cache = options.cacheDir ? new BodyCache(options.cacheDir) : undefined;
  const parse = cache ? cache.parse.bind(cache) : parseBody;
  const lessons: LoadedLesson[] = [];
  const unreadable: string[] = [];
  for (const { list, head } of read) {
    const loaded = head && loadLessonBody(head, root, list, bodyOptions, parse);
    diagnostics.push(...list.items);
    if (loaded) lessons.push({ ...loaded, assets: loaded.parsed.assets.map((picture) => pictures.shipped(picture)) });
    else unreadable.push(list.file);
  }

  diagnostics.push(...pictures.diagnostics, ...checkAcrossLessons(lessons, { root, curriculum: options.curriculum === true, unreadable }));
  const assets = lessons.flatMap((l) => l.parsed.assets);
  cache?.prune();
  return {
    lessons: sortLessons(lessons),
    diagnostics: sortDiagnostics(diagnostics),
    files: [...files, ...new Set(assets)],
    ...(cache ? { cache: { hits: cache.hits, misses: cache.misses } } : {}),
  };
}

/** "/mang-an-toan/" + "/lesson/x" → "/mang-an-toan/lesson/x". */
function withBase(base: string | undefined, routePath: string): string {
  return (base ?? '/').replace(/\/+$/, '') + routePath;
}

interface LessonHead {
  file: string;
  locale: Locale;
  source: string;
  split: SplitSource;
  frontMatter: FrontMatter | undefined;
}

function readLessonHead(file: string, diagnostics: DiagnosticList): LessonHead | undefined {
  const match = LESSON_FILE.exec(path.basename(file));
  const locale = match?.groups?.locale ?? '';
  if (!match || !isLocale(locale)) {
    diagnostics.error(undefined, 'the file name does not say the language', 'name lesson files <slug>.vi.md or <slug>.en.md');
    return undefined;
  }
  if (fs.lstatSync(file).isSymbolicLink()) {
    diagnostics.error(undefined, 'the lesson file is a link (symlink)', 'put the lesson file itself in the pack: a link can bring in any file of the computer');
    return undefined;
  }
  const decoded = decodeUtf8(fs.readFileSync(file));
  if (!('text' in decoded)) {
    diagnostics.error(decoded.at, decoded.message, decoded.hint);
    return undefined;
  }
  const source = decoded.text.replace(/^\uFEFF/, '');
  if (!checkLessonSource(source, diagnostics)) return undefined;
  const split = splitFrontMatter(source);
  return { file, locale, source, split, frontMatter: parseFrontMatter(split, diagnostics) };
}

function loadLessonBody(head: LessonHead, root: string, diagnostics: DiagnosticList, options: BodyOptions, parse: typeof parseBody): LoadedLesson | undefined {
  const { file, source, split, frontMatter, locale } = head;
  // The body is parsed even when the front matter failed, so one run reports the problems of both.
  let parsed: ParsedBody;
  try {
    parsed = parse(split.body, file, diagnostics, options);
  } catch (error) {
    // The limits (sourceLimits.ts) keep nesting far below the parser's stack; this names the file if not.
    if (!(error instanceof RangeError)) throw error;
    diagnostics.error(undefined, 'the lesson nests quotes, lists or blocks too deeply to be read', 'keep quotes and lists a few levels deep');
    return undefined;
  }
  if (!frontMatter) return undefined;

  checkFolders(file, root, source, frontMatter, diagnostics);
  const lesson: LessonBody = {
    ...frontMatter,
    locale,
    questionCount: parsed.quiz.length,
    version: createHash('sha256').update(source).digest('hex').slice(0, 12),
    sections: parsed.sections,
    quiz: parsed.quiz,
  };
  return { file, source, lesson, assets: parsed.assets, parsed };
}

/** content/<band>/<topic>/file.md must say the same band and topic as its folders. */
function checkFolders(
  file: string,
  root: string,
  source: string,
  frontMatter: { band: string; topic: string },
  diagnostics: DiagnosticList,
): void {
  const folders = path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean);
  const expected: [field: 'band' | 'topic', folder: string | undefined][] = [
    ['band', folders[0]],
    ['topic', folders[1]],
  ];
  for (const [field, folder] of expected) {
    if (folder !== frontMatter[field]) {
      diagnostics.error(
        { line: lineOfField(source, field), column: 1 },
        `${field} "${frontMatter[field]}" does not match the folder "${folder ?? '(none)'}"`,
        `put the file in content/${frontMatter.band}/${frontMatter.topic}/ or correct the ${field}`,
      );
    }
  }
}

export function lineOfField(source: string, field: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? 1 : index + 1;
}

function sortLessons(lessons: LoadedLesson[]): LoadedLesson[] {
  return [...lessons].sort((a, b) => compareLessons(a.lesson, b.lesson));
}
