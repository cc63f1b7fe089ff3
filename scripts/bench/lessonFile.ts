/**
 * What the benchmark needs to know of one lesson file without compiling the pack (which takes as long
 * as content:check): its id and title from the front matter, and a line of its body text to wait for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findLessonFiles } from '../content/load.ts';

export interface LessonFile {
  file: string;
  id: string;
  title: string;
  /** The start of the first plain paragraph of the body: on screen only once the lesson body is. */
  bodyText: string;
}

/** The first Vietnamese lesson of `band` (in file order) that has a plain paragraph to wait for. */
export function pickLesson(root: string, band: string): LessonFile {
  for (const file of findLessonFiles(root)) {
    if (!file.endsWith('.vi.md') || path.relative(root, file).split(path.sep)[0] !== band) continue;
    const lesson = readLessonFile(file);
    if (lesson) return lesson;
  }
  throw new Error(`no Vietnamese lesson with a plain paragraph in ${path.join(root, band)}`);
}

/**
 * Up to `count` other Vietnamese lessons of `band` (file order, none of `except`), each with a paragraph
 * to wait for: pages a learner has not opened yet.
 */
export function pickOtherLessons(root: string, band: string, count: number, except: readonly string[]): LessonFile[] {
  const lessons: LessonFile[] = [];
  for (const file of findLessonFiles(root)) {
    if (lessons.length === count) break;
    if (!file.endsWith('.vi.md') || path.relative(root, file).split(path.sep)[0] !== band) continue;
    const lesson = readLessonFile(file);
    if (lesson && !except.includes(lesson.id)) lessons.push(lesson);
  }
  return lessons;
}

export function readLessonFile(file: string): LessonFile | undefined {
  const source = fs.readFileSync(file, 'utf8');
  const id = /^id: *["']?([a-z0-9-]+)["']? *$/m.exec(source)?.[1];
  const title = /^title: *(.+)$/m.exec(source)?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2');
  const body = source.slice(source.search(/^::part/m));
  // A paragraph line that starts with a letter and has no inline markup in its first 40 characters.
  const line = body.split('\n').find((l) => /^\p{L}[^*_`[\]<>|#:{}\\]{39}/u.test(l));
  if (!id || !title || !line) return undefined;
  return { file, id, title, bodyText: line.slice(0, 40) };
}

/** Changes the lesson's title in its file (keeping YAML quoting valid) and returns the new title. */
export function retitle(file: string, title: string, suffix: string): string {
  const source = fs.readFileSync(file, 'utf8');
  const next = `${title} ${suffix}`;
  fs.writeFileSync(file, source.replace(/^title: *.+$/m, `title: ${JSON.stringify(next)}`));
  return next;
}
