/**
 * Checks that need every lesson at once (unique ids, a translation that keeps the
 * same quiz, competences and number of key terms, curriculum coverage) and the rules that depend on a
 * lesson's band: quiz length, readability for the youngest band, and the structure of a pupil lesson or
 * of a session for parents or staff.
 */
import path from 'node:path';
import type { Block, LessonBody, Part, Question } from '../../src/content/types.ts';
import { BAND_IDS, bandRules, LOCALES, PART_KINDS, type BandId } from '../../src/content/vocabulary.ts';
import { DiagnosticList, type Diagnostic, type Position } from './diagnostics.ts';
import { lineOfField, type LoadedLesson } from './load.ts';
import { checkQuizCues } from './quizCues.ts';
import { checkSafetyOrder } from './safetyOrder.ts';


export interface CheckOptions {
  root: string;
  curriculum: boolean;
  /** Lesson files that could not be read: reported on their own, so their coverage cells are not reported as missing. */
  unreadable?: readonly string[];
}

/** Average words per sentence above which a lesson for 6–8-year-olds gets a warning. */
/** Bands whose Vietnamese is read to or by the youngest children: short sentences are checked. */
const YOUNGEST_BANDS: readonly BandId[] = ['mam-non', 'lop-1-3'];
const MAX_AVERAGE_SENTENCE_WORDS = 12;

export function checkAcrossLessons(lessons: LoadedLesson[], options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (file: string) => {
    const list = new DiagnosticList(file);
    return { list, done: () => out.push(...list.items) };
  };

  checkDuplicateIds(lessons, report);
  const unreadable = new Set(options.unreadable ?? []);
  checkTranslations(lessons, report);
  for (const loaded of lessons) {
    const { list, done } = report(loaded.file);
    checkQuizLength(loaded, list);
    checkReadability(loaded, list);
    checkCardsFollowActivity(loaded, list);
    checkSafetyOrder(loaded, list);
    if (options.curriculum) {
      checkLessonStructure(loaded, list);
      checkMinutes(loaded, list);
    }
    done();
  }
  out.push(...checkQuizCues(lessons));
  if (options.curriculum) out.push(...checkCoverage(lessons, options.root, unreadable));
  return out;
}

type Reporter = (file: string) => { list: DiagnosticList; done: () => void };

function idLine(loaded: LoadedLesson): Position {
  return { line: lineOfField(loaded.source, 'id'), column: 1 };
}

function quizStart(loaded: LoadedLesson): Position {
  return { line: loaded.parsed.quizLine ?? loaded.source.split('\n').length, column: 1 };
}

function checkDuplicateIds(lessons: LoadedLesson[], report: Reporter): void {
  const byKey = new Map<string, LoadedLesson[]>();
  for (const loaded of lessons) {
    const key = `${loaded.lesson.id}:${loaded.lesson.locale}`;
    byKey.set(key, [...(byKey.get(key) ?? []), loaded]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const loaded of group) {
      const others = group.filter((g) => g !== loaded).map((g) => path.basename(g.file));
      const { list, done } = report(loaded.file);
      list.error(idLine(loaded), `duplicate id "${loaded.lesson.id}" (${loaded.lesson.locale})`, `also used by ${others.join(', ')}; every lesson needs its own id`);
      done();
    }
  }
}

function checkTranslations(lessons: LoadedLesson[], report: Reporter): void {
  const byId = new Map<string, LoadedLesson[]>();
  for (const loaded of lessons) byId.set(loaded.lesson.id, [...(byId.get(loaded.lesson.id) ?? []), loaded]);
  for (const group of byId.values()) {
    const [source, ...translations] = [...group].sort((a, b) => LOCALES.indexOf(a.lesson.locale) - LOCALES.indexOf(b.lesson.locale));
    if (!source) continue;
    for (const locale of LOCALES) {
      if (!group.some((g) => g.lesson.locale === locale)) {
        const { list, done } = report(source.file);
        list.warn(idLine(source), `lesson "${source.lesson.id}" has no ${locale} version`, `add ${path.basename(source.file).replace(/\.[a-z]{2}\.md$/, `.${locale}.md`)}`);
        done();
      }
    }
    for (const translation of translations) {
      const { list, done } = report(translation.file);
      for (const field of ['band', 'topic', 'order'] as const) {
        if (translation.lesson[field] !== source.lesson[field]) {
          list.error(
            { line: lineOfField(translation.source, field), column: 1 },
            `${field} differs from the ${source.lesson.locale} version (${String(source.lesson[field])})`,
            'both languages of a lesson must have the same band, topic and order',
          );
        }
      }
      for (const problem of compareFrontMatter(source, translation)) {
        list.error({ line: lineOfField(translation.source, problem.field), column: 1 }, problem.message, problem.hint);
      }
      for (const problem of compareQuizzes(withPictureFiles(source), withPictureFiles(translation))) {
        list.error(quizStart(translation), `quiz differs from the ${source.lesson.locale} version: ${problem}`, 'a translation keeps the same questions, types, options and correct answers');
      }
      done();
    }
  }
}

