/** The quiz screen's state machine: choose → check (feedback) → next … → result. */
import type { Question } from '../../content/types';
import { isCorrect, toggleOption } from '../../domain/quiz';

export interface GivenAnswer {
  questionId: string;
  selected: number[];
  correct: boolean;
}

export interface QuizState {
  index: number;
  selected: number[];
  checked: boolean;
  answers: GivenAnswer[];
  finished: boolean;
  /** Question number the quiz resumed at after a reload, for a one-time notice. */
  resumedAt: number | null;
}

export type QuizAction =
  | { type: 'toggle'; option: number }
  | { type: 'check' }
  | { type: 'next' }
  | { type: 'resume'; answers: GivenAnswer[] }
  /** The attempt was finished elsewhere (another tab): the result, with the answers it has. */
  | { type: 'finish' }
  | { type: 'restart' };

export const initialQuizState: QuizState = { index: 0, selected: [], checked: false, answers: [], finished: false, resumedAt: null };

export function quizReducer(questions: readonly Question[]) {
  return (state: QuizState, action: QuizAction): QuizState => {
    const question = questions[state.index];
    switch (action.type) {
      case 'toggle':
        if (!question || state.checked) return state;
        return { ...state, selected: toggleOption(question, state.selected, action.option) };
      case 'check':
        if (!question || state.checked || state.selected.length === 0) return state;
        return {
          ...state,
          checked: true,
          answers: [...state.answers, { questionId: question.id, selected: state.selected, correct: isCorrect(question, state.selected) }],
        };
      case 'next': {
        if (!state.checked) return state;
        const index = state.index + 1;
        return index >= questions.length
          ? { ...state, finished: true, checked: false }
          : { ...state, index, selected: [], checked: false, resumedAt: null };
      }
      case 'resume': {
        const known = action.answers.filter((a) => questions.some((q) => q.id === a.questionId));
        const index = Math.min(known.length, questions.length);
        return { ...initialQuizState, answers: known, index, finished: index >= questions.length, resumedAt: known.length > 0 ? index + 1 : null };
      }
      case 'finish':
        return { ...state, finished: true, checked: false, selected: [], resumedAt: null };
      case 'restart':
        return initialQuizState;
    }
  };
}
