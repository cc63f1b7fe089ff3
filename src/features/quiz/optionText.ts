import type { TFunction } from 'i18next';
import type { Question } from '../../content/types';

/** True-false options are stored as keys and shown as "Đúng"/"Sai" or "True"/"False". */
export function optionText(question: Question, index: number, t: TFunction): string {
  const option = question.options[index];
  if (!option) return '';
  if (question.type === 'true-false') return option.text === 'true' ? t('quiz.true') : t('quiz.false');
  return option.text;
}

export function answerText(question: Question, indexes: readonly number[], t: TFunction): string {
  return indexes.length === 0 ? t('quiz.nothingChosen') : indexes.map((i) => optionText(question, i, t)).join('; ');
}
