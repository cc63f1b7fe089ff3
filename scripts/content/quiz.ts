/**
 * Quiz blocks: a fenced ```quiz block holds a YAML list of questions. Each question is validated with
 * its own rules (a single-choice question has exactly one correct option, a true-false question an
 * `answer`, …) and normalised so the app renders every type from the same shape.
 */
import { z } from 'zod';
import { QUESTION_TYPES } from '../../src/content/vocabulary.ts';
import type { Question } from '../../src/content/types.ts';
import type { DiagnosticList } from './diagnostics.ts';
import { describeIssue, parseYaml, type YamlSource } from './yamlSchema.ts';

const text = z.string().trim().min(1, 'must not be empty');

const option = z.strictObject({
  text,
  correct: z.boolean().optional(),
  feedback: text.optional(),
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

const single = z.strictObject({ ...common, type: z.literal('single'), options }).superRefine((q, ctx) => exactlyOneCorrect(q.options, ctx));
const scenario = z
  .strictObject({ ...common, type: z.literal('scenario'), scenario: text, options })
  .superRefine((q, ctx) => exactlyOneCorrect(q.options, ctx));
const multiple = z.strictObject({ ...common, type: z.literal('multiple'), options }).superRefine((q, ctx) => {
  if (!q.options.some((o) => o.correct === true)) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'has no correct option', params: { hint: 'add "correct: true" to every right option' } });
  }
});
const trueFalse = z.strictObject({ ...common, type: z.literal('true-false'), answer: z.boolean() });

const questionSchema = z.discriminatedUnion('type', [single, multiple, trueFalse, scenario]);
const quizSchema = z.array(questionSchema).min(1, 'a quiz block needs at least one question');

type RawQuestion = z.infer<typeof questionSchema>;

export function parseQuizBlock(source: YamlSource, diagnostics: DiagnosticList): Question[] | undefined {
  const raw = parseYaml(source, quizSchema, diagnostics, (issue) => describeQuizIssue(issue));
  return raw?.map(normalise);
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

function normalise(q: RawQuestion): Question {
  const base = { id: q.id, type: q.type, question: q.question, explanation: q.explanation };
  if (q.type === 'true-false') {
    // The option texts are keys: the app shows "Đúng"/"Sai" or "True"/"False" in the reader's language.
    return { ...base, options: [{ text: 'true', correct: q.answer }, { text: 'false', correct: !q.answer }] };
  }
  const normalisedOptions = q.options.map((o) => ({ text: o.text, correct: o.correct === true, ...(o.feedback ? { feedback: o.feedback } : {}) }));
  return q.type === 'scenario' ? { ...base, scenario: q.scenario, options: normalisedOptions } : { ...base, options: normalisedOptions };
}
