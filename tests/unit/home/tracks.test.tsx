/**
 * Audience tracks in the app: the home page's separate entry for parents and staff, a track's page of
 * sessions, a session page with no learner progress, and its self-check that stores nothing and grades
 * nothing. The catalog is replaced by one that has tracks (the unit fixture pack has none).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import { PARENT_SESSION, STAFF_SESSION } from './trackCatalog';
import type * as Screens from './trackScreens';

vi.mock('virtual:lesson-catalog', async () => (await import('./trackCatalog')).trackCatalogModule());

let db: AppDatabase;
let m: typeof Screens;

/** Screens are rendered on their own: the app shell's page loading is not what these tests are about. */
const open = (ui: ReactElement) => m.renderWithProviders(ui);

describe('audience tracks', () => {
  beforeAll(async () => {
    vi.resetModules();
    m = await import('./trackScreens');
    await m.loadCatalog();
  });

  beforeEach(async () => {
    db = m.freshDatabase();
    window.localStorage.clear();
    m.useUiStore.setState({ teacherMode: false });
    m.useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
    await m.initStorage();
  });

  afterEach(() => m.cleanup());

  it('gives parents and staff their own section on the home page, apart from the age bands', async () => {
    await open(<m.HomePage />);
    const adults = await screen.findByRole('region', { name: 'Dành cho cha mẹ và thầy cô' });
    expect(within(adults).getByRole('link', { name: /Cha mẹ/ })).toHaveAttribute('href', '/band/cha-me');
    expect(within(adults).getByRole('link', { name: /Cha mẹ/ })).toHaveTextContent('1 buổi sinh hoạt');
    expect(within(adults).getByRole('link', { name: /Thầy cô/ })).toHaveAttribute('href', '/band/thay-co');
    // The children's bands stay above, outside that section.
    expect(within(adults).queryByRole('link', { name: /Lớp 4–5/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Lớp 4–5/ })).toHaveAttribute('href', '/band/lop-4-5');
  });

  it('lists a track’s sessions by topic, with minutes and the self-check, and no progress badge', async () => {
    await open(<m.BandPage band="cha-me" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Buổi sinh hoạt dành cho cha mẹ' })).toBeInTheDocument();
    const topic = screen.getByRole('region', { name: 'Dấu hiệu cảnh báo và cách ứng phó' });
    expect(within(topic).getByRole('link', { name: PARENT_SESSION.title })).toHaveAttribute('href', '/lesson/cha-me-warning-signs');
    expect(within(topic).getByText('25 phút · Tự kiểm tra 3 câu')).toBeInTheDocument();
    expect(screen.queryByText('Chưa học')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Về trang chủ' })).toHaveAttribute('href', '/');
  });

  it('says when a session has no self-check', async () => {
    await open(<m.BandPage band="thay-co" />);
    expect(await screen.findByText('40 phút · Không có phần tự kiểm tra')).toBeInTheDocument();
  });

  it('still shows a pupil band with progress badges', async () => {
    await open(<m.BandPage band="lop-4-5" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bài học cho Lớp 4–5' })).toBeInTheDocument();
    expect(await screen.findByText('Chưa học')).toBeInTheDocument();
  });

  it('opens a session with no progress badge and a self-check said to be unscored', async () => {
    await open(<m.LessonPage lessonId="cha-me-warning-signs" />);
    expect(await screen.findByRole('heading', { level: 1, name: PARENT_SESSION.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sau buổi sinh hoạt, người tham dự có thể:' })).toBeInTheDocument();
    expect(screen.queryByText('Chưa học')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Các buổi dành cho cha mẹ' })).toHaveAttribute('href', '/band/cha-me');
    expect(screen.getByRole('link', { name: 'Tự kiểm tra (3 câu, không chấm điểm)' })).toHaveAttribute('href', '/lesson/cha-me-warning-signs/quiz');
  });

  it('offers no self-check link for a session without questions', async () => {
    await open(<m.LessonPage lessonId="thay-co-disclosure" />);
    expect(await screen.findByRole('heading', { level: 1, name: STAFF_SESSION.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Tự kiểm tra/ })).not.toBeInTheDocument();
  });

  it('runs the self-check with no learner, stores no attempt and shows no score', async () => {
    const user = userEvent.setup();
    await open(<m.QuizPage lessonId="cha-me-warning-signs" />);
    expect(await screen.findByRole('heading', { level: 1, name: `Tự kiểm tra: ${PARENT_SESSION.title}` })).toBeInTheDocument();
    expect(screen.getByText(/không được chấm điểm và không được lưu trên máy/)).toBeInTheDocument();
    // No "Ai đang học?" step: the first question is there although nobody chose a profile.
    expect(screen.queryByText('Em đang học với tư cách khách: kết quả bài kiểm tra sẽ không được lưu.')).not.toBeInTheDocument();

    const answer = async (option: string, last = false) => {
      await user.click(await screen.findByRole('radio', { name: new RegExp(option) }));
      await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      await user.click(screen.getByRole('button', { name: last ? 'Xem kết quả' : 'Câu tiếp theo' }));
    };
    await answer('Cảm ơn con đã kể');
    await answer('Tự xử lý, không nói với ai');
    await answer('Giữ bằng chứng', true);

    const end = await screen.findByRole('region', { name: 'Xong phần tự kiểm tra' });
    expect(within(end).getByText('Không có điểm số: đây không phải bài thi.')).toBeInTheDocument();
    expect(end).not.toHaveTextContent(/%|\d+ \/ \d+/);
    const review = within(end).getByRole('region', { name: 'Nên đọc lại các ý sau' });
    expect(review.querySelectorAll('.review__item')).toHaveLength(1);
    expect(review).toHaveTextContent('111 miễn phí, 24/7, người lớn cũng gọi được.');

    expect(await db.attempts.count()).toBe(0);
    expect(await db.answers.count()).toBe(0);
    expect(await db.progress.count()).toBe(0);

    await user.click(within(end).getByRole('button', { name: 'Làm lại' }));
    expect(await screen.findByText('Câu 1 / 3')).toBeInTheDocument();
  });

  it('lists the tracks’ sessions in the teacher area', async () => {
    await open(<m.TeacherPage />);
    const parents = await screen.findByRole('region', { name: 'Cha mẹ' });
    expect(within(parents).getByText(PARENT_SESSION.title)).toBeInTheDocument();
    const staff = screen.getByRole('region', { name: 'Thầy cô' });
    expect(within(staff).getByText(STAFF_SESSION.title)).toBeInTheDocument();
  });
});
