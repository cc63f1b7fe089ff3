/** Questions the app asks of the compiled catalog, and loading a lesson's body on demand. */
import { catalog, loaders } from 'virtual:lesson-catalog';
import { inReaderLanguage } from './readerLanguage';
import type { CatalogEntry, LessonBody } from './types';
import type { BandId, Locale, TopicId } from './vocabulary';

export function lessonsInBand(band: BandId, locale: Locale): CatalogEntry[] {
  return uniqueById(catalog.filter((entry) => entry.band === band)).map((id) => findLesson(id, locale)).filter(isEntry);
}

export function lessonsInTopic(band: BandId, topic: TopicId, locale: Locale): CatalogEntry[] {
  return lessonsInBand(band, locale).filter((entry) => entry.topic === topic);
}

/** The lesson in the wanted language, or in another one when it has not been translated yet. */
export function findLesson(id: string, locale: Locale): CatalogEntry | undefined {
  const versions = catalog.filter((entry) => entry.id === id);
  return inReaderLanguage(versions, locale);
}

export async function loadLessonBody(entry: Pick<CatalogEntry, 'id' | 'locale'>): Promise<LessonBody> {
  const load = loaders[`${entry.id}.${entry.locale}`];
  if (!load) throw new Error(`no lesson ${entry.id}.${entry.locale}`);
  return (await load()).default;
}

export function allLessons(): readonly CatalogEntry[] {
  return catalog;
}

function uniqueById(entries: CatalogEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.id))];
}

function isEntry(entry: CatalogEntry | undefined): entry is CatalogEntry {
  return entry !== undefined;
}
