/**
 * Quiz blocks: a fenced ```quiz block holds a YAML list of questions. Each question is validated with
 * its own rules (a single-choice question has exactly one correct option, a true-false question an
 * `answer`, …) and normalised so the app renders every type from the same shape.
 *
 * An option may show a picture (`picture: images/x.svg` and its description `alt: …`): a picture
 * answer, for children who do not read yet. Its file goes through the same path and safety checks as
 * a lesson's pictures (markdown.ts, pictures.ts), called back with the line of its `picture:` field.
 */
import { z } from 'zod';
import { QUESTION_TYPES } from '../../src/content/vocabulary.ts';
import type { OptionPicture, Question } from '../../src/content/types.ts';
import type { DiagnosticList, Position } from './diagnostics.ts';
import { FORBIDDEN_CHARACTER } from './textSafety.ts';
import { describeIssue, parseYaml, type YamlSource } from './yamlSchema.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** A picture's description is read out in place of the picture: a sentence, not a paragraph (characters). */
export const MAX_ALT_LENGTH = 150;

const option = z.strictObject({
  text,
  correct: z.boolean().optional(),
  feedback: text.optional(),
  picture: z.string().optional(),
  alt: z.string().optional(),
});

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes, e.g. q1'),
  question: text,
  explanation: text,
};

const options = z.array(option).min(2, 'a choice question needs at least two options');

function exactlyOneCorrect(list: z.infer<typeof options>, ctx: z.core.$RefinementCtx<unknown>): void {
  const correct = list.filter((o) => o.correct === true).length;
  if (correct !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: correct === 0 ? 'has no correct option' : `has ${correct} correct options but its type allows one`,
      params: { hint: correct === 0 ? 'add "correct: true" to the right option' : 'use type: multiple, or keep one "correct: true"' },
    });
  }
}

/**
 * Picture answers: every option of the question has a picture or none has (they are laid out as cards
 * of one size), and every picture has a description — a screen reader says it, and it is what the
 * picture means for a child who cannot see it.
 */
function checkPictures(list: z.infer<typeof options>, ctx: z.core.$RefinementCtx<unknown>): void {
  const issue = (j: number, field: 'picture' | 'alt', message: string, hint: string) =>
    ctx.addIssue({ code: 'custom', path: ['options', j, field], message: `option ${j + 1} ${message}`, params: { hint } });
  const withPicture = list.filter((o) => o.picture !== undefined).length;
  list.forEach((o, j) => {
    if (o.picture === undefined) {
      if (o.alt !== undefined) issue(j, 'alt', 'has "alt" but no picture', 'add "picture: images/….svg", or remove "alt"');
      else if (withPicture > 0) issue(j, 'picture', 'has no picture, but other options of the question have one', 'give every option of a picture question its picture, or none of them');
      return;
    }
    if (o.picture.trim() === '') issue(j, 'picture', 'has an empty "picture"', 'write the path of the picture, e.g. picture: images/ban-tay.svg');
    const alt = o.alt?.trim() ?? '';
    const bad = FORBIDDEN_CHARACTER.exec(alt) ?? /[\n\r\t]/.exec(alt);
    if (alt === '') {
      issue(j, 'alt', 'has a picture but no description (alt)', 'add "alt: …" saying what the picture shows, e.g. alt: Cô giáo mỉm cười lắng nghe một bạn nhỏ');
    } else if ([...alt].length > MAX_ALT_LENGTH) {
      issue(j, 'alt', `has a description (alt) of ${[...alt].length} characters; at most ${MAX_ALT_LENGTH}`, 'say what the picture shows in one short sentence');
    } else if (bad) {
      issue(j, 'alt', 'has a line break or control character in its description (alt)', 'write the description on one line, as plain text');
    } else if (alt.includes('**')) {
      issue(j, 'alt', 'has bold marks (**) in its description (alt)', 'a description is read out, not shown: write it as plain text');
    } else if (/\.(svg|png|jpe?g|gif|webp)$/i.test(alt)) {
      issue(j, 'alt', 'has a file name as its description (alt)', 'say what the picture shows, e.g. alt: Một bạn nhỏ ngồi một mình, buồn');
    }
  });
}

