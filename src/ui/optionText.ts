import type { Question } from '../content/types';
import { inShownOrder } from '../domain/quiz';

/** The core strings these helpers need: any screen's t() can give them (core keys are everyone's fallback). */
export type OptionWords = (key: 'quiz.true' | 'quiz.false' | 'quiz.nothingChosen') => string;

/** True-false options are stored as keys and shown as "Đúng"/"Sai" or "True"/"False". */
export function optionText(question: Question, index: number, t: OptionWords): string {
  const option = question.options[index];
  if (!option) return '';
  if (question.type === 'true-false') return option.text === 'true' ? t('quiz.true') : t('quiz.false');
  return option.text;
}

/**
 * Options by written index as one line ("A; B"), in the order `order` showed them (optionOrder) when
 * given. The text may hold `**bold**` markers: show it with BoldText, or strip them (withoutBoldMarks).
 */
export function answerText(question: Question, indexes: readonly number[], t: OptionWords, order?: readonly number[]): string {
  if (indexes.length === 0) return t('quiz.nothingChosen');
  return optionList((order ? inShownOrder(indexes, order) : indexes).map((i) => optionText(question, i, t)));
}

/**
 * Several options' texts as one line, "A; B": an option written as a sentence loses its closing full
 * stop, so the list never reads "A.; B." (an ellipsis stays, and a stop inside closing bold markers
 * goes too). One option is shown as written.
 */
export function optionList(texts: readonly string[]): string {
  if (texts.length < 2) return texts.join('');
  return texts.map((text) => text.replace(/([^.])\.(\*\*)?$/, '$1$2')).join('; ');
}
