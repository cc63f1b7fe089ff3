/** The class quiz keeps the "quiz in progress" flag up while a game runs, so an update never reloads under it. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClassQuiz } from '../../../src/features/game/ClassQuiz';
import { useUiStore } from '../../../src/stores/uiStore';
import { lessonBody } from '../../factories';
import { renderWithProviders } from '../../test-utils';

const QUIZ = [
  {
    id: 'q1',
    type: 'single' as const,
    question: 'Ai giúp em?',
    options: [
      { text: 'Gọi 111', correct: true },
      { text: 'Giữ bí mật', correct: false },
    ],
    explanation: 'Tổng đài 111 miễn phí.',
  },
];

describe('the class quiz and app updates', () => {
  beforeEach(() => {
    window.localStorage.clear();
    useUiStore.setState({ quizInProgress: false });
  });

  it('counts as a quiz in progress from the start of a game to its end, and not after it leaves the screen', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithProviders(<ClassQuiz lesson={lessonBody({ id: 'flag-lesson', quiz: QUIZ })} />);
    expect(useUiStore.getState().quizInProgress).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
    expect(useUiStore.getState().quizInProgress).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(useUiStore.getState().quizInProgress).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Chơi ván mới' }));
    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
    expect(useUiStore.getState().quizInProgress).toBe(true);
    unmount();
    expect(useUiStore.getState().quizInProgress).toBe(false);
  });
});
