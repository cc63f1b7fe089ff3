/**
 * An attempt belongs to the learner who started it: another tab choosing someone else (the current
 * learner is stored for the whole browser) must not move the rest of the answers to them.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner } from '../../../src/db/learners';
import { QuizRunner } from '../../../src/features/quiz/QuizRunner';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { lessonBody } from '../../factories';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const question = (id: string): Question => ({
  type: 'single',
  question: `Câu hỏi ${id}?`,
  options: [
    { text: 'Đáp án đúng', correct: true },
    { text: 'Đáp án sai', correct: false },
  ],
  explanation: `Giải thích ${id}.`,
  id,
});
const lesson = lessonBody({ id: 'quiz-lesson', quiz: [question('q1'), question('q2'), question('q3')] });

/** The quiz page's part: it hands the runner whoever is current; `choose` is another tab choosing. */
let choose: (id: string) => void = () => {};
function Page({ first }: { first: string }) {
  const [current, setCurrent] = useState(first);
  choose = setCurrent;
  return <QuizRunner lesson={lesson} learnerId={current} />;
}

async function answer(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('radio', { name: new RegExp(name) }));
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
}

describe('a quiz and its learner', () => {
  let db: AppDatabase;
  let lan: string;
  let minh: string;
  beforeEach(async () => {
    db = freshDatabase();
    lan = (await createLearner({ nickname: 'Lan', avatar: 'owl' })).id;
    minh = (await createLearner({ nickname: 'Minh', avatar: 'fox' })).id;
    useStorageStatus.setState({ problem: null, ready: true });
  });

  it('keeps saving for the learner who started when another tab picks someone else, and says so', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Page first={lan} />);
    await answer(user, 'Đáp án đúng');
    await waitFor(async () => expect(await db.answers.count()).toBe(1));

    // Tab B chose Minh: the page now hands the runner Minh as the current learner.
    act(() => choose(minh));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Minh vừa được chọn ở một thẻ hoặc cửa sổ khác. Bài này vẫn được lưu cho Lan.');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục làm bài của Lan' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await answer(user, 'Đáp án sai');
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await answer(user, 'Đáp án đúng');
    await user.click(screen.getByRole('button', { name: /Xem kết quả/ }));

    await waitFor(async () => expect((await db.attempts.toArray()).filter((a) => a.finishedAt !== undefined)).toHaveLength(1));
    const attempts = await db.attempts.toArray();
    expect(attempts.map((a) => [a.learnerId, a.correctCount])).toEqual([[lan, 2]]);
    expect(await db.answers.count()).toBe(3);
    expect(await db.progress.where('learnerId').equals(minh).count()).toBe(0);
  });

  it('starts the quiz again for the newly chosen learner when asked to switch, leaving the first attempt to its owner', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Page first={lan} />);
    await answer(user, 'Đáp án đúng');
    await waitFor(async () => expect(await db.answers.count()).toBe(1));

    act(() => choose(minh));
    await user.click(await screen.findByRole('button', { name: 'Làm bài với tên Minh' }));
    expect(await screen.findByText('Câu 1 / 3')).toBeInTheDocument();
    await answer(user, 'Đáp án sai');
    await waitFor(async () => expect(await db.answers.count()).toBe(2));
    const byLearner = (await db.attempts.toArray()).map((a) => a.learnerId).sort();
    expect(byLearner).toEqual([lan, minh].sort());
  });
});
