/**
 * The progress file: what "export", "backup" and "import" move between computers (docs/export-format.md).
 *
 * A file comes from outside — another computer, a USB stick, a child's hands — so everything in it is
 * checked before a single row is written: strict objects (an unknown key is an error, not ignored),
 * tight limits on every string, number and list, and the cross-checks a database would otherwise
 * enforce (unique ids, lesson versions that match the attempts). The nesting (answers inside attempts
 * inside learners) makes "an answer of a missing attempt" impossible to write down.
 *
 * Timestamps must lie between 2000 and "now + ten years" (see TRANSFER_LIMITS), so the schema is built for a given `now`.
 */
import { z } from './zod';
import { version as packageVersion } from '../../package.json';
import { LOCALES } from '../content/vocabulary';
import { AVATAR_IDS, type Learner, type QuizAnswer, type QuizAttempt } from './records';
import { checkName, type NameKind } from './names';
import { CLASS_LABEL_MAX_LENGTH, NICKNAME_MAX_LENGTH, PROGRESS_FILE_MAX_BYTES } from './limits';
import { scoreMatches } from './learning';

export const TRANSFER_FORMAT = 'mang-an-toan/progress';
/** Bumped on every change an older app could misread; older apps then reject the file as 'future-version'. */
export const TRANSFER_FORMAT_VERSION = 1;
/** The version of the app writing a file, for support questions; import never depends on it. */
export const APP_VERSION: string = packageVersion;

export const TRANSFER_KINDS = ['learners', 'backup'] as const;

/**
 * Marks the schema's one problem that has a name of its own: a finished attempt whose stored score is not
 * the one its answers give (learning.ts: scoreMatches). The parser reports it as 'score-mismatch', so the
 * import and the class report can say why such a file is not counted.
 */
export const SCORE_MISMATCH = 'score-mismatch';
export type TransferKind = (typeof TRANSFER_KINDS)[number];

const DAY = 24 * 60 * 60 * 1000; // ms

export const TRANSFER_LIMITS = {
  /** bytes; checked before the file is decoded, so an oversized file costs no parsing. */
  maxFileBytes: PROGRESS_FILE_MAX_BYTES,
  maxLearners: 500,
  maxAttemptsPerLearner: 5_000,
  maxAnswersPerAttempt: 200,
  /** Distinct lessons named in `lessons`: the curriculum has tens, the benchmark a thousand. */
  maxLessons: 1_000,
  /** Wordings of one lesson (each edit of a lesson file is a new version). */
  maxVersionsPerLesson: 1_000,
  maxSelected: 20,
  maxOptionIndex: 19,
  maxQuestionCount: 200,
  nicknameMaxLength: NICKNAME_MAX_LENGTH,
  classLabelMaxLength: CLASS_LABEL_MAX_LENGTH,
  pinHashMaxLength: 128,
  lessonIdMaxLength: 120,
  versionMaxLength: 64,
  appVersionMaxLength: 64,
  /**
   * ms since epoch. School computers with a flat BIOS battery wake up in the early 2000s and still
   * save results: their files must export and import, so the bounds only catch nonsense.
   */
  earliestTimestamp: Date.UTC(2000, 0, 1),
  /** ms; how far the exporting computer's clock may run ahead of the importing one. */
  clockSkew: 10 * 365 * DAY,
} as const;

export { AVATAR_IDS };

/** The stored rows, less what nesting already says (an answer's attempt, lesson and learner). */
export type ExportedAnswer = Omit<QuizAnswer, 'learnerId' | 'attemptId' | 'lessonId' | 'lessonVersion'>;
export type ExportedAttempt = Omit<QuizAttempt, 'learnerId'> & { answers: ExportedAnswer[] };
export type ExportedLearner = Learner & { attempts: ExportedAttempt[] };

