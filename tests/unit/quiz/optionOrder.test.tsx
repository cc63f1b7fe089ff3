/**
 * Options in a fair order (issue 18): each attempt shows the options shuffled by its id, the number keys
 * follow the screen, what is saved is the lesson's written index (so the score is right wherever the
 * right option stood), the review shows the order the attempt used — and a progress file written
 * before options were shuffled imports and scores as it did.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { loadLessonBody } from '../../../src/content/catalog';
import type { Question } from '../../../src/content/types';
import type { AppDatabase } from '../../../src/db/db';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { createLearner, ensureCurrentLearner, switchLearner } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { applyImport } from '../../../src/db/transfer';
import { optionOrder } from '../../../src/domain/quiz';
import { parseTransferFile } from '../../../src/domain/parseProgressFile';
import { QuizRunner } from '../../../src/features/quiz/QuizRunner';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { lessonBody } from '../../factories';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const T0 = Date.UTC(2026, 10, 2, 8);

/** Four options, the right one written third. */
const QUESTION: Question = {
  id: 'q1',
  type: 'single',
  question: 'Khi người lạ hỏi địa chỉ, em nên làm gì?',
  options: [
    { text: 'Trả lời ngay', correct: false },
    { text: 'Gửi ảnh cổng nhà', correct: false },
    { text: 'Không trả lời và kể với bố mẹ', correct: true },
    { text: 'Hẹn gặp người đó', correct: false },
  ],
  explanation: 'Địa chỉ nhà là thông tin cá nhân.',
};
const WRITTEN = QUESTION.options.map((option) => option.text);
const shownIn = (order: readonly number[]) => order.map((i) => WRITTEN[i]);

/** The options of the question on screen, top to bottom. */
function shownOptions(): string[] {
  return [...document.querySelectorAll('.option .option__text')].map((text) => text.textContent ?? '');
}

function lesson(id: string) {
  return lessonBody({ id, quiz: [QUESTION] });
}

/** An attempt started (nothing answered yet) under a chosen id: the seed of its order. */
async function startSeeded(learnerId: string, lessonId: string, attemptId: string) {
  return startAttempt(learnerId, { id: lessonId, locale: 'vi', version: 'v1', questionCount: 1 }, T0, attemptId);
}

describe('options in the order of the attempt', () => {
  let db: AppDatabase;
  let learnerId: string;
  beforeEach(async () => {
    db = freshDatabase();
    learnerId = (await ensureCurrentLearner())!.id;
    useStorageStatus.setState({ problem: null, ready: true });
  });

  it('shows a seeded attempt in its own order, not as written, and the same order when it is opened again', async () => {
    await startSeeded(learnerId, 'order-lesson', 'attempt-seeded');
    const order = optionOrder(QUESTION, 'attempt-seeded');
    expect(order).not.toEqual([0, 1, 2, 3]);

    const first = await renderWithProviders(<QuizRunner lesson={lesson('order-lesson')} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: QUESTION.question });
    expect(shownOptions()).toEqual(shownIn(order));
    expect(shownOptions()).not.toEqual(WRITTEN);
    first.unmount();

    await renderWithProviders(<QuizRunner lesson={lesson('order-lesson')} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: QUESTION.question });
    expect(shownOptions()).toEqual(shownIn(order));
  });

  it('saves the attempt under the id that shuffled the options shown before its first answer', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lesson('order-lesson')} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: QUESTION.question });
    const seen = shownOptions();
    await user.click(screen.getByRole('radio', { name: WRITTEN[2] }));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await db.attempts.count()).toBe(1));
    const [attempt] = await db.attempts.toArray();
    expect(shownIn(optionOrder(QUESTION, attempt!.id))).toEqual(seen);
  });

  it('saves the written index and scores it right, whichever place the right option was shown at', async () => {
    // Attempts whose order puts the right option (written third) at three different places on screen.
    const byPlace = new Map<number, string>();
    for (let n = 0; byPlace.size < 3; n++) byPlace.set(optionOrder(QUESTION, `attempt-${n}`).indexOf(2), `attempt-${n}`);
    for (const [place, attemptId] of byPlace) {
      const user = userEvent.setup();
      const lessonId = `order-${attemptId}`;
      await startSeeded(learnerId, lessonId, attemptId);
      const view = await renderWithProviders(<QuizRunner lesson={lesson(lessonId)} learnerId={learnerId} />);
      await screen.findByRole('heading', { name: QUESTION.question });
      await user.keyboard(String(place + 1)); // the key of the place it is shown at
      expect(screen.getByRole('radio', { name: WRITTEN[2] })).toBeChecked();
      await user.keyboard('{Enter}');
      await user.keyboard('{Enter}');
      expect(await screen.findByText('Em trả lời đúng 1 / 1 câu (100%).')).toBeInTheDocument();
      await waitFor(async () => expect(await db.attempts.get(attemptId)).toMatchObject({ correctCount: 1, scorePercent: 100 }));
      expect((await db.answers.where('attemptId').equals(attemptId).toArray()).map((a) => a.selected)).toEqual([[2]]);
      view.unmount();
    }
    expect([...byPlace.keys()].sort()).toHaveLength(3);
  });

  it('reviews a mistake in the order the quiz showed, the right option and the wrong choice marked', async () => {
    const user = userEvent.setup();
    await startSeeded(learnerId, 'order-lesson', 'attempt-review');
    await renderWithProviders(<QuizRunner lesson={lesson('order-lesson')} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: QUESTION.question });
    const seen = shownOptions();
    // Written second, shown elsewhere (this attempt shows 0, 2, 1, 3).
    expect(shownOptions().indexOf('Gửi ảnh cổng nhà')).not.toBe(1);
    await user.click(screen.getByRole('radio', { name: 'Gửi ảnh cổng nhà' }));
    await user.keyboard('{Enter}{Enter}');

    const review = (await screen.findByRole('heading', { name: 'Xem lại các câu chưa đúng' })).parentElement!;
    const items = within(review).getAllByRole('listitem').filter((item) => item.classList.contains('review-option'));
    expect(items.map((item) => item.firstChild?.textContent)).toEqual(seen);
    expect(within(review).getByText(WRITTEN[2]!)).toHaveTextContent('đáp án đúng');
    expect(within(review).getByText('Gửi ảnh cổng nhà')).toHaveTextContent('em đã chọn – chưa đúng');
    expect(items.filter((item) => item.textContent?.includes('đã chọn') || item.textContent?.includes('đáp án đúng'))).toHaveLength(2);
    await waitFor(async () => expect((await db.answers.toArray()).map((a) => a.selected)).toEqual([[1]]));
  });
});