const single = z.strictObject({ ...common, type: z.literal('single'), options }).superRefine((q, ctx) => {
  exactlyOneCorrect(q.options, ctx);
  checkPictures(q.options, ctx);
});
const scenario = z.strictObject({ ...common, type: z.literal('scenario'), scenario: text, options }).superRefine((q, ctx) => {
  exactlyOneCorrect(q.options, ctx);
  checkPictures(q.options, ctx);
});
const multiple = z.strictObject({ ...common, type: z.literal('multiple'), options }).superRefine((q, ctx) => {
  if (!q.options.some((o) => o.correct === true)) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'has no correct option', params: { hint: 'add "correct: true" to every right option' } });
  }
  checkPictures(q.options, ctx);
});
const trueFalse = z.strictObject({ ...common, type: z.literal('true-false'), answer: z.boolean() });

const questionSchema = z.discriminatedUnion('type', [single, multiple, trueFalse, scenario]);
const quizSchema = z.array(questionSchema).min(1, 'a quiz block needs at least one question');

type RawQuestion = z.infer<typeof questionSchema>;

/**
 * Checks a picture answer's file (the same checks as a lesson's pictures), reporting at `at`; what the
 * option's picture becomes, or undefined when the file may not be shipped.
 */
export type ResolvePicture = (url: string, at: Position) => Omit<OptionPicture, 'alt'> | undefined;

export function parseQuizBlock(source: YamlSource, diagnostics: DiagnosticList, resolvePicture: ResolvePicture): Question[] | undefined {
  let questions: Question[] | undefined;
  parseYaml(source, quizSchema, diagnostics, (issue) => describeQuizIssue(issue), undefined, (raw, at) => {
    questions = raw.map((q, i) => normalise(q, (j, url) => resolvePicture(url.trim(), at([i, 'options', j, 'picture']))));
  });
  return questions;
}

function describeQuizIssue(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  const where = typeof issue.path[0] === 'number' ? ` in question ${issue.path[0] + 1}` : '';
  if (issue.code === 'invalid_union') {
    return {
      message: `"type" must be one of ${QUESTION_TYPES.join(', ')}${where}`,
      hint: 'write e.g. "type: single" on the question',
    };
  }
  if (issue.code === 'custom') {
    const hint = (issue.params as { hint?: string } | undefined)?.hint;
    return { message: `${where ? where.slice(4) : 'the question'} ${issue.message}`, hint };
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { message: `${issue.message}${where}`, hint: 'write each option as "- text: …"' };
  }
  // Paths start with the question's index, which `where` already names.
  return describeIssue({ ...issue, path: issue.path.slice(1) }, where);
}

function normalise(q: RawQuestion, resolve: (option: number, url: string) => Omit<OptionPicture, 'alt'> | undefined): Question {
  const base = { id: q.id, type: q.type, question: q.question, explanation: q.explanation };
  if (q.type === 'true-false') {
    // The option texts are keys: the app shows "Đúng"/"Sai" or "True"/"False" in the reader's language.
    return { ...base, options: [{ text: 'true', correct: q.answer }, { text: 'false', correct: !q.answer }] };
  }
  const normalisedOptions = q.options.map((o, j) => {
    const picture = o.picture === undefined ? undefined : resolve(j, o.picture);
    return {
      text: o.text,
      correct: o.correct === true,
      ...(o.feedback ? { feedback: o.feedback } : {}),
      ...(picture ? { picture: { ...picture, alt: o.alt?.trim() ?? '' } } : {}),
    };
  });
  return q.type === 'scenario' ? { ...base, scenario: q.scenario, options: normalisedOptions } : { ...base, options: normalisedOptions };
}
