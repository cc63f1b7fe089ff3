/**
 * Phase two of the compiler: turn loaded lessons into code. The catalog (metadata of every lesson) is
 * cut so the first bundle stays the same size however many lessons there are:
 *   - `virtual:lesson-catalog`: the number of lessons of each band (the home page's only need) and a
 *     loader per part below — a fixed size, in the first bundle;
 *   - `virtual:lesson-catalog/index`: which band each lesson id is in, loaded when a lesson is opened;
 *   - `virtual:lesson-catalog/band/<band>`: the band's entries and its lesson-body loaders.
 * Each lesson body is its own module, imported on demand. Every part is its own chunk, so the service
 * worker still precaches them all.
 */
import type { CatalogEntry, LessonBody } from '../../src/content/types.ts';
import { BAND_IDS, type BandId } from '../../src/content/vocabulary.ts';
import type { LoadedLesson } from './load.ts';
import { ASSET_REFERENCE } from './flow.ts';
import { lessonKey } from '../../src/content/lessonKey.ts';

export const CATALOG_MODULE = 'virtual:lesson-catalog';
export const CATALOG_INDEX_MODULE = `${CATALOG_MODULE}/index`;
export const CATALOG_BAND_PREFIX = `${CATALOG_MODULE}/band/`;
export const LESSON_MODULE_PREFIX = 'virtual:lesson/';

/** The name of each lesson body's module and loader (src/content/lessonKey.ts, which the catalog reads by). */
export { lessonKey };

export function toCatalogEntry(lesson: LessonBody): CatalogEntry {
  const { id, locale, band, topic, order, title, summary, duration, questionCount, competences, version } = lesson;
  return { id, locale, band, topic, order, title, summary, duration, questionCount, competences, version };
}

/** The catalog's modules: the small first-bundle module and its parts. */
export function isCatalogModule(id: string): boolean {
  return id === CATALOG_MODULE || id.startsWith(`${CATALOG_MODULE}/`);
}

/**
 * The code of one catalog module (`id`, see isCatalogModule). Lessons arrive sorted (see loadContent),
 * so the output is the same for the same input.
 */
export function catalogModuleCode(lessons: readonly LoadedLesson[], id: string = CATALOG_MODULE): string {
  if (id === CATALOG_MODULE) return shellCode(lessons);
  if (id === CATALOG_INDEX_MODULE) return indexCode(lessons);
  const band = id.slice(CATALOG_BAND_PREFIX.length);
  if (id.startsWith(CATALOG_BAND_PREFIX) && (BAND_IDS as readonly string[]).includes(band)) return bandCode(lessons, band as BandId);
  throw new Error(`no catalog module "${id}"`);
}

/** Lesson ids (each once, whatever its languages) of every band, in teaching order; bands without lessons are left out. */
function idsByBand(lessons: readonly LoadedLesson[]): Map<BandId, string[]> {
  const ids = new Map<BandId, Set<string>>();
  for (const { lesson } of lessons) {
    const band = ids.get(lesson.band) ?? new Set<string>();
    band.add(lesson.id);
    ids.set(lesson.band, band);
  }
  return new Map(BAND_IDS.flatMap((band) => (ids.has(band) ? [[band, [...ids.get(band)!]] as const] : [])));
}

function shellCode(lessons: readonly LoadedLesson[]): string {
  const byBand = idsByBand(lessons);
  const counts = Object.fromEntries(BAND_IDS.map((band) => [band, byBand.get(band)?.length ?? 0]));
  const parts = [...byBand.keys()].map((band) => `  ${JSON.stringify(band)}: () => import(${JSON.stringify(CATALOG_BAND_PREFIX + band)})`).join(',\n');
  return [
    `export const lessonCounts = ${JSON.stringify(counts)};`,
    `export const loadIndex = () => import(${JSON.stringify(CATALOG_INDEX_MODULE)});`,
    `export const bandParts = {\n${parts}\n};`,
    '',
  ].join('\n');
}

function indexCode(lessons: readonly LoadedLesson[]): string {
  return `export const idsByBand = ${JSON.stringify(Object.fromEntries(idsByBand(lessons)))};\n`;
}

function bandCode(lessons: readonly LoadedLesson[], band: BandId): string {
  const inBand = lessons.filter(({ lesson }) => lesson.band === band);
  const entries = inBand.map(({ lesson }) => toCatalogEntry(lesson));
  const loaders = inBand
    .map(({ lesson }) => `  ${JSON.stringify(lessonKey(lesson))}: () => import(${JSON.stringify(LESSON_MODULE_PREFIX + lessonKey(lesson))})`)
    .join(',\n');
  return `export const entries = ${JSON.stringify(entries)};\nexport const loaders = {\n${loaders}\n};\n`;
}

/**
 * Pictures are imported so Vite fingerprints them (under the app's base path) and the service worker
 * precaches them. Links between lessons were written under the base path by the loader (LoadOptions.base).
 */
export function lessonModuleCode({ lesson, assets }: LoadedLesson): string {
  const imports = assets.map((file, i) => `import asset${i} from ${JSON.stringify(`${file}?url`)};`).join('\n');
  // Only a lesson with pictures splices URLs into its HTML, so only it needs the escaping.
  const escaping = assets.length > 0 ? `${ESCAPE_URL}\n` : '';
  return `${imports}\n${escaping}export default ${toCode(lesson, assets.length)};\n`;
}

/**
 * A picture's URL is known only to the bundler (its hash, the base path, or a data: URL when inlined):
 * it is escaped where it is spliced into the lesson's HTML, so no URL can leave its attribute.
 */
const ESCAPE_URL = 'const escapeUrl = (url) => String(url).replace(/[&"\'<>]/g, (c) => "&#" + c.charCodeAt(0) + ";");';

/**
 * The lesson as a JavaScript expression: JSON, except where the compiler writes asset references
 * (which no text can produce): the `html` of leaves becomes a concatenation with the pictures' URLs,
 * and a picture answer's `src` (nothing but its reference) becomes its picture's URL.
 */
function toCode(value: unknown, assetCount: number, key?: string): string {
  if (typeof value === 'string' && key === 'html') return spliceAssets(value, assetCount);
  if (typeof value === 'string' && key === 'src') return assetUrl(value, assetCount);
  if (Array.isArray(value)) return `[${value.map((item) => toCode(item, assetCount)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toCode(v, assetCount, k)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The URL is set as an attribute by React, which escapes it: no escapeUrl here. */
function assetUrl(reference: string, assetCount: number): string {
  const index = new RegExp(`^${ASSET_REFERENCE.source}$`).exec(reference)?.[1];
  if (index === undefined || Number(index) >= assetCount) throw new Error(`picture source "${reference}" is not an asset reference`);
  return `asset${index}`;
}

function spliceAssets(html: string, assetCount: number): string {
  // split() with a capturing group puts each reference's index at the odd positions.
  const pieces = html.split(new RegExp(ASSET_REFERENCE.source)).map((piece, i) => {
    if (i % 2 === 0) return JSON.stringify(piece);
    if (Number(piece) >= assetCount) throw new Error(`asset reference ${piece} has no picture`);
    return `escapeUrl(asset${piece})`;
  });
  const kept = pieces.filter((piece) => piece !== '""');
  return kept.length === 0 ? '""' : kept.join(' + ');
}