describe('the review page and a file from before options were shuffled', () => {
  const LESSON = 'fixture-personal-data';
  let db: AppDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    useStorageStatus.setState({ problem: null, ready: false });
  });

  it('"Xem lại" shows the latest attempt in its own order', async () => {
    const learner = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await initStorage();
    await switchLearner(learner.id);
    const attempt = await startAttempt(learner.id, { id: LESSON, locale: 'vi', version: 'v', questionCount: 1 }, T0, 'attempt-xem-lai');
    await recordAnswer(attempt, { questionId: 'q2', selected: [0, 2], correct: false }, T0 + 1000);
    await finishAttempt(attempt.id, T0 + 2000);
    const question = (await loadLessonBody({ id: LESSON, locale: 'vi' })).quiz.find((q) => q.id === 'q2')!;

    window.history.replaceState(null, '', `/lesson/${LESSON}/review`);
    await renderWithProviders(<App />);
    const missed = (await screen.findByRole('heading', { name: 'Các câu chưa đúng ở lần gần nhất' })).parentElement!;
    const options = [...missed.querySelectorAll('.review-option')].map((item) => item.firstChild?.textContent);
    expect(options).toEqual(optionOrder(question, 'attempt-xem-lai').map((i) => question.options[i]!.text));
    expect(options).not.toEqual(question.options.map((option) => option.text));
    expect(within(missed).getByText('Thời tiết hôm nay')).toHaveTextContent('em đã chọn – chưa đúng');
    expect(within(missed).getByText('Số điện thoại')).toHaveTextContent('đáp án đúng');
  });

  it('imports a progress file written before the change with the same score, and reviews the options it chose', async () => {
    await initStorage();
    // As the app wrote it before shuffling (format 1): `selected` holds written indexes, as it still does.
    const answers = [
      { q: 'q1', selected: [1], correct: false }, // "Màu em thích"
      { q: 'q2', selected: [0, 1], correct: true },
      { q: 'q3', selected: [1], correct: true }, // "Sai"
      { q: 'q4', selected: [0], correct: true },
      { q: 'q5', selected: [1], correct: false }, // "Sai"; the answer is "Đúng"
      { q: 'q6', selected: [0], correct: true },
    ];
    const text = JSON.stringify({
      format: 'mang-an-toan/progress',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: new Date(T0 + 600_000).toISOString(),
      kind: 'learners',
      lessons: { [LESSON]: ['4be3a91f0c2d'] },
      learners: [
        {
          id: 'learner-from-before',
          nickname: 'Lan',
          avatar: 'rabbit',
          classLabel: '5A',
          createdAt: T0,
          updatedAt: T0,
          attempts: [
            {
              id: 'attempt-from-before',
              lessonId: LESSON,
              locale: 'vi',
              lessonVersion: '4be3a91f0c2d',
              questionCount: 6,
              startedAt: T0 + 60_000,
              finishedAt: T0 + 360_000,
              correctCount: 4,
              scorePercent: 67,
              answers: answers.map((a, i) => ({ id: `answer-${i}`, questionId: a.q, selected: a.selected, correct: a.correct, answeredAt: T0 + 60_000 * (i + 2) })),
            },
          ],
        },
      ],
    });
    const parsed = parseTransferFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await applyImport(parsed.file, {});

    expect(await db.attempts.get('attempt-from-before')).toMatchObject({ correctCount: 4, scorePercent: 67 });
    expect((await db.answers.where('attemptId').equals('attempt-from-before').sortBy('answeredAt')).map((a) => a.selected)).toEqual(answers.map((a) => a.selected));

    await switchLearner('learner-from-before');
    window.history.replaceState(null, '', `/lesson/${LESSON}/review`);
    await renderWithProviders(<App />);
    expect(await screen.findByText(/4 \/ 6 câu đúng \(67%\)/)).toBeInTheDocument();
    const missed = screen.getByRole('heading', { name: 'Các câu chưa đúng ở lần gần nhất' }).parentElement!;
    expect(within(missed).getByText('Màu em thích')).toHaveTextContent('em đã chọn – chưa đúng');
    expect(within(missed).getByText('Địa chỉ nhà em')).toHaveTextContent('đáp án đúng');
    const q5 = within(missed).getByText('Ảnh mặc đồng phục có thể cho biết trường em học.').closest('li')!;
    expect(within(q5).getByText('Sai')).toHaveTextContent('em đã chọn – chưa đúng');
    expect(within(q5).getByText('Đúng')).toHaveTextContent('đáp án đúng');
  });
});
