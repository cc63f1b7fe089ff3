/**
 * The rules of a quiz question, shared by the quiz, the class quiz game, the printouts, the review and
 * the report: which options are right, whether a choice is right, how choosing works, in which order
 * options are shown, how options are lettered, and which questions a learner missed.
 *
 * An option is always known by its index in the lesson's written order: that is what an answer stores
 * (`selected`), what a progress file carries and what the report counts. Only the screen and the paper
 * show options in another order (optionOrder), and they map back before anything is saved.
 */
import type { Question } from '../content/types';
import { mulberry32 } from './random';

export function correctIndexes(question: Question): number[] {
  return question.options.flatMap((option, i) => (option.correct ? [i] : []));
}

/** Right only when exactly the correct options are chosen (for multiple choice: all of them, no others). */
export function isCorrect(question: Question, selected: readonly number[]): boolean {
  const expected = correctIndexes(question);
  const chosen = [...new Set(selected)].sort((a, b) => a - b);
  return chosen.length === expected.length && chosen.every((value, i) => value === expected[i]);
}

/**
 * A "choose all" answer that ticked only right options but not all of them: incomplete, not a wrong
 * choice (nothing ticked is neither).
 */
export function isIncomplete(question: Question, selected: readonly number[]): boolean {
  const expected = correctIndexes(question);
  const chosen = new Set(selected);
  return allowsMany(question) && chosen.size > 0 && chosen.size < expected.length && [...chosen].every((i) => expected.includes(i));
}

/** The options of an answer that are wrong to tick, in written order. */
export function wrongOptions(question: Question, selected: readonly number[]): number[] {
  const expected = correctIndexes(question);
  return [...new Set(selected)].filter((i) => !expected.includes(i)).sort((a, b) => a - b);
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

// ---------------------------------------------------------------------------------------------------
// The order options are shown in

/** 32-bit FNV-1a of a string's UTF-16 units: spreads a seed and a question id over the PRNG's state. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The order a question's options are shown in: `order[position]` is the written index of the option
 * shown at that position. The same seed and question always give the same order, so an attempt (seed:
 * its id) or a game (seed: chosen when it starts) shows one order throughout, after a reload too. Every
 * order is equally likely, the written one included: then where an author wrote the right answer tells
 * nothing (a rule such as "never as written" would: with two options the right one would always move).
 * True-false keeps Đúng before Sai.
 */
export function optionOrder(question: Pick<Question, 'id' | 'type' | 'options'>, seed: string): number[] {
  const written = question.options.map((_, i) => i);
  if (question.type === 'true-false' || written.length < 2) return written;
  return shuffle(written, mulberry32(hash32(`${seed}\u0000${question.id}`)));
}

/**
 * The one order of a lesson's question on paper and wherever many learners are summed up (the
 * worksheet, its answer key, the class report's most-missed list): derived from the lesson and the
 * question alone, so a reprint matches a key printed before, and never the written order (issue 18:
 * a worksheet must not show options as written), so a draw equal to it is drawn again.
 */
export function printedOrder(lessonId: string, question: Pick<Question, 'id' | 'type' | 'options'>): number[] {
  const written = question.options.map((_, i) => i);
  if (question.type === 'true-false' || written.length < 2) return written;
  const random = mulberry32(hash32(`print:${lessonId}\u0000${question.id}`));
  for (let draw = 0; draw < 64; draw++) {
    const order = shuffle(written, random);
    if (order.some((index, position) => index !== position)) return order;
  }
  // 64 unchanged draws in a row (at best a chance of 2⁻⁶⁴): rotate, so the promise still holds.
  return [...written.slice(1), 0];
}

/** Fisher–Yates over a copy. */
function shuffle(items: readonly number[], random: () => number): number[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** Written indexes (a choice, the right options) sorted by where `order` shows them. */
export function inShownOrder(indexes: readonly number[], order: readonly number[]): number[] {
  const position = (index: number) => {
    const at = order.indexOf(index);
    return at < 0 ? order.length + index : at;
  };
  return [...indexes].sort((a, b) => position(a) - position(b));
}
