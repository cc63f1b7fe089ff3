/**
 * Phase two of the compiler: turn loaded lessons into code. The catalog (metadata of every lesson) goes
 * into the first bundle; each lesson body is its own module, imported on demand, so the first paint does
 * not pay for every lesson while the service worker still precaches them all.
 */
import type { CatalogEntry, LessonBody } from '../../src/content/types.ts';
import type { LoadedLesson } from './load.ts';

export const CATALOG_MODULE = 'virtual:lesson-catalog';
export const LESSON_MODULE_PREFIX = 'virtual:lesson/';

export function lessonKey(lesson: Pick<LessonBody, 'id' | 'locale'>): string {
  return `${lesson.id}.${lesson.locale}`;
}

export function toCatalogEntry(lesson: LessonBody): CatalogEntry {
  const { id, locale, band, topic, order, title, summary, duration, questionCount, competences, version } = lesson;
  return { id, locale, band, topic, order, title, summary, duration, questionCount, competences, version };
}

/** Lessons arrive sorted (see loadContent), so the output is the same for the same input. */
export function catalogModuleCode(lessons: readonly LoadedLesson[]): string {
  const entries = lessons.map(({ lesson }) => toCatalogEntry(lesson));
  const loaders = lessons
    .map(({ lesson }) => `  ${JSON.stringify(lessonKey(lesson))}: () => import(${JSON.stringify(LESSON_MODULE_PREFIX + lessonKey(lesson))})`)
    .join(',\n');
  return `export const catalog = ${JSON.stringify(entries)};\nexport const loaders = {\n${loaders}\n};\n`;
}

/** Pictures are imported so Vite fingerprints them and the service worker precaches them. */
export function lessonModuleCode({ lesson, assets }: LoadedLesson): string {
  const imports = assets.map((file, i) => `import asset${i} from ${JSON.stringify(`${file}?url`)};`).join('\n');
  // Tokens sit inside JSON string literals: closing and reopening the literal splices in the URL.
  const body = JSON.stringify(lesson).replace(/__ASSET_(\d+)__/g, (_, n: string) => `" + asset${n} + "`);
  return `${imports}\nexport default ${body};\n`;
}
