/**
 * How the interface speaks around a lesson, its quiz, its result and its review: "em" to children,
 * "bạn" to lớp 10–12 (as their lessons do), no pronoun to the adults of the tracks; English keeps "you".
 * The lesson comes from a stand-in for useLesson, so any band can be shown (the fixture pack is lớp 4–5).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LessonBody, Question } from '../../../src/content/types';
import type { LessonState } from '../../../src/content/useLesson';
import { ADDRESS_FORMS, addressOf, BAND_IDS, type BandId } from '../../../src/content/vocabulary';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { LessonPage } from '../../../src/features/lessons/LessonPage';
import { ReviewPage } from '../../../src/features/progress/ReviewPage';
import { QuizRunner } from '../../../src/features/quiz/QuizRunner';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { lessonBody } from '../../factories';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const shown: { lesson?: LessonBody } = {};
vi.mock('../../../src/content/useLesson', () => ({
  useLesson: (): LessonState => {
    const lesson = shown.lesson!;
    const entry = { ...lesson, questionCount: lesson.quiz.length } as unknown as Extract<LessonState, { status: 'ready' }>['entry'];
    return { status: 'ready', entry, lesson };
  },
}));

const QUESTION: Question = {
  id: 'q1',
  type: 'single',
  question: 'Câu hỏi?',
  options: [
    { text: 'Đáp án đúng', correct: true },
    { text: 'Đáp án sai', correct: false },
  ],
  explanation: 'Giải thích.',
};

function lessonOf(band: BandId): LessonBody {
  return lessonBody({ id: `address-${band}`, band, quiz: [QUESTION] });
}

/** Answers the one question wrongly and opens the result. */
async function answerWrongly(band: BandId, language: 'vi' | 'en' = 'vi') {
  const user = userEvent.setup();
  const learner = await ensureCurrentLearner();
  await renderWithProviders(<QuizRunner lesson={lessonOf(band)} learnerId={learner!.id} />, { language });
  await user.click(await screen.findByRole('radio', { name: /Đáp án sai/ }));
  await user.keyboard('{Enter}');
  const mark = screen.getByText(/chưa đúng|not correct/, { selector: '.option__mark' }).textContent;
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: language === 'vi' ? 'Kết quả' : 'Your result' });
  return { mark };
}

describe('the form of address', () => {
  beforeEach(() => {
    freshDatabase();
    useStorageStatus.setState({ problem: null, ready: true });
  });

  it('is one rule per band: "em" for mầm non and lớp 1–9, "bạn" for lớp 10–12, the adults’ own form for the tracks', () => {
    expect(Object.fromEntries(BAND_IDS.map((band) => [band, addressOf(band)]))).toEqual({
      'mam-non': 'em',
      'lop-1-3': 'em',
      'lop-4-5': 'em',
      'lop-6-9': 'em',
      'lop-10-12': 'ban',
      'cha-me': 'adult',
      'thay-co': 'adult',
    });
    expect(ADDRESS_FORMS).toEqual(['em', 'ban', 'adult']);
  });

  it('says "bạn" to lớp 10–12 on the lesson page, in the quiz and on its result', async () => {
    const { mark } = await answerWrongly('lop-10-12');
    expect(mark).toMatch(/bạn đã chọn – chưa đúng/);
    expect(screen.getByText('Bạn trả lời đúng 0 / 1 câu (0%).')).toBeInTheDocument();
    expect(screen.getByText('Không sao cả! Đọc lại bài học rồi làm lại, bạn sẽ tiến bộ.')).toBeInTheDocument();
    expect(screen.getByText('Đáp án sai', { selector: '.review-option' })).toHaveTextContent('bạn đã chọn – chưa đúng');
    expect(document.body.textContent).not.toMatch(/\b[Ee]m\b/);
  });

  it('still says "em" to lớp 4–5', async () => {
    const { mark } = await answerWrongly('lop-4-5');
    expect(mark).toMatch(/em đã chọn – chưa đúng/);
    expect(screen.getByText('Em trả lời đúng 0 / 1 câu (0%).')).toBeInTheDocument();
    expect(screen.getByText('Đáp án sai', { selector: '.review-option' })).toHaveTextContent('em đã chọn – chưa đúng');
  });

  it('keeps English as it was ("you") for every band', async () => {
    await answerWrongly('lop-10-12', 'en');
    expect(screen.getByText('You got 0 of 1 questions right (0%).')).toBeInTheDocument();
    expect(screen.getByText('Đáp án sai', { selector: '.review-option' })).toHaveTextContent('your choice – not correct');
  });

  it('heads a lesson’s objectives in the band’s form of address', async () => {
    for (const [band, heading] of [
      ['lop-1-3', 'Sau bài học, em có thể:'],
      ['lop-10-12', 'Sau bài học, bạn có thể:'],
      ['cha-me', 'Sau buổi sinh hoạt, người tham dự có thể:'],
    ] as const) {
      shown.lesson = lessonOf(band);
      const view = await renderWithProviders(<LessonPage lessonId={shown.lesson.id} />);
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
      view.unmount();
    }
    shown.lesson = lessonOf('cha-me');
    await renderWithProviders(<LessonPage lessonId={shown.lesson.id} />, { language: 'en' });
    expect(await screen.findByRole('heading', { level: 2, name: 'After the session, participants can:' })).toBeInTheDocument();
  });

  it('tells lớp 10–12 in "bạn" that the quiz was never taken', async () => {
    shown.lesson = lessonOf('lop-10-12');
    await ensureCurrentLearner();
    await renderWithProviders(<ReviewPage lessonId={shown.lesson.id} />);
    // The page settles once the learner and their attempts have loaded: wait for that, not for a first paint.
    await waitFor(() => expect(screen.getByText('Bạn chưa làm bài kiểm tra của bài học này.')).toBeInTheDocument());
  });
});
