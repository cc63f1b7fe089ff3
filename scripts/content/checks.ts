/**
 * Checks that need every lesson at once: unique ids, links between lessons, a translation that keeps
 * the same quiz, quiz length per band, readability for the youngest band, and curriculum coverage.
 */
import path from 'node:path';
import type { Question } from '../../src/content/types.ts';
import { BANDS, LOCALES, PART_KINDS, TOPIC_IDS, type BandId } from '../../src/content/vocabulary.ts';
import { DiagnosticList, type Diagnostic, type Position } from './diagnostics.ts';
import { lineOfField, type LoadedLesson } from './load.ts';

export interface CheckOptions {
  root: string;
  curriculum: boolean;
}

/** Average words per sentence above which a lesson for 6–8-year-olds gets a warning. */
const YOUNGEST_BAND: BandId = 'lop-1-3';
const MAX_AVERAGE_SENTENCE_WORDS = 12;

export function checkAcrossLessons(lessons: LoadedLesson[], options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (file: string) => {
    const list = new DiagnosticList(file);
    return { list, done: () => out.push(...list.items) };
  };

  checkDuplicateIds(lessons, report);
  resolveLessonLinks(lessons, report);
  checkTranslations(lessons, report);
  for (const loaded of lessons) {
    const { list, done } = report(loaded.file);
    checkQuizLength(loaded, list);
    checkReadability(loaded, list);
    if (options.curriculum) checkLessonStructure(loaded, list);
    done();
  }
  if (options.curriculum) out.push(...checkCoverage(lessons, options.root));
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

function resolveLessonLinks(lessons: LoadedLesson[], report: Reporter): void {
  const byFile = new Map(lessons.map((l) => [l.file, l.lesson]));
  for (const loaded of lessons) {
    const { list, done } = report(loaded.file);
    const hrefs = loaded.parsed.lessonLinks.map(({ target, at }) => {
      const linked = byFile.get(target);
      if (!linked) {
        list.error(at, `link to a lesson that does not exist: ${path.relative(path.dirname(loaded.file), target)}`, 'check the path; it is relative to this file');
        return '#';
      }
      return `/lesson/${linked.id}`;
    });
    loaded.lesson.blocks = loaded.lesson.blocks.map((block) =>
      'html' in block ? { ...block, html: block.html.replace(/lesson-link:(\d+)/g, (_, n: string) => hrefs[Number(n)] ?? '#') } : block,
    );
    done();
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
      for (const problem of compareQuizzes(source.lesson.quiz, translation.lesson.quiz)) {
        list.error(quizStart(translation), `quiz differs from the ${source.lesson.locale} version: ${problem}`, 'a translation keeps the same questions, types, options and correct answers');
      }
      done();
    }
  }
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
    }
  });
  return problems;
}

function checkQuizLength(loaded: LoadedLesson, list: DiagnosticList): void {
  const { lesson } = loaded;
  const band = BANDS.find((b) => b.id === lesson.band);
  if (band && lesson.quiz.length < band.minQuestions) {
    list.error(
      quizStart(loaded),
      `the quiz has ${lesson.quiz.length} question${lesson.quiz.length === 1 ? '' : 's'}; ${band.id} lessons need at least ${band.minQuestions}`,
      'add questions in a ```quiz block',
    );
  }
}

function checkReadability({ lesson, parsed }: LoadedLesson, list: DiagnosticList): void {
  if (lesson.band !== YOUNGEST_BAND || lesson.locale !== 'vi') return;
  const average = averageSentenceWords(parsed.learnerText);
  if (average > MAX_AVERAGE_SENTENCE_WORDS) {
    list.warn(undefined, `sentences average ${average.toFixed(1)} words; for lớp 1–3 keep them under ${MAX_AVERAGE_SENTENCE_WORDS}`, 'split long sentences; one idea per sentence');
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

function checkLessonStructure({ lesson }: LoadedLesson, list: DiagnosticList): void {
  const parts = new Set(lesson.blocks.flatMap((b) => (b.type === 'part' ? [b.kind] : [])));
  const missing = PART_KINDS.filter((kind) => !parts.has(kind));
  if (missing.length > 0) {
    list.error(undefined, `the lesson has no part ${missing.map((k) => `"${k}"`).join(', ')}`, 'add ::part{kind=…} lines for warmup, explore, practice and apply');
  }
  for (const kind of ['teacher', 'family', 'activity', 'help'] as const) {
    if (!lesson.blocks.some((b) => b.type === 'callout' && b.kind === kind)) {
      list.error(undefined, `the lesson has no :::${kind} block`, 'every curriculum lesson has an activity, a 111 help card, a teacher note and a family note');
    }
  }
}

function checkCoverage(lessons: LoadedLesson[], root: string): Diagnostic[] {
  const list = new DiagnosticList(path.join(root, 'README.md'));
  for (const band of BANDS) {
    for (const topic of TOPIC_IDS) {
      for (const locale of LOCALES) {
        if (!lessons.some(({ lesson }) => lesson.band === band.id && lesson.topic === topic && lesson.locale === locale)) {
          list.error(undefined, `no ${locale} lesson for ${band.id} × ${topic}`, `write content/${band.id}/${topic}/<slug>.${locale}.md`);
        }
      }
    }
  }
  return list.items;
}
