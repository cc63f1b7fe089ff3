/**
 * The rules of a quiz question, shared by the quiz, the class quiz game, the printouts, the review and
 * the report: which options are right, whether a choice is right, how choosing works, how options are
 * lettered, and which questions a learner missed.
 */
import type { Question } from '../content/types';

export function correctIndexes(question: Question): number[] {
  return question.options.flatMap((option, i) => (option.correct ? [i] : []));
}

/** Right only when exactly the correct options are chosen (for multiple choice: all of them, no others). */
export function isCorrect(question: Question, selected: readonly number[]): boolean {
  const expected = correctIndexes(question);
  const chosen = [...new Set(selected)].sort((a, b) => a - b);
  return chosen.length === expected.length && chosen.every((value, i) => value === expected[i]);
}

export function allowsMany(question: Question): boolean {
  return question.type === 'multiple';
}

/** Choosing an option: radio-like for one-answer questions, a toggle for multiple choice. */
export function toggleOption(question: Question, selected: readonly number[], index: number): number[] {
  if (index < 0 || index >= question.options.length) return [...selected];
  if (!allowsMany(question)) return [index];
  return selected.includes(index) ? selected.filter((i) => i !== index) : [...selected, index].sort((a, b) => a - b);
}

/** Options are lettered A, B, C… on the big screen and on paper (a question has at most 20 options). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The questions of the current lesson answered wrongly in an attempt (matched by question id). */
export function missedQuestions<A extends { questionId: string; correct: boolean }>(quiz: readonly Question[], answers: readonly A[]): { question: Question; answer: A }[] {
  return quiz.flatMap((question) => {
    const answer = answers.find((a) => a.questionId === question.id);
    return answer && !answer.correct ? [{ question, answer }] : [];
  });
}
