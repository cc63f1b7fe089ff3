import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { allLessons } from '../../../src/content/catalog';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { createLearner } from '../../../src/db/learners';
import { longDate } from '../../../src/i18n/dates';
import { initStorage } from '../../../src/db/storage';
import type { LessonProgress } from '../../../src/domain/records';
import { progressState, starsFor as starsOf } from '../../../src/domain/learning';
import { nextStep } from '../../../src/features/progress/skills';

const starsFor = (row: Parameters<typeof progressState>[0]) => starsOf(progressState(row));
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const progress = (overrides: Partial<LessonProgress>): LessonProgress => ({
  learnerId: 'l',
  lessonId: 'x',
  status: 'completed',
  finishedAttempts: 1,
  lastAttemptId: 'a',
  updatedAt: 1,
  ...overrides,
});

describe('stars and next steps', () => {
  it('gives one star for a finished quiz, two from 80% and three for a perfect score', () => {
    expect(starsFor(undefined)).toBe(0);
    expect(starsFor(progress({ status: 'in-progress' }))).toBe(0);
    expect(starsFor(progress({ bestPercent: 50 }))).toBe(1);
    expect(starsFor(progress({ bestPercent: 80 }))).toBe(2);
    expect(starsFor(progress({ bestPercent: 100 }))).toBe(3);
  });

  it('continues the lesson left half-done most recently, else the first lesson not started', () => {
    const vi = allLessons().filter((l) => l.locale === 'vi');
    const [first, second] = vi;
    expect(nextStep(vi, vi, new Map())).toEqual({ kind: 'next', lesson: first });
    const map = new Map([[second!.id, progress({ lessonId: second!.id, status: 'in-progress', updatedAt: 5 })]]);
    expect(nextStep(vi, vi, map)).toEqual({ kind: 'continue', lesson: second });
    const done = new Map(vi.map((l) => [l.id, progress({ lessonId: l.id, bestPercent: 90 })]));
    expect(nextStep(vi, vi, done)).toEqual({ kind: 'done' });
  });
});

async function takeQuiz(learnerId: string, lessonId: string, results: boolean[]) {
  const attempt = await startAttempt(learnerId, { id: lessonId, locale: 'vi', version: 'v', questionCount: results.length });
  for (const [i, correct] of results.entries()) await recordAnswer(attempt, { questionId: `q${i + 1}`, selected: [correct ? 0 : 1], correct });
  await finishAttempt(attempt.id);
}

