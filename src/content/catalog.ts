/**
 * Questions the app asks of the compiled catalog, and loading lesson bodies on demand.
 *
 * The catalog comes in parts (scripts/content/emit.ts) so the first load stays the same size however
 * many lessons there are: the number of lessons per band is always here; a band's entries, and the
 * index of which band a lesson is in, are chunks loaded on demand (and precached). The questions below
 * are synchronous and need their part loaded first: the app shell loads what a page needs before the
 * page renders (src/app/pageData.ts), and code that runs outside rendering awaits loadCatalog().
 * Asking before loading is a programming mistake, so it throws rather than answering "no lessons".
 */
import { bandParts, lessonCounts, loadIndex } from 'virtual:lesson-catalog';
import { inReaderLanguage } from './readerLanguage';
import { lessonKey } from './lessonKey';
import type { CatalogEntry, CatalogPart, LessonBody } from './types';
import { BAND_IDS, type BandId, type Locale, type TopicId } from './vocabulary';

const parts = new Map<BandId, CatalogPart>();
let bandOfLesson: Map<string, BandId> | undefined;
const bodies = new Map<string, LessonBody>();
const inFlight = new Map<string, Promise<unknown>>();

export class CatalogNotLoadedError extends Error {
  constructor(what: string) {
    super(`the catalog's ${what} is not loaded yet: load it first (src/app/pageData.ts, or await loadCatalog())`);
  }
}

/** One load per key at a time; a failed load is forgotten, so trying again really loads again. */
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  const known = inFlight.get(key) as Promise<T> | undefined;
  if (known) return known;
  const loading = load().finally(() => inFlight.delete(key));
  inFlight.set(key, loading);
  return loading;
}

/** How many lessons a band has (each counted once, whatever its languages). Always available. */
export function lessonCount(band: BandId): number {
  return lessonCounts[band] ?? 0;
}

export function isBandLoaded(band: BandId): boolean {
  return parts.has(band) || !bandParts[band];
}

/** Loads a band's part of the catalog (nothing to do for a band without lessons). */
export async function loadBand(band: BandId): Promise<void> {
  const load = bandParts[band];
  if (parts.has(band) || !load) return;
  const part = await once(`band:${band}`, load);
  parts.set(band, part);
}

async function loadBandIndex(): Promise<Map<string, BandId>> {
  if (bandOfLesson) return bandOfLesson;
  const { idsByBand } = await once('index', loadIndex);
  bandOfLesson = new Map(BAND_IDS.flatMap((band) => (idsByBand[band] ?? []).map((id) => [id, band] as const)));
  return bandOfLesson;
}

/** Whether findLesson(id) can answer now. */
export function isLessonEntryLoaded(id: string): boolean {
  if (!bandOfLesson) return false;
  const band = bandOfLesson.get(id);
  return band === undefined || parts.has(band);
}

/** Loads what findLesson(id) needs: the index, and the part of the lesson's band (none for an unknown id). */
export async function loadLessonEntry(id: string): Promise<void> {
  const band = (await loadBandIndex()).get(id);
  if (band) await loadBand(band);
}

/** Whether every part is loaded (allLessons can answer). */
export function isCatalogLoaded(): boolean {
  return bandOfLesson !== undefined && BAND_IDS.every(isBandLoaded);
}

/** Loads every part of the catalog; resolves to allLessons(). */
export async function loadCatalog(): Promise<readonly CatalogEntry[]> {
  await Promise.all([loadBandIndex(), ...BAND_IDS.map(loadBand)]);
  return allLessons();
}

function partOf(band: BandId): CatalogPart | undefined {
  const part = parts.get(band);
  if (!part && bandParts[band]) throw new CatalogNotLoadedError(`part for ${band}`);
  return part;
}

const inBandCache = new Map<string, CatalogEntry[]>();

/** The band's lessons, each once in the reader's language (or another when untranslated), in teaching order. */
export function lessonsInBand(band: BandId, locale: Locale): CatalogEntry[] {
  const key = `${band}.${locale}`;
  const known = inBandCache.get(key);
  if (known) return known;
  const versions = new Map<string, CatalogEntry[]>();
  for (const entry of partOf(band)?.entries ?? []) versions.set(entry.id, [...(versions.get(entry.id) ?? []), entry]);
  const lessons = [...versions.values()].flatMap((ofOneLesson) => inReaderLanguage(ofOneLesson, locale) ?? []);
  // Parts never change once loaded, so neither does the answer (a band page asks once per topic).
  if (parts.has(band)) inBandCache.set(key, lessons);
  return lessons;
}

export function lessonsInTopic(band: BandId, topic: TopicId, locale: Locale): CatalogEntry[] {
  return lessonsInBand(band, locale).filter((entry) => entry.topic === topic);
}

/** The lesson in the wanted language, or in another one when it has not been translated yet. */
export function findLesson(id: string, locale: Locale): CatalogEntry | undefined {
  if (!bandOfLesson) throw new CatalogNotLoadedError('index');
  const band = bandOfLesson.get(id);
  if (!band) return undefined;
  return inReaderLanguage(partOf(band)?.entries.filter((entry) => entry.id === id) ?? [], locale);
}

/** Every lesson in every locale, band by band in teaching order. Needs every part (loadCatalog). */
export function allLessons(): readonly CatalogEntry[] {
  return BAND_IDS.flatMap((band) => partOf(band)?.entries ?? []);
}

/** The body of a lesson already loaded (by loadLessonBody), so a page can show it in its first render. */
export function loadedLessonBody(entry: Pick<CatalogEntry, 'id' | 'locale'>): LessonBody | undefined {
  return bodies.get(lessonKey(entry));
}

/** Loads a lesson's body (its band's part first, when not loaded; found through the index without `band`). */
export async function loadLessonBody(entry: Pick<CatalogEntry, 'id' | 'locale'> & { band?: BandId }): Promise<LessonBody> {
  const key = lessonKey(entry);
  const known = bodies.get(key);
  if (known) return known;
  const band = entry.band ?? (await loadBandIndex()).get(entry.id);
  if (band) await loadBand(band);
  const load = band && parts.get(band)?.loaders[key];
  if (!load) throw new Error(`no lesson ${key}`);
  const body = (await once(`body:${key}`, load)).default;
  bodies.set(key, body);
  return body;
}
