/**
 * Answer cues: what lets a child pass a quiz without understanding it. Measured on the curriculum before
 * this check (issue 18): the right option was the longest in 81% of one-answer questions, 71% of
 * true/false answers were "false", and 80% of multi-selects had exactly one wrong option. The app
 * shuffles options now, so their order is no cue; these are the cues left in the words.
 *
 * Picture answers (options with pictures) are measured by their labels like any option: the label is
 * shown, read aloud and printed beside the picture, so its length is a cue as much as any option's. The
 * pictures' descriptions (alt) are not counted in the shares — a seeing child never reads them — but a
 * right picture whose description is clearly the longest is warned about, as a screen reader says it.
 *
 * Per question (a warning at its line): a right option clearly longer than every other, and a negative
 * stem ("KHÔNG nên", "not") whose negative word is not in bold. Per pupil band and language (an error,
 * so a pack cannot ship with cues): the shares below over their ceilings, with a warning on each
 * question that counts towards a share over its ceiling, so the writer knows which to rework.
 */
import type { Question } from '../../src/content/types.ts';
import { bandRules } from '../../src/content/vocabulary.ts';
import { DiagnosticList, type Diagnostic } from './diagnostics.ts';
import type { LoadedLesson } from './load.ts';

export const CUE_CEILINGS = {
  /** one-answer questions whose right option is the longest: at most this share */
  rightIsLongest: 0.35,
  /** …or the shortest (a writer who shortens every right answer makes the opposite cue) */
  rightIsShortest: 0.35,
  /** true/false statements whose answer is "false": within this range */
  falseAnswers: { min: 0.4, max: 0.6 },
  /** multi-selects with exactly one wrong option: at most this share */
  oneWrongOption: 0.5,
  /** a band needs this many questions of a kind before its share means anything */
  minSample: 5,
} as const;

/** "Clearly the longest": this many times the longest other option, and this many characters more. */
const CLEARLY_LONGER = { ratio: 1.5, characters: 15 } as const;

const README = 'see "Fair options" in content/README.md';


