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

// ---------------------------------------------------------------------------------------------------
// The order options are shown in

/** 32-bit FNV-1a of a string's UTF-16 units: spreads a seed and a question id over the PRNG's state. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** mulberry32: a tiny seeded PRNG, plenty for shuffling a handful of options. Returns [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The order a question's options are shown in: `order[position]` is the written index of the option
 * shown at that position. The same seed and question always give the same order, so an attempt (seed:
 * its id), a game (seed: chosen when it starts) or a printout (printedOrder) shows one order throughout,
 * after a reload too. A question with two or more options never keeps the written order, so where an
 * author wrote the right answer is no cue: a shuffle that comes out unchanged is drawn again, which
 * keeps every other order equally likely (rotating it instead would show the option written first in
 * the last place half the time in a three-option question). True-false keeps Đúng before Sai.
 */
export function optionOrder(question: Pick<Question, 'id' | 'type' | 'options'>, seed: string): number[] {
  const written = question.options.map((_, i) => i);
  if (question.type === 'true-false' || written.length < 2) return written;
  const random = mulberry32(hash32(`${seed}\u0000${question.id}`));
  for (let draw = 0; draw < 64; draw++) {
    const order = [...written];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    if (order.some((index, position) => index !== position)) return order;
  }
  // 64 unchanged draws in a row (at best a chance of 2⁻⁶⁴): rotate, so the promise still holds.
  return [...written.slice(1), 0];
}

/**
 * The one order of a lesson's question on paper and wherever many learners are summed up (the
 * worksheet, its answer key, the class report's most-missed list): derived from the lesson and the
 * question alone, so a reprint matches a key printed before.
 */
export function printedOrder(lessonId: string, question: Pick<Question, 'id' | 'type' | 'options'>): number[] {
  return optionOrder(question, `print:${lessonId}`);
}

/** Written indexes (a choice, the right options) sorted by where `order` shows them. */
export function inShownOrder(indexes: readonly number[], order: readonly number[]): number[] {
  const position = (index: number) => {
    const at = order.indexOf(index);
    return at < 0 ? order.length + index : at;
  };
  return [...indexes].sort((a, b) => position(a) - position(b));
}