export interface TransferFileData {
  format: typeof TRANSFER_FORMAT;
  formatVersion: typeof TRANSFER_FORMAT_VERSION;
  appVersion: string;
  /** ISO 8601, UTC */
  exportedAt: string;
  kind: TransferKind;
  /** lesson id → the lesson versions the attempts were taken on */
  lessons: Record<string, string[]>;
  learners: ExportedLearner[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const LESSON_ID = /^[a-z0-9-]+$/;
/** Printable ASCII without spaces: content hashes, salted hashes, semver. */
const PRINTABLE_ASCII = /^[\x21-\x7E]+$/;

/** Ids become object keys in code that reads the data; these three would reach Object.prototype. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const id = z
  .string()
  .regex(ID, 'must be 1–64 letters, digits, "_" or "-"')
  .refine((value) => !RESERVED_IDS.has(value), 'is a reserved word');
const lessonId = z.string().max(TRANSFER_LIMITS.lessonIdMaxLength).regex(LESSON_ID, 'must be lowercase letters, digits and "-"');
const lessonVersion = z.string().max(TRANSFER_LIMITS.versionMaxLength).regex(PRINTABLE_ASCII, 'must be printable ASCII');

const NAME_PROBLEMS = {
  empty: 'must not be empty',
  'too-long': 'is too long',
  control: 'must not contain control characters',
  bidi: 'must not contain bidi overrides or isolates',
  'zero-width': 'must not contain zero-width characters',
  surrogate: 'must not contain lone surrogates',
} as const;

/** A nickname or class label: the same rule as the learner form (src/domain/names.ts), never empty. */
function name(kind: NameKind) {
  return z.string().transform((text, ctx) => {
    const checked = checkName(text, kind);
    if (!checked.ok || checked.value === '') {
      ctx.addIssue({ code: 'custom', message: NAME_PROBLEMS[checked.ok ? 'empty' : checked.problem] });
      return z.NEVER;
    }
    return checked.value;
  });
}

function timestamp(now: number) {
  return z
    .int()
    .min(TRANSFER_LIMITS.earliestTimestamp, 'is before 2000')
    .max(now + TRANSFER_LIMITS.clockSkew, 'is in the future');
}

/**
 * An array checked element by element that stops at the first bad element. zod's own z.array reports
 * every bad element, and a few megabytes of `[0,0,0,…]` where answers belong make it build a million
 * issues and overflow the stack; one issue is all the user needs.
 */
function firstErrorArray<T extends z.ZodType>(element: T, max: number) {
  return z
    .array(z.unknown())
    .max(max)
    .transform((items, ctx) => {
      const parsed: z.output<T>[] = [];
      for (const [index, item] of items.entries()) {
        const result = element.safeParse(item);
        if (!result.success) {
          for (const issue of result.error.issues) {
            // The mark of a named problem travels up with it (SCORE_MISMATCH).
            const params = issue.code === 'custom' ? issue.params : undefined;
            ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path], ...(params ? { params } : {}) });
          }
          return z.NEVER;
        }
        parsed.push(result.data);
      }
      return parsed;
    });
}