/** A negative word of a question's stem, outside **bold**. */
const NEGATIVE_STEM = {
  vi: /(?<![\p{L}*])(KHÔNG|không nên|không được|không phải|không an toàn|chưa nên)(?![\p{L}*])/u,
  en: /(?<![\p{L}*])(not|NOT|never|NEVER|except|EXCEPT|\p{L}+n't)(?![\p{L}*])/u,
} as const;

interface Located {
  loaded: LoadedLesson;
  question: Question;
  line: number;
}

type Cue = 'rightIsLongest' | 'rightIsShortest' | 'falseAnswer' | 'oneWrongOption';

/** Per cue: the questions it applies to (how many, and the first), and those that carry it. */
type CueCounts = Record<Cue, { of: number; first?: Located; cued: Located[] }>;

/** Per pupil band and language ("lop-4-5 (vi)"): how many questions each cue applies to, and which carry it. */
function countCues(lessons: readonly LoadedLesson[]): Map<string, CueCounts> {
  const groups = new Map<string, CueCounts>();
  for (const loaded of lessons) {
    const { lesson } = loaded;
    if (bandRules(lesson.band).audience !== 'pupils') continue;
    const key = `${lesson.band} (${lesson.locale})`;
    const group = groups.get(key) ?? { rightIsLongest: { of: 0, cued: [] }, rightIsShortest: { of: 0, cued: [] }, falseAnswer: { of: 0, cued: [] }, oneWrongOption: { of: 0, cued: [] } };
    groups.set(key, group);
    for (const question of lesson.quiz) {
      for (const [cue, applies, cued] of cuesOf(question)) {
        if (!applies) continue;
        const here = located(loaded, question);
        group[cue].of++;
        group[cue].first ??= here;
        if (cued) group[cue].cued.push(here);
      }
    }
  }
  return groups;
}

function located(loaded: LoadedLesson, question: Question): Located {
  return { loaded, question, line: loaded.parsed.questionLines[question.id] ?? loaded.parsed.quizLine ?? 1 };
}

export function checkQuizCues(lessons: readonly LoadedLesson[]): Diagnostic[] {
  const lists = new Map<string, DiagnosticList>();
  const listOf = (file: string) => lists.get(file) ?? lists.set(file, new DiagnosticList(file)).get(file)!;
  for (const loaded of lessons) {
    for (const question of loaded.lesson.quiz) checkQuestion(located(loaded, question), listOf(loaded.file));
  }

  for (const [key, kinds] of countCues(lessons)) {
    reportShare(key, kinds.rightIsLongest, { cue: 'the right option is the longest', over: (share) => share > CUE_CEILINGS.rightIsLongest, ceiling: `at most ${percent(CUE_CEILINGS.rightIsLongest)} may be` }, listOf);
    reportShare(key, kinds.rightIsShortest, { cue: 'the right option is the shortest', over: (share) => share > CUE_CEILINGS.rightIsShortest, ceiling: `at most ${percent(CUE_CEILINGS.rightIsShortest)} may be` }, listOf);
    const { min, max } = CUE_CEILINGS.falseAnswers;
    const falses = kinds.falseAnswer;
    const falseShare = falses.of === 0 ? 0.5 : falses.cued.length / falses.of;
    if (falses.of >= CUE_CEILINGS.minSample && (falseShare < min || falseShare > max)) {
      const tooMany = falseShare > max;
      // Too many false: at the first false one; too few: at the band's first true/false statement.
      const first = tooMany ? falses.cued[0] : falses.first;
      if (first) {
        listOf(first.loaded.file).error(
          { line: first.line, column: 1 },
          `${key}: ${falses.cued.length} of ${falses.of} true/false statements (${percent(falseShare)}) are false; between ${percent(min)} and ${percent(max)} should be`,
          `turn some ${tooMany ? 'false statements into true ones' : 'true statements into false ones'} (${README})`,
        );
      }
    }
    reportShare(key, kinds.oneWrongOption, { cue: 'the multi-select has exactly one wrong option', over: (share) => share > CUE_CEILINGS.oneWrongOption, ceiling: `at most ${percent(CUE_CEILINGS.oneWrongOption)} may` }, listOf);
  }
  return [...lists.values()].flatMap((list) => list.items);
}

/** The cues a question can carry: [cue, whether the question counts for it, whether it carries it]. */
function cuesOf(question: Question): [Cue, boolean, boolean][] {
  const oneAnswer = question.type === 'single' || question.type === 'scenario';
  const wrong = question.options.filter((o) => !o.correct).length;
  return [
    ['rightIsLongest', oneAnswer, oneAnswer && rightIs(question, (right, other) => right > other)],
    ['rightIsShortest', oneAnswer, oneAnswer && rightIs(question, (right, other) => right < other)],
    ['falseAnswer', question.type === 'true-false', question.type === 'true-false' && question.options[0]?.correct === false],
    ['oneWrongOption', question.type === 'multiple', question.type === 'multiple' && wrong === 1],
  ];
}

function checkQuestion({ loaded, question, line }: Located, list: DiagnosticList): void {
  const at = { line, column: 1 };
  if (question.type === 'single' || question.type === 'scenario') {
    if (clearlyLongest(question, (o) => o.text)) {
      list.warn(at, `question "${question.id}": the right option is clearly the longest`, `shorten it, or make the other options as full and as plausible (${README})`);
    }
    // A screen reader says a picture answer's description with its label: a cue there too.
    if (question.options.some((o) => o.picture) && clearlyLongest(question, (o) => o.picture?.alt ?? '')) {
      list.warn(at, `question "${question.id}": the right picture has clearly the longest description (alt)`, `describe every picture as fully, in the same kind of sentence (${README})`);
    }
  }
  if (question.type !== 'true-false') {
    const negative = NEGATIVE_STEM[loaded.lesson.locale].exec(question.question);
    if (negative) list.warn(at, `question "${question.id}" asks with "${negative[1]}" without making it bold`, `write **${negative[1]}**, or better, ask what to do (${README})`);
  }
}

function reportShare(
  key: string,
  { of, cued }: { of: number; cued: Located[] },
  rule: { cue: string; over: (share: number) => boolean; ceiling: string },
  listOf: (file: string) => DiagnosticList,
): void {
  if (of < CUE_CEILINGS.minSample || !rule.over(cued.length / of)) return;
  const [first, ...rest] = cued;
  if (!first) return;
  listOf(first.loaded.file).error(
    { line: first.line, column: 1 },
    `${key}: ${rule.cue} in ${cued.length} of ${of} questions (${percent(cued.length / of)}); ${rule.ceiling}`,
    `rework the questions warned about (${README})`,
  );
  for (const { loaded, question, line } of rest) listOf(loaded.file).warn({ line, column: 1 }, `question "${question.id}": ${rule.cue}`, `${key} is over its ceiling (${README})`);
}

/** Whether the right option's text (as `textOf` picks it) is clearly longer than every other option's. */
function clearlyLongest(question: Question, textOf: (option: Question['options'][number]) => string): boolean {
  const right = question.options.find((o) => o.correct);
  if (!right) return false;
  const length = visibleLength(textOf(right));
  const longestOther = Math.max(...question.options.filter((o) => !o.correct).map((o) => visibleLength(textOf(o))));
  return length >= longestOther * CLEARLY_LONGER.ratio && length - longestOther >= CLEARLY_LONGER.characters;
}

/** Whether the right option's length compares so with every other option's. */
function rightIs(question: Question, compare: (right: number, other: number) => boolean): boolean {
  const right = question.options.find((o) => o.correct);
  if (!right) return false;
  return question.options.every((o) => o === right || compare(visibleLength(right.text), visibleLength(o.text)));
}

/** Characters a reader sees: bold markers do not count. */
function visibleLength(text: string): number {
  return [...text.replace(/\*\*/g, '').trim()].length;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The cue figures of a set of lessons, per band and language, for the content:check report. */
export function cueFigures(lessons: readonly LoadedLesson[]): { key: string; rightIsLongest: string; rightIsShortest: string; falseAnswers: string; oneWrongOption: string }[] {
  const cell = ({ of, cued }: { of: number; cued: Located[] }) => (of === 0 ? '–' : `${cued.length}/${of} ${percent(cued.length / of)}`);
  return [...countCues(lessons)].map(([key, counts]) => ({
    key,
    rightIsLongest: cell(counts.rightIsLongest),
    rightIsShortest: cell(counts.rightIsShortest),
    falseAnswers: cell(counts.falseAnswer),
    oneWrongOption: cell(counts.oneWrongOption),
  }));
}
