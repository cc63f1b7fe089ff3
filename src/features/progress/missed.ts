import type { Question } from '../../content/types';
import type { QuizAnswer } from '../../db/types';

/** The questions of the current lesson answered wrongly in an attempt (matched by question id). */
export function missedQuestions(quiz: readonly Question[], answers: readonly Pick<QuizAnswer, 'questionId' | 'correct' | 'selected'>[]) {
  return quiz.flatMap((question) => {
    const answer = answers.find((a) => a.questionId === question.id);
    return answer && !answer.correct ? [{ question, answer }] : [];
  });
}