function compareFrontMatter(source: LoadedLesson, translation: LoadedLesson): { field: string; message: string; hint: string }[] {
  const problems: { field: string; message: string; hint: string }[] = [];
  const theirs = source.lesson.locale;
  const sourceCodes = [...source.lesson.competences].sort();
  const codes = [...translation.lesson.competences].sort();
  if (sourceCodes.join() !== codes.join()) {
    problems.push({
      field: 'competences',
      message: `competences differ from the ${theirs} version (${sourceCodes.join(', ') || 'none'})`,
      hint: 'both languages of a lesson tag the same competence codes',
    });
  }
  const terms = translation.lesson.keyTerms.length;
  const sourceTerms = source.lesson.keyTerms.length;
  if (terms !== sourceTerms) {
    problems.push({
      field: 'keyTerms',
      message: `${terms} key terms instead of ${sourceTerms} as in the ${theirs} version`,
      hint: 'a translation explains the same key terms',
    });
  }
  return problems;
}

export function compareQuizzes(source: Question[], translation: Question[]): string[] {
  const problems: string[] = [];
  if (source.length !== translation.length) {
    problems.push(`${translation.length} questions instead of ${source.length}`);
  }
  source.forEach((question, i) => {
    const other = translation[i];
    if (!other) return;
    const label = `question ${i + 1}`;
    if (other.id !== question.id) problems.push(`${label} has id "${other.id}" instead of "${question.id}"`);
    if (other.type !== question.type) problems.push(`${label} is "${other.type}" instead of "${question.type}"`);
    if (other.options.length !== question.options.length) {
      problems.push(`${label} has ${other.options.length} options instead of ${question.options.length}`);
    } else if (other.options.some((o, j) => o.correct !== question.options[j]?.correct)) {
      problems.push(`${label} has different correct answers`);
    } else {
      const pictures = (q: Question) => q.options.map((o, j) => (o.picture ? `${j + 1}` : '')).filter(Boolean);
      const mine = pictures(question);
      const theirs = pictures(other);
      if (mine.join() !== theirs.join()) {
        problems.push(`${label} has pictures on ${theirs.length === 0 ? 'no option' : `option ${theirs.join(', ')}`} instead of ${mine.length === 0 ? 'none' : `option ${mine.join(', ')}`}`);
      } else if (other.options.some((o, j) => o.picture && o.picture.src !== question.options[j]?.picture?.src)) {
        problems.push(`${label} shows another picture on an option`);
      }
    }
  });
  return problems;
}

/**
 * The lesson's quiz with each picture answer's src (an asset reference, numbered per lesson) replaced
 * by the checked copy it refers to, named by its content's hash: both languages show the same pictures.
 */
function withPictureFiles({ lesson, assets }: LoadedLesson): Question[] {
  return lesson.quiz.map((question) => ({
    ...question,
    options: question.options.map((o) => (o.picture ? { ...o, picture: { ...o.picture, src: assets[Number(/\d+/.exec(o.picture.src)?.[0])] ?? o.picture.src } } : o)),
  }));
}

function checkQuizLength(loaded: LoadedLesson, list: DiagnosticList): void {
  const { lesson } = loaded;
  const { quiz, id } = bandRules(lesson.band);
  const count = lesson.quiz.length;
  if (count === 0 && !quiz.required) return;
  const has = `the quiz has ${count} question${count === 1 ? '' : 's'}`;
  if (count < quiz.min) {
    const range = quiz.max === undefined ? `at least ${quiz.min}` : `${quiz.min} to ${quiz.max}`;
    list.error(quizStart(loaded), `${has}; ${id} lessons need ${range}`, quiz.required ? 'add questions in a ```quiz block' : 'add questions, or leave the quiz out: it is optional here');
  } else if (quiz.max !== undefined && count > quiz.max) {
    list.error(quizStart(loaded), `${has}; ${id} sessions have at most ${quiz.max}`, 'keep the self-check short: the questions that matter most');
  }
}

function checkReadability({ lesson, parsed }: LoadedLesson, list: DiagnosticList): void {
  if (!YOUNGEST_BANDS.includes(lesson.band) || lesson.locale !== 'vi') return;
  const average = averageSentenceWords(parsed.learnerText);
  if (average > MAX_AVERAGE_SENTENCE_WORDS) {
    list.warn(undefined, `sentences average ${average.toFixed(1)} words; for mầm non and lớp 1–3 keep them under ${MAX_AVERAGE_SENTENCE_WORDS}`, 'split long sentences; one idea per sentence');
  }
}

/** Sentences end at . ! ? … or a line break (list items and headings are sentences of their own). */
export function averageSentenceWords(text: string): number {
  const sentences = text
    .split(/[.!?…]+|\n+/)
    .map((s) => s.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)))
    .filter((words) => words.length > 0);
  if (sentences.length === 0) return 0;
  return sentences.reduce((sum, words) => sum + words.length, 0) / sentences.length;
}

type Callout = Extract<Block, { type: 'callout' }>;
type BlockKind = Callout['kind'] | 'cards';