/** The schema of a whole file, for files checked at `now` (ms since epoch). */
export function createTransferFileSchema(now: number = Date.now()) {
  const time = timestamp(now);

  const answer = z.strictObject({
    id,
    questionId: id,
    selected: z
      .array(z.int().min(0).max(TRANSFER_LIMITS.maxOptionIndex))
      .max(TRANSFER_LIMITS.maxSelected)
      .refine((selected) => new Set(selected).size === selected.length, 'must not repeat an option'),
    correct: z.boolean(),
    answeredAt: time,
  }) satisfies z.ZodType<ExportedAnswer>;

  const attempt = z
    .strictObject({
      id,
      lessonId,
      locale: z.enum(LOCALES),
      lessonVersion,
      questionCount: z.int().min(1).max(TRANSFER_LIMITS.maxQuestionCount),
      startedAt: time,
      finishedAt: time.optional(),
      correctCount: z.int().min(0).max(TRANSFER_LIMITS.maxQuestionCount).optional(),
      scorePercent: z.int().min(0).max(100).optional(),
      answers: firstErrorArray(answer, TRANSFER_LIMITS.maxAnswersPerAttempt),
    })
    .superRefine((value, ctx) => {
      // A finished attempt has its score; an unfinished one has none (import relies on this to decide
      // which copy of an attempt is the newer one).
      const finished = value.finishedAt !== undefined;
      for (const field of ['correctCount', 'scorePercent'] as const) {
        if (finished && value[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'is missing on a finished attempt' });
        if (!finished && value[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'is set on an unfinished attempt' });
      }
      if (value.correctCount !== undefined && value.correctCount > value.questionCount) {
        ctx.addIssue({ code: 'custom', path: ['correctCount'], message: 'is more than the number of questions' });
      }
      if (new Set(value.answers.map((answer) => answer.questionId)).size > value.questionCount) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: 'answers more questions than the quiz has' });
      }
      // The score is never taken on trust: it must be the one the answers give (src/domain/learning.ts).
      if (finished && !scoreMatches(value, value.answers)) {
        ctx.addIssue({ code: 'custom', path: ['scorePercent'], message: 'does not match the answers', params: { reason: SCORE_MISMATCH } });
      }
    }) satisfies z.ZodType<ExportedAttempt>;

  const learner = z.strictObject({
    id,
    nickname: name('nickname'),
    avatar: z.enum(AVATAR_IDS),
    classLabel: name('classLabel').optional(),
    pinHash: z.string().max(TRANSFER_LIMITS.pinHashMaxLength).regex(PRINTABLE_ASCII, 'must be printable ASCII').optional(),
    createdAt: time,
    updatedAt: time,
    attempts: firstErrorArray(attempt, TRANSFER_LIMITS.maxAttemptsPerLearner),
  }) satisfies z.ZodType<ExportedLearner>;

  const lessons = z
    .record(lessonId, firstErrorArray(lessonVersion, TRANSFER_LIMITS.maxVersionsPerLesson))
    .refine((record) => Object.keys(record).length <= TRANSFER_LIMITS.maxLessons, `must name at most ${TRANSFER_LIMITS.maxLessons} lessons`);

  return z
    .strictObject({
      format: z.literal(TRANSFER_FORMAT),
      formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
      appVersion: z.string().min(1).max(TRANSFER_LIMITS.appVersionMaxLength).regex(PRINTABLE_ASCII, 'must be printable ASCII'),
      exportedAt: z.iso.datetime().refine((iso) => {
        const time = Date.parse(iso);
        return time >= TRANSFER_LIMITS.earliestTimestamp && time <= now + TRANSFER_LIMITS.clockSkew;
      }, 'is before 2000 or too far in the future'),
      kind: z.enum(TRANSFER_KINDS),
      lessons,
      learners: firstErrorArray(learner, TRANSFER_LIMITS.maxLearners),
    })
    .superRefine(checkCrossReferences)
    .brand<'TransferFile'>() satisfies z.ZodType<TransferFileData>;
}

/**
 * A file that passed the schema. Only parseTransferFile and buildExport produce one, so applyImport
 * cannot be handed unchecked data by mistake.
 */
export type TransferFile = z.output<ReturnType<typeof createTransferFileSchema>>;

/** What the database would enforce on insert, checked up front so an import cannot fail half-way. */
function checkCrossReferences(file: TransferFileData, ctx: z.RefinementCtx): void {
  const learnerIds = new Set<string>();
  const attemptIds = new Set<string>();
  const answerIds = new Set<string>();
  const referenced = new Map<string, Set<string>>();
  // A Map, not `file.lessons[id]`: an attempt's lessonId "constructor" must not find Object.prototype's.
  const listed = new Map(Object.entries(file.lessons));

  for (const [l, learner] of file.learners.entries()) {
    if (!addOnce(learnerIds, learner.id)) ctx.addIssue({ code: 'custom', path: ['learners', l, 'id'], message: 'repeats another learner id' });
    for (const [a, attempt] of learner.attempts.entries()) {
      const path = ['learners', l, 'attempts', a];
      if (!addOnce(attemptIds, attempt.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: 'repeats another attempt id' });
      for (const [n, answer] of attempt.answers.entries()) {
        if (!addOnce(answerIds, answer.id)) ctx.addIssue({ code: 'custom', path: [...path, 'answers', n, 'id'], message: 'repeats another answer id' });
      }
      const versions = referenced.get(attempt.lessonId) ?? new Set<string>();
      versions.add(attempt.lessonVersion);
      referenced.set(attempt.lessonId, versions);
      if (!listed.get(attempt.lessonId)?.includes(attempt.lessonVersion)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'lessonVersion'], message: 'is not listed in "lessons"' });
      }
    }
  }

  for (const [lesson, versions] of listed) {
    if (new Set(versions).size !== versions.length) ctx.addIssue({ code: 'custom', path: ['lessons', lesson], message: 'repeats a version' });
    const used = referenced.get(lesson);
    if (!versions.every((v) => used?.has(v))) ctx.addIssue({ code: 'custom', path: ['lessons', lesson], message: 'lists a version no attempt uses' });
  }
}

function addOnce(seen: Set<string>, value: string): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  return true;
}
