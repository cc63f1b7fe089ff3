/**
 * Browser tests that sweep over lessons take a fixed, seeded sample by default, so `npm test` grows with
 * the code, not with the curriculum (a sweep over every lesson cost about 0.8 s a lesson a language). The
 * sample holds every band and track and every topic of the school curriculum at least once (a preschool,
 * parents' or staff session is one of its band's: each of those sessions is a topic of its own, and
 * taking all of them doubled the sample for no code it reached); `npm run test:full` (FULL=1) sweeps
 * every lesson. The seed is printed, and TEST_SEED=<n> replays a sample.
 */
import type { LessonBody } from '../../src/content/types';
import { PUPIL_TOPIC_IDS } from '../../src/content/vocabulary';
import { FULL_RUN } from '../fullRun';
import { seededRandom } from '../seededRandom';

const DEFAULT_SEED = 20261207;

export function sampleSeed(): number {
  const given = Number(process.env.TEST_SEED);
  return Number.isInteger(given) && given > 0 ? given : DEFAULT_SEED;
}

export interface SampleOptions {
  /**
   * What the sample covers: every band and track and every school topic (the default), or only every
   * band and track, for a sweep repeated over several variants of a page.
   */
  cover?: 'bands-and-topics' | 'bands';
  /** Another draw from the same seed, so each variant of a sweep sees other lessons (0 by default). */
  draw?: number;
}

/**
 * Lesson ids (every language of an id is kept together) covering every band and every topic at least
 * once, chosen in a seeded order; all of them when FULL=1. `label` names the sweep in the printed line.
 */
export function sampleLessons<T extends Pick<LessonBody, 'id' | 'band' | 'topic'>>(lessons: readonly T[], label: string, options: SampleOptions = {}): T[] {
  if (FULL_RUN) return [...lessons];
  const seed = sampleSeed();
  const random = seededRandom(seed + (options.draw ?? 0)).next;
  const ids = [...new Set(lessons.map((lesson) => lesson.id))];
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const first = new Map(lessons.map((lesson) => [lesson.id, lesson] as const));
  const schoolTopics = new Set<string>(options.cover === 'bands' ? [] : PUPIL_TOPIC_IDS);
  const bands = new Set<string>();
  const topics = new Set<string>();
  const chosen = new Set<string>();
  for (const id of ids) {
    const { band, topic } = first.get(id)!;
    const newTopic = schoolTopics.has(topic) && !topics.has(topic);
    if (bands.has(band) && !newTopic) continue;
    bands.add(band);
    topics.add(topic);
    chosen.add(id);
  }
  const sample = lessons.filter((lesson) => chosen.has(lesson.id));
  console.log(`${label}: ${chosen.size} of ${ids.length} lessons (TEST_SEED=${seed}; FULL=1 for every lesson)`);
  return sample;
}
