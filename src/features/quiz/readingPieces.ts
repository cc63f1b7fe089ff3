/**
 * What a quiz question's "Nghe" buttons read: the question's button its situation, the question and
 * each answer with its number, in the order shown; an answer's button that answer. The pieces' keys are
 * strings named by the question (readingKeys), which QuestionView compares to highlight the text read.
 */
import type { TFunction } from 'i18next';
import type { Question } from '../../content/types';
import { withoutBoldMarks } from '../../ui/boldMarks';
import { optionText } from '../../ui/optionText';
import type { Piece } from '../../ui/readAloud/speech';

export function readingKeys(questionId: string) {
  return {
    scenario: `${questionId}:scenario`,
    question: `${questionId}:question`,
    option: (index: number) => `${questionId}:option:${index}`,
  };
}

export function optionPiece(question: Question, index: number, t: TFunction): Piece {
  return { key: readingKeys(question.id).option(index), text: withoutBoldMarks(optionText(question, index, t)) };
}

export function questionPieces(question: Question, order: readonly number[], t: TFunction): Piece[] {
  const keys = readingKeys(question.id);
  return [
    ...(question.scenario ? [{ key: keys.scenario, text: withoutBoldMarks(question.scenario) }] : []),
    { key: keys.question, text: withoutBoldMarks(question.question) },
    ...order.map((index, position) => {
      const piece = optionPiece(question, index, t);
      return { ...piece, text: `${position + 1}: ${piece.text}` };
    }),
  ];
}
