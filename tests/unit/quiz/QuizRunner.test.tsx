import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LessonBody, Question } from '../../../src/content/types';
import type { AppDatabase } from '../../../src/db/db';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { QuizRunner } from '../../../src/features/quiz/QuizRunner';
import { LiveRegion } from '../../../src/ui/LiveRegion';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { useUiStore } from '../../../src/stores/uiStore';
import { lessonBody } from '../../factories';
import { freshDatabase, renderWithProviders } from '../../test-utils';

function question(overrides: Partial<Question> & Pick<Question, 'id'>): Question {
  return {
    type: 'single',
    question: `Câu hỏi ${overrides.id}?`,
    options: [
      { text: 'Đáp án đúng', correct: true },
      { text: 'Đáp án sai', correct: false, feedback: 'Chưa đúng vì lý do này.' },
    ],
    explanation: `Giải thích ${overrides.id}.`,
    ...overrides,
  };
}

/** The number key of an option as the screen shows it (options are shuffled for each attempt). */
function keyOf(name: RegExp): string {
  const label = [...document.querySelectorAll('.option label')].find((l) => name.test(l.textContent ?? ''));
  return label?.querySelector('.option__key')?.textContent ?? 'no such option';
}

/** The feedback shown under the options once an answer is checked. */
function feedback(): HTMLElement {
  const shown = document.querySelector<HTMLElement>('.feedback');
  if (!shown) throw new Error('no feedback shown');
  return shown;
}

function lessonWith(quiz: Question[]): LessonBody {
  return lessonBody({ id: 'quiz-lesson', quiz });
}

const QUIZ = [
  question({ id: 'q1' }),
  question({
    id: 'q2',
    type: 'multiple',
    options: [
      { text: 'Mật khẩu', correct: true },
      { text: 'Địa chỉ nhà', correct: true },
      { text: 'Màu yêu thích', correct: false },
    ],
  }),
  question({ id: 'q3', type: 'true-false', options: [{ text: 'true', correct: false }, { text: 'false', correct: true }] }),
  question({ id: 'q4', type: 'scenario', scenario: 'Một người lạ nhắn tin cho em.' }),
];

