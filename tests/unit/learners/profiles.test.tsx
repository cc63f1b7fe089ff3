import { configure, act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner, currentLearnerId, GUEST } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';

// The whole app renders here, its screens loaded on demand: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 5_000 });

function at(path: string) {
  window.history.replaceState(null, '', path);
}

describe('learner profiles on a shared computer', () => {
  let db: AppDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
  });

  it('shows the learners as cards and switches to the one chosen', async () => {
    const user = userEvent.setup();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', classLabel: '6A' });
    await createLearner({ nickname: 'Minh', avatar: 'bear' });
    await initStorage();
    at('/learners');
    await renderWithProviders(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ai đang học?' })).toBeInTheDocument();
    const lanCard = await screen.findByRole('button', { name: /^Học với hồ sơ Lan\b/ });
    expect(within(lanCard).getByText('6A')).toBeInTheDocument();
    // The current learner comes from its own live query, which can settle after the cards are drawn.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Học với hồ sơ Minh\b/ })).toHaveAttribute('aria-current', 'true'));

    await user.click(lanCard);
    await waitFor(async () => expect(await currentLearnerId()).toBe(lan.id));
    expect(window.location.pathname).toBe('/');
    expect(await screen.findByRole('link', { name: /Người đang học: Lan/ })).toHaveAttribute('href', '/learners');
  });

  it('asks for the PIN of a protected profile and refuses a wrong one', async () => {
    const user = userEvent.setup();
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await initStorage();
    at('/learners');
    await renderWithProviders(<App />);

    await user.click(await screen.findByRole('button', { name: /^Học với hồ sơ Minh\b/ }));
    const pin = screen.getByLabelText('Nhập mã PIN của Minh');
    await user.type(pin, '1111{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN chưa đúng');
    expect(await currentLearnerId()).not.toBe(minh.id);

    await user.type(screen.getByLabelText('Nhập mã PIN của Minh'), '2468{Enter}');
    await waitFor(async () => expect(await currentLearnerId()).toBe(minh.id));
  });

  it('creates a profile with a nickname, a class and an avatar — and explains a missing nickname', async () => {
    const user = userEvent.setup();
    await initStorage();
    at('/learners/new');
    await renderWithProviders(<App />);

    await user.click(await screen.findByRole('button', { name: 'Tạo hồ sơ' }));
    expect(screen.getByText('Hãy nhập tên gọi, từ 1 đến 40 ký tự.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên gọi')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Tên gọi'), 'Bảo Ngọc');
    await user.type(screen.getByLabelText('Lớp (không bắt buộc)'), '5B');
    await user.click(screen.getByRole('radio', { name: 'Thỏ' }));
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));

    await waitFor(async () => expect(await db.learners.where('nickname').equals('Bảo Ngọc').first()).toMatchObject({ avatar: 'rabbit', classLabel: '5B' }));
    const created = await db.learners.where('nickname').equals('Bảo Ngọc').first();
    expect(await currentLearnerId()).toBe(created!.id);
  });

  it('says exactly what deleting a profile will remove before removing it', async () => {
    const user = userEvent.setup();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    const attempt = await startAttempt(lan.id, { id: 'fixture-hotline', locale: 'vi', version: 'v', questionCount: 2 });
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
    await recordAnswer(attempt, { questionId: 'q2', selected: [1], correct: true });
    await finishAttempt(attempt.id);
    await initStorage();
    at(`/learners/${lan.id}/edit`);
    await renderWithProviders(<App />);

    await user.click(await screen.findByRole('button', { name: 'Xoá hồ sơ này' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Máy này sẽ xoá vĩnh viễn 1 lần làm bài, 2 câu trả lời và tiến độ của 1 bài học của Lan.');
    await user.click(within(dialog).getByRole('button', { name: 'Xoá vĩnh viễn' }));
    await waitFor(async () => expect(await db.learners.get(lan.id)).toBeUndefined());
    expect(await db.answers.count()).toBe(0);
  });

  it('offers a guest mode that is clearly labelled and saves nothing', async () => {
    const user = userEvent.setup();
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await initStorage();
    at('/learners');
    await renderWithProviders(<App />);
    await user.click(await screen.findByRole('button', { name: 'Học thử không lưu (khách)' }));
    await waitFor(async () => expect(await currentLearnerId()).toBe(GUEST));
    expect(await screen.findByRole('link', { name: /Khách – không lưu kết quả/ })).toBeInTheDocument();

    at('/lesson/fixture-hotline/quiz');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByText('Em đang học với tư cách khách: kết quả bài kiểm tra sẽ không được lưu.')).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: /Đúng/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await db.answers.count()).toBe(0);
    expect(await db.attempts.count()).toBe(0);
  });

  it('asks for the PIN before a protected profile can be changed or deleted', async () => {
    const user = userEvent.setup();
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    await initStorage();
    at(`/learners/${minh.id}/edit`);
    await renderWithProviders(<App />);

    const pin = await screen.findByLabelText('Hồ sơ của Minh có mã PIN. Nhập mã PIN để sửa hoặc xoá hồ sơ.');
    // The button says what it does here: open the profile to change it, not start learning.
    expect(screen.getByRole('button', { name: 'Mở để sửa' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vào học' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Tên gọi')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xoá hồ sơ này' })).not.toBeInTheDocument();
    await user.type(pin, '1111{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN chưa đúng');
    expect(screen.queryByLabelText('Tên gọi')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/Nhập mã PIN để sửa/), '2468{Enter}');
    const nickname = await screen.findByLabelText('Tên gọi');
    await user.clear(nickname);
    await user.type(nickname, 'Minh Anh');
    await user.click(screen.getByRole('radio', { name: 'Bỏ khoá' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(window.location.pathname).toBe('/learners'));
    expect(await db.learners.get(minh.id)).toMatchObject({ nickname: 'Minh Anh' });
    expect((await db.learners.get(minh.id))?.pinHash).toBeUndefined();
  });

  it('says what is wrong with a nickname holding a tab or U+0085, and stores nothing', async () => {
    const user = userEvent.setup();
    await initStorage();
    at('/learners/new');
    await renderWithProviders(<App />);
    const before = await db.learners.count();

    const nickname = await screen.findByLabelText('Tên gọi');
    // Pasted, as a tab cannot be typed into a field.
    await user.click(nickname);
    await user.paste('Lan\tAnh');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(await screen.findByText(/Có ký tự không in ra được \(như dấu tab/)).toBeInTheDocument();
    expect(nickname).toHaveAttribute('aria-invalid', 'true');

    await user.clear(nickname);
    await user.paste('Lan\u0085');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(await screen.findByText(/Có ký tự không in ra được/)).toBeInTheDocument();
    expect(await db.learners.count()).toBe(before);
  });

  it('says honestly what a PIN is, in Vietnamese and English', async () => {
    await initStorage();
    at('/learners/new');
    const { i18n } = await renderWithProviders(<App />);
    expect(await screen.findByText(/Đây là khoá chống nhầm, không phải két sắt/)).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText(/It is a lock, not a safe/)).toBeInTheDocument();
  });
  it('tells look-alike cards apart (“Minh” and “minh” of one class) by avatar and when the profile was made', async () => {
    await createLearner({ nickname: 'Minh', avatar: 'owl', classLabel: '7A' });
    await createLearner({ nickname: 'minh', avatar: 'bear', classLabel: '7A' });
    await createLearner({ nickname: 'Minh', avatar: 'fox', classLabel: '7B' });
    await initStorage();
    at('/learners');
    await renderWithProviders(<App />);

    expect(await screen.findByRole('button', { name: /^Học với hồ sơ Minh 7A Cú, tạo lúc \d\d:\d\d ngày \d+ tháng \d+ năm \d{4}$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Học với hồ sơ minh 7A Gấu, tạo lúc / })).toBeInTheDocument();
    // Another class tells this one apart already.
    expect(screen.getByRole('button', { name: 'Học với hồ sơ Minh 7B' })).toBeInTheDocument();
  });

  it('warns gently when a nickname is already on this computer, and offers a free one', async () => {
    const user = userEvent.setup();
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await createLearner({ nickname: 'Lan 2', avatar: 'fox' });
    await initStorage();
    at('/learners/new');
    await renderWithProviders(<App />);

    const nickname = await screen.findByLabelText('Tên gọi');
    await user.type(nickname, ' lan');
    const hint = await screen.findByText(/Trên máy này đã có một bạn tên “Lan”/);
    expect(hint).toHaveTextContent('ví dụ “lan 3”');
    expect(hint.closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dùng tên “lan 3”' }));
    expect(nickname).toHaveValue('lan 3');
    expect(nickname).toHaveFocus();
    expect(screen.queryByText(/Trên máy này đã có một bạn tên/)).not.toBeInTheDocument();

    // Only a warning: a child may keep the name.
    await user.clear(nickname);
    await user.type(nickname, 'Lan');
    await screen.findByText(/Trên máy này đã có một bạn tên “Lan”/);
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(async () => expect(await db.learners.where('nickname').equals('Lan').count()).toBe(2));
  });

  it('shows the profile a new computer starts with by a name in the reader’s language', async () => {
    await initStorage();
    const stored = await db.learners.toArray();
    expect(stored.map((learner) => learner.nickname)).toEqual(['Học sinh']);
    at('/learners');
    const { i18n } = await renderWithProviders(<App />);
    await screen.findByRole('button', { name: /^Học với hồ sơ Học sinh\b/ });
    await act(() => i18n.changeLanguage('en'));
    await screen.findByRole('button', { name: /^Learn as Learner\b/ });
    expect(screen.queryByText('Học sinh')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Learning now: Learner/ })).toHaveAttribute('href', '/learners');
  });
});
