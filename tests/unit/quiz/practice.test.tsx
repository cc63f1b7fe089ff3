/**
 * "Practise the ones I missed": offered where a pupil sees their mistakes (the result screen, the
 * review), and a practice with nothing to practise says why instead of showing an empty quiz.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { createLearner, GUEST, switchLearner } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { ReviewPage } from '../../../src/features/progress/ReviewPage';
import { QuizPage } from '../../../src/features/quiz/QuizPage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const LESSON = 'fixture-personal-data';
/** The first screen of a test loads the lesson and a lazy page: give a busy machine time. */
const FIRST = { timeout: 5_000 };

/** A finished attempt at the fixture lesson: `results[i]` is whether question q(i+1) was right. */
async function takeQuiz(learnerId: string, results: boolean[]) {
  const attempt = await startAttempt(learnerId, { id: LESSON, locale: 'vi', version: 'v', questionCount: results.length });
  for (const [i, correct] of results.entries()) await recordAnswer(attempt, { questionId: `q${i + 1}`, selected: [correct ? 0 : 1], correct });
  await finishAttempt(attempt.id);
}

/** A page on its own, as the app shell renders it for its route. */
function open(page: ReactElement) {
  return renderWithProviders(page);
}
const quizPage = (practice = false) => <QuizPage lessonId={LESSON} practice={practice} />;

describe('practising the questions missed', () => {
  let learnerId: string;
  beforeEach(async () => {
    freshDatabase();
    useStorageStatus.setState({ problem: null, ready: false });
    learnerId = (await createLearner({ nickname: 'Lan', avatar: 'owl' })).id;
    await initStorage();
  });

  it('is offered on the result screen and practises only the questions just missed', async () => {
    const user = userEvent.setup();
    const view = await open(quizPage());
    // The option written first every time (options are shown shuffled): q2 (two right answers) and q3
    // ("Đúng", the answer is "Sai") are missed.
    const writtenFirst = ['Địa chỉ nhà em', 'Số điện thoại', 'Đúng', 'Không trả lời và kể với bố mẹ', 'Đúng', 'Em và bố mẹ'];
    for (const [i, name] of writtenFirst.entries()) {
      await screen.findByText(`Câu ${i + 1} / 6`, {}, FIRST);
      await user.click(screen.getByRole(i === 1 ? 'checkbox' : 'radio', { name }));
      await user.keyboard('{Enter}{Enter}');
    }
    await screen.findByRole('heading', { name: 'Kết quả' });
    const practise = await screen.findByRole('link', { name: 'Luyện lại 2 câu chưa đúng' });
    expect(practise).toHaveAttribute('href', `/lesson/${LESSON}/quiz?practice=missed`);

    // The link's address opens the practice of the attempt just saved.
    view.unmount();
    await open(quizPage(true));
    expect(await screen.findByText('Câu 1 / 2', {}, FIRST)).toBeInTheDocument();
    expect(screen.getByText('Đang luyện lại các câu chưa đúng – phần luyện tập không tính vào điểm.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chọn các thông tin cá nhân.' })).toBeInTheDocument();
  });

  it('is not offered after a quiz with every answer right, nor after a practice', async () => {
    const user = userEvent.setup();
    await takeQuiz(learnerId, [true, false, true, true, true, true]);
    await open(quizPage(true));
    await screen.findByText('Câu 1 / 1', {}, FIRST);
    await user.click(screen.getByRole('checkbox', { name: 'Thời tiết hôm nay' })); // still wrong
    await user.keyboard('{Enter}{Enter}');
    await screen.findByRole('heading', { name: 'Kết quả' });
    expect(screen.getByText('Em trả lời đúng 0 / 1 câu (0%).')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Luyện lại/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Làm lại' })).toBeInTheDocument();
  });

  it('explains that there is nothing to practise when the latest quiz had no mistakes', async () => {
    await takeQuiz(learnerId, [true, true, true, true, true, true]);
    await open(quizPage(true));
    expect(await screen.findByText('Lần làm bài gần nhất em đã trả lời đúng hết, nên không có câu nào cần luyện lại.', {}, FIRST)).toBeInTheDocument();
    expect(screen.queryByText('Bài này chưa có câu hỏi.')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Làm lại cả bài kiểm tra' })).toHaveAttribute('href', `/lesson/${LESSON}/quiz`);
  });

  it('explains that there is nothing to practise before any quiz was finished, for a guest too', async () => {
    const view = await open(quizPage(true));
    expect(await screen.findByText('Chưa có lần làm bài nào của em được lưu cho bài này, nên chưa có câu nào để luyện lại.', {}, FIRST)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Làm bài kiểm tra' })).toHaveAttribute('href', `/lesson/${LESSON}/quiz`);
    view.unmount();

    await takeQuiz(learnerId, [false, true, true, true, true, true]);
    await switchLearner(GUEST);
    await open(quizPage(true));
    expect(await screen.findByText('Chưa có lần làm bài nào của em được lưu cho bài này, nên chưa có câu nào để luyện lại.', {}, FIRST)).toBeInTheDocument();
  });

  it('reviews and practises the quiz finished last: not the one started last, nor one whose finish is dated in the future', async () => {
    const now = Date.now();
    const ago = (minutes: number) => now - minutes * 60_000;
    const ref = (version: string) => ({ id: LESSON, locale: 'vi' as const, version, questionCount: 6 });
    const answerAll = async (attempt: Awaited<ReturnType<typeof startAttempt>>, wrong: number[], at: number) => {
      for (let q = 1; q <= 6; q++) await recordAnswer(attempt, { questionId: `q${q}`, selected: [wrong.includes(q) ? 1 : 0], correct: !wrong.includes(q) }, at);
    };
    // Started first (on an older wording, so the next start does not join it), finished last: q2 and q3 missed.
    const finishedLast = await startAttempt(learnerId, ref('older'), ago(60));
    // Started later, finished in between: only q1 missed.
    const startedLast = await startAttempt(learnerId, ref('v'), ago(50));
    await answerAll(startedLast, [1], ago(45));
    await finishAttempt(startedLast.id, ago(40));
    await answerAll(finishedLast, [2, 3], ago(35));
    await finishAttempt(finishedLast.id, ago(30));

    const review = await open(<ReviewPage lessonId={LESSON} />);
    expect(await screen.findByRole('link', { name: 'Luyện lại 2 câu chưa đúng' }, FIRST)).toBeInTheDocument();
    review.unmount();

    // An attempt finished "a year from now" (a forged file, imported), every answer wrong, does not take over.
    const forged = await startAttempt(learnerId, ref('forged'), ago(20));
    await answerAll(forged, [1, 2, 3, 4, 5, 6], ago(15));
    await finishAttempt(forged.id, now + 365 * 24 * 3_600_000);
    await open(quizPage(true));
    expect(await screen.findByText('Câu 1 / 2', {}, FIRST)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chọn các thông tin cá nhân.' })).toBeInTheDocument();
  });

  it('says on the review of a quiz never taken that it was never taken, and offers to take it, not to redo it', async () => {
    await open(<ReviewPage lessonId={LESSON} />);
    // The page settles once the learner and their attempts have loaded: wait for that, not for a first paint.
    await waitFor(() => expect(screen.getByText('Em chưa làm bài kiểm tra của bài học này.')).toBeInTheDocument(), FIRST);
    expect(screen.getByRole('link', { name: 'Làm bài kiểm tra' })).toHaveAttribute('href', `/lesson/${LESSON}/quiz`);
    expect(screen.queryByRole('link', { name: /Làm lại/ })).not.toBeInTheDocument();
  });
});