describe('the quiz', () => {
  let db: AppDatabase;
  let learnerId: string;
  beforeEach(async () => {
    db = freshDatabase();
    learnerId = (await ensureCurrentLearner())!.id;
    useStorageStatus.setState({ problem: null, ready: true });
  });

  it('shows one question at a time with immediate feedback and the explanation', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonWith(QUIZ)} learnerId={learnerId} />);

    expect(await screen.findByRole('heading', { name: 'Câu hỏi q1?' })).toBeInTheDocument();
    expect(screen.getByText('Câu 1 / 4')).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Kiểm tra' });
    expect(check).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /Đáp án sai/ }));
    await user.click(check);

    const shown = feedback();
    expect(within(shown).getByText(/Chưa đúng rồi/)).toBeInTheDocument();
    expect(within(shown).getByText('Đáp án đúng: Đáp án đúng')).toBeInTheDocument();
    expect(within(shown).getByText('Giải thích q1.')).toBeInTheDocument();
    expect(screen.getByText('Chưa đúng vì lý do này.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Câu tiếp theo' })).toHaveFocus();
  });

  it('needs every correct option of a multiple-choice question', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonWith([QUIZ[1]!])} learnerId={learnerId} />);
    await user.click(await screen.findByRole('checkbox', { name: /Mật khẩu/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(within(feedback()).getByText(/Chưa đúng rồi/)).toBeInTheDocument();
  });

  it('can be answered with the keyboard alone: number keys choose, Enter checks and moves on', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonWith(QUIZ)} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: 'Câu hỏi q1?' });

    await user.tab(); // focus lands on the first option
    await user.keyboard(keyOf(/Đáp án đúng/));
    expect(screen.getByRole('radio', { name: /Đáp án đúng/ })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(within(feedback()).getByText(/Chính xác/)).toBeInTheDocument();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Câu hỏi q2?' })).toHaveFocus();
    await user.keyboard(keyOf(/Mật khẩu/));
    await user.keyboard(keyOf(/Địa chỉ nhà/));
    expect(screen.getByRole('checkbox', { name: /Mật khẩu/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Địa chỉ nhà/ })).toBeChecked();
  });

  it('takes number keys and Enter with nothing focused or the question focused, and moves focus to each question', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonWith(QUIZ)} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: 'Câu hỏi q1?' });
    expect(document.body).toHaveFocus(); // a direct load: nothing focused, no Tab pressed

    await user.keyboard(keyOf(/Đáp án sai/));
    expect(screen.getByRole('radio', { name: /Đáp án sai/ })).toBeChecked();
    await user.keyboard(keyOf(/Đáp án đúng/));
    expect(screen.getByRole('radio', { name: /Đáp án đúng/ })).toBeChecked();
    screen.getByRole('heading', { name: 'Câu hỏi q1?' }).focus();
    await user.keyboard('{Enter}');
    expect(within(feedback()).getByText(/Chính xác/)).toBeInTheDocument();
    await user.keyboard('{Enter}');

    const second = await screen.findByRole('heading', { name: 'Câu hỏi q2?' });
    expect(second).toHaveFocus();
    expect(second).toHaveAccessibleDescription('Câu 2 / 4');
    await user.keyboard(keyOf(/Màu yêu thích/));
    expect(screen.getByRole('checkbox', { name: /Màu yêu thích/ })).toBeChecked();
    await user.keyboard('{Enter}'); // focus is still on the question heading
    expect(within(feedback()).getByText(/Chưa đúng rồi/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Câu hỏi q3?' })).toHaveFocus();
  });

  it('leaves keys alone when they are typed into a text field, held with Ctrl or Alt, aimed at a button, or pressed on a control outside the question', async () => {
    const user = userEvent.setup();
    await renderWithProviders(
      <>
        <label>
          Ghi chú <input type="text" />
        </label>
        <button type="button">Chữ to</button>
        <QuizRunner lesson={lessonWith(QUIZ)} learnerId={learnerId} />
      </>,
    );
    await screen.findByRole('heading', { name: 'Câu hỏi q1?' });
    const first = screen.getAllByRole('radio')[0]!; // the option shown first, whichever it is

    await user.click(screen.getByRole('textbox', { name: 'Ghi chú' }));
    await user.keyboard('1{Enter}');
    expect(screen.getByRole('textbox', { name: 'Ghi chú' })).toHaveValue('1');
    expect(first).not.toBeChecked();
    screen.getByRole('textbox', { name: 'Ghi chú' }).blur();
    await user.keyboard('{Control>}1{/Control}{Alt>}1{/Alt}');
    expect(first).not.toBeChecked();

    await user.keyboard('1');
    expect(first).toBeChecked();
    screen.getByRole('button', { name: 'Chữ to' }).focus();
    await user.keyboard('{Enter}'); // Enter on a button is that button's, not "check"
    expect(screen.queryByText(/Chính xác/)).not.toBeInTheDocument();
    // A number key while a control outside the question has focus is not an answer (WCAG 2.1.4).
    await user.keyboard('2');
    expect(first).toBeChecked();
    expect(screen.getAllByRole('radio')[1]).not.toBeChecked();
  });

  it('shows "Đúng"/"Sai" for true-false questions and the scenario above a scenario question', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonWith([QUIZ[2]!, QUIZ[3]!])} learnerId={learnerId} />);
    expect(await screen.findByRole('radio', { name: /Đúng/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Sai/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(await screen.findByText('Một người lạ nhắn tin cho em.')).toBeInTheDocument();
    expect(screen.getByText('Tình huống')).toBeInTheDocument();
  });

  it('ends with the score, a review of mistakes, and "try again"; the attempt is saved', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonWith([QUIZ[0]!, QUIZ[2]!])} learnerId={learnerId} />);

    await user.click(await screen.findByRole('radio', { name: /Đáp án đúng/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(useUiStore.getState().quizInProgress).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await user.click(await screen.findByRole('radio', { name: /Đúng/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));

    expect(await screen.findByRole('heading', { name: 'Kết quả' })).toHaveFocus();
    expect(screen.getByText('Em trả lời đúng 1 / 2 câu (50%).')).toBeInTheDocument();
    const review = screen.getByRole('heading', { name: 'Xem lại các câu chưa đúng' }).parentElement!;
    expect(within(review).getByText('Câu hỏi q3?')).toBeInTheDocument();
    expect(within(review).getByText('Đúng')).toHaveTextContent('Đúng em đã chọn – chưa đúng');
    expect(within(review).getByText('Sai')).toHaveTextContent('Sai đáp án đúng');
    expect(useUiStore.getState().quizInProgress).toBe(false);

    await waitFor(async () => expect((await db.attempts.toArray())[0]).toMatchObject({ correctCount: 1, scorePercent: 50 }));
    expect(await screen.findByText('Kết quả đã được lưu trên máy này.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Làm lại' }));
    expect(await screen.findByText('Câu 1 / 2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Câu hỏi q1?' })).toHaveFocus();
  });

  it('carries on from the first unanswered question after a reload', async () => {
    const user = userEvent.setup();
    const first = await renderWithProviders(<QuizRunner lesson={lessonWith(QUIZ)} learnerId={learnerId} />);
    await user.click(await screen.findByRole('radio', { name: /Đáp án đúng/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(async () => expect(await db.answers.count()).toBe(1));
    first.unmount();

    await renderWithProviders(<QuizRunner lesson={lessonWith(QUIZ)} learnerId={learnerId} />);
    expect(await screen.findByText('Câu 2 / 4')).toBeInTheDocument();
    expect(screen.getByText(/tiếp tục từ câu 2/)).toBeInTheDocument();
  });

  it('shows a **word** of the question and its options in bold, and reads it without the marks', async () => {
    const bold = question({
      id: 'q9',
      question: 'Việc nào **KHÔNG** nên làm?',
      options: [
        { text: 'Kể với **bố mẹ**', correct: false },
        { text: 'Gửi mật khẩu', correct: true },
      ],
    });
    await renderWithProviders(<QuizRunner lesson={lessonWith([bold])} learnerId={learnerId} />);
    const heading = await screen.findByRole('heading', { name: 'Việc nào KHÔNG nên làm?' });
    expect(within(heading).getByText('KHÔNG').tagName).toBe('STRONG');
    expect(screen.getByRole('radio', { name: 'Kể với bố mẹ' })).toBeInTheDocument();
    expect(screen.getByText('bố mẹ').tagName).toBe('STRONG');
    expect(document.body.textContent).not.toContain('**');
  });

  it('still runs when results cannot be stored', async () => {
    const user = userEvent.setup();
    useStorageStatus.setState({ problem: 'unavailable' });
    await renderWithProviders(<QuizRunner lesson={lessonWith([QUIZ[0]!])} learnerId={undefined} />);
    await user.click(await screen.findByRole('radio', { name: /Đáp án đúng/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(await screen.findByText('Em trả lời đúng 1 / 1 câu (100%).')).toBeInTheDocument();
    expect(screen.queryByText('Kết quả đã được lưu trên máy này.')).not.toBeInTheDocument();
  });

  describe('what a screen reader hears', () => {
    /** The quiz as the app shows it: the shell's one polite live region beside it. */
    async function openQuiz(quiz: Question[]) {
      await renderWithProviders(
        <>
          <LiveRegion />
          <QuizRunner lesson={lessonWith(quiz)} learnerId={learnerId} />
        </>,
      );
      const region = screen.getByRole('status');
      expect(region).toHaveAttribute('aria-live', 'polite');
      return region;
    }

    it('says the checked answer through one live region — verdict, right answer, the chosen option’s feedback, explanation — after focus has moved on, whether it came by click, Enter or number keys', async () => {
      const user = userEvent.setup();
      const region = await openQuiz(QUIZ.slice(0, 3));
      await screen.findByRole('heading', { name: 'Câu hỏi q1?' });

      // By click: the wrong option, with its own feedback.
      await user.click(screen.getByRole('radio', { name: /Đáp án sai/ }));
      await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      expect(screen.getByRole('button', { name: 'Câu tiếp theo' })).toHaveFocus();
      expect(region).toHaveTextContent('Chưa đúng rồi. Đáp án đúng: Đáp án đúng Chưa đúng vì lý do này. Giải thích q1.');
      await user.keyboard('{Enter}');

      // By number keys, each key's choice said, then Enter.
      await screen.findByRole('heading', { name: 'Câu hỏi q2?' });
      await user.keyboard(keyOf(/Mật khẩu/));
      expect(region).toHaveTextContent(`Đã chọn ${keyOf(/Mật khẩu/)}: Mật khẩu`);
      await user.keyboard(keyOf(/Màu yêu thích/));
      await user.keyboard(keyOf(/Màu yêu thích/));
      expect(region).toHaveTextContent(`Đã bỏ chọn ${keyOf(/Màu yêu thích/)}: Màu yêu thích`);
      await user.keyboard(keyOf(/Địa chỉ nhà/));
      await user.keyboard('{Enter}');
      expect(region).toHaveTextContent('Chính xác! Giải thích q2.');
      await user.keyboard('{Enter}');

      // By Enter on a focused option.
      await screen.findByRole('heading', { name: 'Câu hỏi q3?' });
      await user.click(screen.getByRole('radio', { name: /Sai/ }));
      await user.keyboard('{Enter}');
      expect(screen.getByRole('button', { name: 'Xem kết quả' })).toHaveFocus();
      expect(region).toHaveTextContent('Chính xác! Giải thích q3.');
      // The same region throughout: mounted once, not with each question.
      expect(screen.getByRole('status')).toBe(region);
    });
  });
});
