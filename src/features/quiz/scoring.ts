/** Pure quiz rules, shared by the quiz screen and its tests. */
import type { Question } from '../../content/types';

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

export function scorePercent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
