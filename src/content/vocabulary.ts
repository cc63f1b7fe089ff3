/**
 * The fixed vocabularies of the curriculum, in one place: age bands, topics, lesson parts, question
 * types and locales. The content compiler validates lessons against these lists and the app renders
 * from them, so adding a band or topic here is the one change both sides need (plus its i18n labels).
 */

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** Age bands in teaching order. `period` is the length of one class period in minutes. */
export const BANDS = [
  { id: 'lop-1-3', grades: '1–3', ages: '6–8', period: 35, minQuestions: 5 },
  { id: 'lop-4-5', grades: '4–5', ages: '9–10', period: 35, minQuestions: 6 },
  { id: 'lop-6-9', grades: '6–9', ages: '11–14', period: 45, minQuestions: 6 },
  { id: 'lop-10-12', grades: '10–12', ages: '15–17', period: 45, minQuestions: 6 },
] as const;
export type BandId = (typeof BANDS)[number]['id'];
export const BAND_IDS = BANDS.map((band) => band.id) as [BandId, ...BandId[]];

/** The core topics every band teaches, in teaching order. */
export const TOPIC_IDS = [
  'internet-basics',
  'info-security',
  'personal-data',
  'recognising-abuse',
  'hotline-111',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** The four parts of a Vietnamese lesson plan, in the order they must appear. */
export const PART_KINDS = ['warmup', 'explore', 'practice', 'apply'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** Container blocks an author may write as `:::name`. */
export const CALLOUT_KINDS = ['tip', 'warning', 'help', 'activity', 'discussion', 'teacher', 'family'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'scenario'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Best score (percent) from which a lesson counts as mastered. */
export const MASTERY_PERCENT = 80;

export function isBandId(value: string): value is BandId {
  return (BAND_IDS as readonly string[]).includes(value);
}

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
