/**
 * Phase two of the compiler: turn loaded lessons into code. The catalog (metadata of every lesson) goes
 * into the first bundle; each lesson body is its own module, imported on demand, so the first paint does
 * not pay for every lesson while the service worker still precaches them all.
 */
import type { CatalogEntry, LessonBody } from '../../src/content/types.ts';
import type { LoadedLesson } from './load.ts';
import { ASSET_REFERENCE } from './flow.ts';

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

/**
 * Pictures are imported so Vite fingerprints them (under the app's base path) and the service worker
 * precaches them. Links between lessons were written under the base path by the loader (LoadOptions.base).
 */
export function lessonModuleCode({ lesson, assets }: LoadedLesson): string {
  const imports = assets.map((file, i) => `import asset${i} from ${JSON.stringify(`${file}?url`)};`).join('\n');
  return `${imports}\nexport default ${toCode(lesson, assets.length)};\n`;
}

/**
 * The lesson as a JavaScript expression: JSON, except that the `html` of leaves (the only place the
 * compiler writes asset references, which no text can produce) becomes a concatenation with the
 * pictures' URLs.
 */
function toCode(value: unknown, assetCount: number, key?: string): string {
  if (typeof value === 'string' && key === 'html') return spliceAssets(value, assetCount);
  if (Array.isArray(value)) return `[${value.map((item) => toCode(item, assetCount)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toCode(v, assetCount, k)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function spliceAssets(html: string, assetCount: number): string {
  // split() with a capturing group puts each reference's index at the odd positions.
  const pieces = html.split(new RegExp(ASSET_REFERENCE.source)).map((piece, i) => {
    if (i % 2 === 0) return JSON.stringify(piece);
    if (Number(piece) >= assetCount) throw new Error(`asset reference ${piece} has no picture`);
    return `asset${piece}`;
  });
  const kept = pieces.filter((piece) => piece !== '""');
  return kept.length === 0 ? '""' : kept.join(' + ');
}