describe('the skills map, review and certificate', () => {
  let learnerId: string;
  beforeEach(async () => {
    freshDatabase();
    useStorageStatus.setState({ problem: null, ready: false });
    learnerId = (await createLearner({ nickname: 'Lan', avatar: 'owl', classLabel: '5A' })).id;
    await initStorage();
  });

  it('shows each topic with lesson states, stars and what to do next', async () => {
    await takeQuiz(learnerId, 'fixture-personal-data', [true, true, true, true, true, true]);
    window.history.replaceState(null, '', '/progress');
    await renderWithProviders(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tiến độ của Lan' }, { timeout: 10_000 })).toBeInTheDocument();
    const topic = await screen.findByRole('region', { name: /Bảo vệ thông tin cá nhân/ });
    expect(within(topic).getByRole('img', { name: '3 / 3 sao' })).toBeInTheDocument();
    expect(within(topic).getByRole('img', { name: 'Huy hiệu: đã thành thạo chủ đề' })).toBeInTheDocument();
    expect(within(topic).getByRole('link', { name: /Giấy chứng nhận chủ đề/ })).toHaveAttribute('href', '/certificate/lop-4-5/personal-data');
    expect(screen.getByRole('link', { name: 'Bài tiếp theo: Gọi 111' })).toHaveAttribute('href', '/lesson/fixture-hotline');
  });

  it('reviews the questions missed last time and practises only those', async () => {
    const user = userEvent.setup();
    await takeQuiz(learnerId, 'fixture-personal-data', [true, false, true, true, false, true]);
    window.history.replaceState(null, '', '/lesson/fixture-personal-data/review');
    await renderWithProviders(<App />);

    // The attempt's time and date as the app writes dates, not the browser's "7 thg 12, 2026".
    expect(await screen.findByText(/^\d\d:\d\d ngày \d{1,2} tháng \d{1,2} năm \d{4}: 4 \/ 6 câu đúng \(67%\)$/)).toBeInTheDocument();
    const missed = screen.getByRole('heading', { name: 'Các câu chưa đúng ở lần gần nhất' }).parentElement!;
    expect(within(missed).getByText('Chọn các thông tin cá nhân.')).toBeInTheDocument();
    expect(within(missed).getByText('Logo trên áo cho biết tên trường.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Luyện lại 2 câu chưa đúng' }));
    expect(await screen.findByText('Đang luyện lại các câu chưa đúng – phần luyện tập không tính vào điểm.')).toBeInTheDocument();
    expect(await screen.findByText('Câu 1 / 2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chọn các thông tin cá nhân.' })).toBeInTheDocument();
  });

  it('prints a certificate for a completed topic with the nickname and lessons, and lists what is missing otherwise', async () => {
    await takeQuiz(learnerId, 'fixture-personal-data', [true, true, true, true, false, true]);
    window.history.replaceState(null, '', '/certificate/lop-4-5/personal-data');
    const view = await renderWithProviders(<App />);
    const certificate = await screen.findByRole('article', { name: 'Giấy chứng nhận hoàn thành' });
    expect(within(certificate).getByText(/Lan/)).toBeInTheDocument();
    expect(within(certificate).getByText('Thông tin cá nhân — điểm cao nhất 83%')).toBeInTheDocument();
    expect(within(certificate).getByText(longDate(Date.now(), 'vi', { start: true }))).toHaveTextContent(/^Ngày \d{1,2} tháng \d{1,2} năm \d{4}$/);
    expect(screen.getByRole('button', { name: /In giấy chứng nhận/ })).toBeInTheDocument();
    view.unmount();

    window.history.replaceState(null, '', '/certificate/lop-4-5');
    await renderWithProviders(<App />);
    await waitFor(() => expect(screen.getByText('Em cần hoàn thành thêm các bài sau để nhận giấy chứng nhận:')).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', '/lesson/fixture-hotline');
  });

  it('gives no certificate for a finished quiz with fewer than half right, and says what is left', async () => {
    // 1 of 6 right: finished, but 17% is not a completion
    await takeQuiz(learnerId, 'fixture-personal-data', [true, false, false, false, false, false]);
    window.history.replaceState(null, '', '/certificate/lop-4-5/personal-data');
    await renderWithProviders(<App />);
    // pages load lazily: the first one in a test file can take longer than the default second
    expect(await screen.findByText('Em cần hoàn thành thêm các bài sau để nhận giấy chứng nhận:', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Giấy chứng nhận hoàn thành' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Thông tin cá nhân' }).closest('li')).toHaveTextContent('điểm cao nhất 17%, cần đúng ít nhất một nửa (50%)'), { timeout: 10_000 });
  });

  it('offers a certificate on the skills map only when it is earned', async () => {
    await takeQuiz(learnerId, 'fixture-personal-data', [true, false, false, false, false, false]);
    window.history.replaceState(null, '', '/progress/lop-4-5');
    const view = await renderWithProviders(<App />);
    const topic = await screen.findByRole('region', { name: /Bảo vệ thông tin cá nhân/ }, { timeout: 10_000 });
    await waitFor(() => expect(within(topic).getByRole('img', { name: '1 / 3 sao' })).toBeInTheDocument());
    expect(within(topic).queryByRole('link', { name: /Giấy chứng nhận chủ đề/ })).not.toBeInTheDocument();
    view.unmount();
  });
});
