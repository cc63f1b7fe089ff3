/**
 * The fixed vocabularies of the curriculum, in one place: audiences, age bands and audience tracks, their
 * topics, lesson parts, block kinds, question types and locales. The content compiler validates lessons
 * against these lists and the app renders from them, so adding a band, track or topic here is the one
 * change both sides need (plus its i18n labels).
 */

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** Who a band's lessons are for: children by age, or the adults around them. */
export const AUDIENCES = ['pupils', 'parents', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The topics every age band teaches, in teaching order. */
export const PUPIL_TOPIC_IDS = [
  'internet-basics',
  'searching-information',
  'ai-and-me',
  'choosing-apps-games',
  'online-classes',
  'info-security',
  'personal-data',
  'scams-and-money',
  'posting-responsibly',
  'self-image-wellbeing',
  'recognising-abuse',
  'hotline-111',
] as const;

/**
 * The preschool band's own five sessions (`mam-non`, ages 4–5, read with an adult), in order. They are
 * not the pupil topics: a 4-year-old learns what a screen is, not how to judge a search result, so the
 * school bands' grids, progression and statements (which assume the 12 pupil topics) leave them out.
 */
export const PRESCHOOL_TOPIC_IDS = ['screens-and-people', 'my-private-things', 'no-go-tell', 'ask-before-tapping', 'who-helps-me'] as const;

/** Sessions for parents (the `cha-me` track), in order. */
export const PARENT_TOPIC_IDS = ['children-online', 'safety-settings', 'warning-signs', 'family-agreement', 'online-classes-home', 'ai-scams-wellbeing'] as const;

/** Sessions for school staff (the `thay-co` track), in order. */
export const STAFF_TOPIC_IDS = ['safe-online-class', 'disclosure', 'school-pages', 'teaching-curriculum'] as const;

export type PupilTopicId = (typeof PUPIL_TOPIC_IDS)[number];
export type PreschoolTopicId = (typeof PRESCHOOL_TOPIC_IDS)[number];
export type TopicId = PupilTopicId | PreschoolTopicId | (typeof PARENT_TOPIC_IDS)[number] | (typeof STAFF_TOPIC_IDS)[number];

/** The pupil topics, typed wide so lists of any lesson's topic can be searched in them. */
export const TOPIC_IDS: readonly TopicId[] = PUPIL_TOPIC_IDS;

/** Every topic of every band and track: preschool, then pupil topics, then the tracks', each in teaching order. */
export const ALL_TOPIC_IDS = [...PRESCHOOL_TOPIC_IDS, ...PUPIL_TOPIC_IDS, ...PARENT_TOPIC_IDS, ...STAFF_TOPIC_IDS] as [TopicId, ...TopicId[]];

/** Minutes a lesson of a band may last, and how many quiz questions it needs (`max` unset = no upper limit). */
interface Range {
  min: number;
  max?: number;
}

/**
 * Age bands in teaching order. `period` is the length of one class period in minutes, which is also a
 * lesson's duration. A pupil lesson needs a family note and its quiz (`minQuestions` at least, and
 * `maxQuestions` at most where a band has a ceiling).
 *
 * `mam-non` (preschool, ages 4–5) comes first: a session of about 20 minutes led by a preschool teacher
 * or a parent with the child, its own five topics, and a short picture quiz answered together (3–4
 * questions: a 4-year-old's attention, not a test). Its certificate shows no score (see `isPreschool`).
 */
export const BANDS = [
  { id: 'mam-non', audience: 'pupils', grades: 'mầm non', ages: '4–5', period: 20, minQuestions: 3, maxQuestions: 4, topics: PRESCHOOL_TOPIC_IDS, address: 'em' },
  { id: 'lop-1-3', audience: 'pupils', grades: '1–3', ages: '6–8', period: 35, minQuestions: 5, topics: PUPIL_TOPIC_IDS, address: 'em' },
  { id: 'lop-4-5', audience: 'pupils', grades: '4–5', ages: '9–10', period: 35, minQuestions: 6, topics: PUPIL_TOPIC_IDS, address: 'em' },
  { id: 'lop-6-9', audience: 'pupils', grades: '6–9', ages: '11–14', period: 45, minQuestions: 6, topics: PUPIL_TOPIC_IDS, address: 'em' },
  { id: 'lop-10-12', audience: 'pupils', grades: '10–12', ages: '15–17', period: 45, minQuestions: 6, topics: PUPIL_TOPIC_IDS, address: 'ban' },
] as const;
export type PupilBandId = (typeof BANDS)[number]['id'];

/** The school bands (lớp 1–12): the ones that teach the 12 pupil topics, which progression maps, statements and grids assume. */
export type SchoolBandId = Exclude<PupilBandId, 'mam-non'>;
export const SCHOOL_BANDS = BANDS.filter((band): band is Extract<(typeof BANDS)[number], { id: SchoolBandId }> => band.id !== 'mam-non');

/** The preschool band: read with an adult, answered together, no score shown to the child. */
export function isPreschool(band: string): band is 'mam-non' {
  return band === 'mam-non';
}

/**
 * Audience tracks: sessions for the adults around the children, run by a facilitator. They are "bands"
 * in the content (front matter `band: cha-me`) but their audience is not an age and their quiz is an
 * optional self-check without scoring.
 */
export const TRACKS = [
  { id: 'cha-me', audience: 'parents', duration: { min: 20, max: 30 }, topics: PARENT_TOPIC_IDS, address: 'adult' },
  { id: 'thay-co', audience: 'staff', duration: { min: 30, max: 45 }, topics: STAFF_TOPIC_IDS, address: 'adult' },
] as const;
export type TrackId = (typeof TRACKS)[number]['id'];

/** What a lesson's `band` may be: an age band or an audience track. */
export type BandId = PupilBandId | TrackId;
export const BAND_IDS = [...BANDS.map((band) => band.id), ...TRACKS.map((track) => track.id)] as [BandId, ...BandId[]];

/** One band or track as the compiler and the app ask about it. */
export interface BandRules {
  id: BandId;
  audience: Audience;
  topics: readonly TopicId[];
  /** Allowed `duration` in minutes. */
  duration: Range;
  /** Number of quiz questions; `required` false means a lesson may have no quiz at all. */
  quiz: Range & { required: boolean };
}

export function bandRules(band: BandId): BandRules {
  const age = BANDS.find((b) => b.id === band);
  if (age) {
    return {
      id: age.id,
      audience: age.audience,
      topics: age.topics,
      duration: { min: age.period, max: age.period },
      quiz: { min: age.minQuestions, ...('maxQuestions' in age ? { max: age.maxQuestions } : {}), required: true },
    };
  }
  const track = TRACKS.find((t) => t.id === band);
  if (!track) throw new Error(`unknown band ${band}`);
  // A track's quiz is a self-check: optional, and short when present.
  return { id: track.id, audience: track.audience, topics: track.topics, duration: track.duration, quiz: { min: 3, max: 5, required: false } };
}

/**
 * How the interface speaks to a band's readers in Vietnamese, as its lessons do: "em" to children
 * (mầm non, lớp 1–9), "bạn" to teenagers (lớp 10–12), and to the adults of the tracks a form without a pronoun
 * ("người tham dự"). English has one "you". Strings follow it through src/i18n/address.ts.
 */
export const ADDRESS_FORMS = ['em', 'ban', 'adult'] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];

export function addressOf(band: BandId): AddressForm {
  const row = [...BANDS, ...TRACKS].find((b) => b.id === band);
  if (!row) throw new Error(`unknown band ${band}`);
  return row.address;
}

export function audienceOf(band: BandId): Audience {
  return bandRules(band).audience;
}

/** The topics of a band or track, in teaching order. */
export function topicsOf(band: BandId): readonly TopicId[] {
  return bandRules(band).topics;
}

/** The four parts of a Vietnamese lesson plan, in the order they must appear. */
export const PART_KINDS = ['warmup', 'explore', 'practice', 'apply'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** Container blocks an author may write as `:::name` with Markdown inside. */
export const CALLOUT_KINDS = ['tip', 'warning', 'help', 'activity', 'discussion', 'teacher', 'family'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** Every `:::name` block: the callouts plus `:::cards` (printable activity cards, a list of cards). */
export const BLOCK_NAMES = [...CALLOUT_KINDS, 'cards'] as const;

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'scenario'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export function isBandId(value: string): value is BandId {
  return (BAND_IDS as readonly string[]).includes(value);
}

export function isTopicId(value: string): value is TopicId {
  return (ALL_TOPIC_IDS as readonly string[]).includes(value);
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