function kindOf(block: Block): BlockKind | undefined {
  return block.type === 'callout' ? block.kind : block.type === 'cards' ? 'cards' : undefined;
}

function allBlocks(lesson: LessonBody): Block[] {
  return lesson.sections.flatMap((section) => section.blocks);
}

function checkLessonStructure({ lesson }: LoadedLesson, list: DiagnosticList): void {
  const parts = new Set(lesson.sections.flatMap((section) => (section.part ? [section.part.kind] : [])));
  const missing = PART_KINDS.filter((kind) => !parts.has(kind));
  if (missing.length > 0) {
    list.error(undefined, `the lesson has no part ${missing.map((k) => `"${k}"`).join(', ')}`, 'add ::part{kind=…} lines for warmup, explore, practice and apply');
  }
  const count = (kind: BlockKind) => allBlocks(lesson).filter((b) => kindOf(b) === kind).length;
  if (bandRules(lesson.band).audience === 'pupils') {
    for (const kind of ['teacher', 'family', 'activity', 'help'] as const) {
      if (count(kind) === 0) {
        list.error(undefined, `the lesson has no :::${kind} block`, 'every curriculum lesson has an activity, a 111 help card, a teacher note and a family note');
      }
    }
    return;
  }
  // A session for parents or staff: run by a facilitator (the teacher block is their script) around one activity.
  if (count('teacher') === 0) list.error(undefined, 'the session has no :::teacher block', 'write the talk script and facilitation notes in a :::teacher block');
  if (count('activity') !== 1) {
    list.error(undefined, `the session has ${count('activity')} :::activity blocks; it needs exactly one`, 'a session for parents or staff is built around one activity');
  }
  if (count('family') > 0) list.error(undefined, 'a session for parents or staff has no :::family block', 'remove it; put what participants take home in the body, which the handout prints');
}

/**
 * Minutes a teacher plans with: every part and every discussion says its minutes, and a part holds the
 * activities and discussions inside it; the parts leave time in the duration.
 */
function checkMinutes({ lesson, source, parsed }: LoadedLesson, list: DiagnosticList): void {
  let total = 0;
  for (const { part, blocks } of lesson.sections) {
    let inside = 0;
    for (const block of blocks) {
      if (block.type !== 'callout' || (block.kind !== 'activity' && block.kind !== 'discussion')) continue;
      inside += block.minutes ?? 0;
      if (block.kind === 'discussion' && block.minutes === undefined) {
        list.error(positionOf(parsed, block), 'the :::discussion block has no minutes', 'write :::discussion{minutes=5}; the minutes count inside its part');
      }
    }
    if (!part) continue;
    total += part.minutes ?? 0;
    if (part.minutes === undefined) {
      list.error(positionOf(parsed, part), `part "${part.kind}" has no minutes`, 'write e.g. ::part{kind=warmup minutes=5}');
    } else if (inside > part.minutes) {
      list.error(
        positionOf(parsed, part),
        `part "${part.kind}" has ${part.minutes} minutes but its activities and discussions take ${inside}`,
        'give the part more minutes, or its activities and discussions fewer',
      );
    }
  }
  if (total > lesson.duration) {
    list.error(
      { line: lineOfField(source, 'duration'), column: 1 },
      `the parts take ${total} minutes, more than the duration (${lesson.duration})`,
      'the parts plus the quiz (about a minute per question) add up to the duration',
    );
  }
}

function positionOf(parsed: LoadedLesson['parsed'], item: Part | Block): Position {
  return { line: parsed.lineOf.get(item) ?? 1, column: 1 };
}

/** A cards block belongs to an activity: it comes after that activity, in the same part. */
function checkCardsFollowActivity({ lesson, parsed }: LoadedLesson, list: DiagnosticList): void {
  for (const { blocks } of lesson.sections) {
    let activity = false;
    for (const block of blocks) {
      if (kindOf(block) === 'activity') activity = true;
      if (block.type === 'cards' && !activity) {
        list.error(positionOf(parsed, block), `the cards "${block.title}" come before any :::activity of their part`, 'put the :::cards block right after the :::activity that uses it, in the same part');
      }
    }
  }
}

function checkCoverage(lessons: LoadedLesson[], root: string, unreadable: ReadonlySet<string>): Diagnostic[] {
  const list = new DiagnosticList(path.join(root, 'README.md'));
  const hasUnreadable = (band: string, topic: string, locale: string) =>
    [...unreadable].some((file) => path.dirname(file) === path.join(root, band, topic) && file.endsWith(`.${locale}.md`));
  for (const band of BAND_IDS) {
    for (const topic of bandRules(band).topics) {
      for (const locale of LOCALES) {
        if (hasUnreadable(band, topic, locale)) continue;
        if (!lessons.some(({ lesson }) => lesson.band === band && lesson.topic === topic && lesson.locale === locale)) {
          list.error(undefined, `no ${locale} lesson for ${band} × ${topic}`, `write content/${band}/${topic}/<slug>.${locale}.md`);
        }
      }
    }
  }
  return list.items;
}
