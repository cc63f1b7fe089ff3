import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { loadLessonBody } from '../../../src/content/catalog';
import { lessonTiming } from '../../../src/features/teacher/lessonPlan';
import { readStored } from '../../../src/stores/safeStorage';
import { useUiStore } from '../../../src/stores/uiStore';
import { freshComputer, renderWithProviders } from '../../test-utils';

describe('lesson timing', () => {
  it('lists each part with its minutes and leaves the rest of the period to the quiz', async () => {
    const lesson = await loadLessonBody({ id: 'fixture-personal-data', locale: 'vi' });
    expect(lessonTiming(lesson)).toEqual({
      parts: [
        { kind: 'warmup', minutes: 5 },
        { kind: 'explore', minutes: 15 },
      ],
      quizMinutes: 15,
      total: 35,
    });
  });
});

describe('the teacher area', () => {
  beforeEach(async () => {
    await freshComputer();
  });

  it('turns teacher mode on, says it is not a lock, and shows the tools on lessons', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/teacher');
    await renderWithProviders(<App />);
    const toggle = await screen.findByRole('switch', { name: 'Chế độ giáo viên' });
    expect(toggle).toHaveAccessibleDescription(/mã PIN/);
    // The switch turns on once the teacher lock is known to be off (src/db/teacherLock.ts).
    await waitFor(() => expect(toggle).toBeEnabled());
    await user.click(toggle);
    expect(readStored('teacher-mode')).toBe('on');
    expect(screen.getByRole('link', { name: 'Giáo viên' })).toHaveAttribute('href', '/teacher');

    await user.click(screen.getByRole('link', { name: 'Giáo án và bản in: Gọi 111' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Giáo án: Gọi 111' })).toBeInTheDocument();
  });

  it('hides the teacher toolbar from learners and shows it in teacher mode', async () => {
    window.history.replaceState(null, '', '/lesson/fixture-hotline');
    const first = await renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Gọi 111' });
    expect(screen.queryByRole('navigation', { name: 'Công cụ giáo viên' })).not.toBeInTheDocument();
    first.unmount();

    useUiStore.setState({ teacherMode: true });
    await renderWithProviders(<App />);
    const toolbar = await screen.findByRole('navigation', { name: 'Công cụ giáo viên' });
    expect(within(toolbar).getByRole('link', { name: 'Trình chiếu: Gọi 111' })).toHaveAttribute('href', '/lesson/fixture-hotline/present');
  });

  it.each([
    ['the lesson plan and its key', '/lesson/fixture-personal-data/plan', 'Giáo án: Thông tin cá nhân'],
    ['the worksheet and its key', '/lesson/fixture-personal-data/print/worksheet', 'Phiếu kiểm tra: Thông tin cá nhân'],
    ['the class report', '/teacher/report', 'Báo cáo lớp'],
  ])('opens %s only in teacher mode, and says where a teacher turns it on', async (_what, path, title) => {
    window.history.replaceState(null, '', path);
    const first = await renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trang này dành cho thầy cô' })).toBeInTheDocument();
    expect(screen.getByText(/chỉ mở khi chế độ giáo viên đang bật/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đến chỗ bật chế độ giáo viên' })).toHaveAttribute('href', '/teacher');
    expect(screen.queryByRole('heading', { name: title })).not.toBeInTheDocument();
    // The right answer of the lesson's first question is nowhere on the page.
    expect(screen.queryByText(/Địa chỉ nhà em/)).not.toBeInTheDocument();
    first.unmount();

    useUiStore.setState({ teacherMode: true });
    await renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  });

  it('says on the teacher page what teacher mode off keeps closed', async () => {
    window.history.replaceState(null, '', '/teacher');
    await renderWithProviders(<App />);
    await screen.findByRole('switch', { name: 'Chế độ giáo viên' });
    expect(screen.getByText('Đang tắt: bài học không hiện công cụ giáo viên; giáo án, đáp án, các bản in và báo cáo lớp không mở được.')).toBeInTheDocument();
  });

  it('shows the plan with its timing table and links to the four printouts', async () => {
    useUiStore.setState({ teacherMode: true });
    window.history.replaceState(null, '', '/lesson/fixture-personal-data/plan');
    await renderWithProviders(<App />);
    const table = await screen.findByRole('table', { name: 'Tiến trình bài dạy' });
    expect(within(table).getByRole('rowheader', { name: 'Khởi động' }).nextSibling).toHaveTextContent('5 phút');
    expect(within(table).getByRole('rowheader', { name: 'Làm bài kiểm tra (6 câu)' }).nextSibling).toHaveTextContent('15 phút');
    expect(within(table).getByRole('rowheader', { name: 'Tổng' }).nextSibling).toHaveTextContent('35 phút');
    for (const name of ['In giáo án', 'In phiếu học tập cho học sinh', 'In thư gửi gia đình', 'In phiếu kiểm tra (đáp án ở trang riêng)']) {
      expect(screen.getByRole('link', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })).toBeInTheDocument();
    }
  });

  it('prints the quiz as a worksheet with the answer key on its own page', async () => {
    useUiStore.setState({ teacherMode: true });
    window.history.replaceState(null, '', '/lesson/fixture-personal-data/print/worksheet');
    await renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Phiếu kiểm tra: Thông tin cá nhân' })).toBeInTheDocument();
    // Lettered in the printed order (tests/unit/teacher/printouts.test.tsx): the key uses the sheet's letters.
    const letter = screen.getByText(/^[A-Z]\. Địa chỉ nhà em$/).textContent![0];
    const key = screen.getByRole('region', { name: 'Đáp án: Thông tin cá nhân' });
    expect(key).toHaveClass('page-break');
    expect(within(key).getByText(`Câu 1: ${letter}. Địa chỉ nhà em`)).toBeInTheDocument();
    expect(within(key).getByText(/^Câu 2: [A-Z]\. (Số điện thoại|Tên trường); [A-Z]\. (Số điện thoại|Tên trường)$/)).toBeInTheDocument();
  });
});
