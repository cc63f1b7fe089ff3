/**
 * What a pupil can do by the end of each age band, topic by topic: one short statement per band × topic
 * in Vietnamese and English ("Cuối lớp 4–5, em có thể …"). Written beside the lessons in
 * content/<band>/progression.yaml, checked by the compiler (scripts/content/progression.ts) and compiled
 * into `virtual:lesson-progression`. Only the teacher's screens import this module (the progression map
 * and the lesson plans), so the statements load with them, never with the first page.
 */
import { statements } from 'virtual:lesson-progression';
import type { BandId, Locale, PupilBandId, PupilTopicId, TopicId } from './vocabulary';

/** One band × topic's statement, in each language; it continues the band's lead-in ("em có thể …"). */
export type ProgressionStatement = Readonly<Record<Locale, string>>;

/** Every band's statements by topic (a pack that is not the curriculum may leave some out). */
export type ProgressionStatements = { readonly [B in PupilBandId]?: { readonly [T in PupilTopicId]?: ProgressionStatement } };

/** The statement a band × topic's lessons serve, in `locale`; undefined for a track's topic or one without a statement. */
export function progressionStatement(band: BandId, topic: TopicId, locale: Locale): string | undefined {
  const byTopic = (statements as ProgressionStatements)[band as PupilBandId];
  return byTopic?.[topic as PupilTopicId]?.[locale];
}
