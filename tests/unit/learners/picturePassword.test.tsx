import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner, currentLearnerId } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { setTeacherPin } from '../../../src/db/teacherLock';
import { FREE_PIN_TRIES } from '../../../src/domain/pin';
import { PASSWORD_PICTURES } from '../../../src/domain/secrets';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';

// The whole app renders here, its screens loaded on demand: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 5_000 });

function at(path: string) {
  window.history.replaceState(null, '', path);
}

async function openApp(path: string) {
  await initStorage();
  at(path);
  return renderWithProviders(<App />);
}

async function press(user: UserEvent, grid: HTMLElement, names: string[]) {
  for (const name of names) await user.click(within(grid).getByRole('button', { name }));
  // The third picture hands the entry over to be checked; the grid is busy until the answer is back.
  await waitFor(() => expect(grid).not.toHaveAttribute('aria-busy'));
}

describe('a picture password', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
  });

  it('is chosen on the profile form from nine big, named pictures: three different ones, in order', async () => {
    const user = userEvent.setup();
    await openApp('/learners/new');
    await user.type(await screen.findByLabelText('Tên gọi'), 'An');
    await user.click(screen.getByRole('radio', { name: /Mật khẩu hình/ }));

    const grid = screen.getByRole('group', { name: 'Chọn lần lượt 3 hình khác nhau' });
    const pictures = within(grid).getAllByRole('button');
    expect(pictures.map((button) => button.textContent)).toEqual([
      'Mặt trời',
      'Cái cây',
      'Con cá',
      'Ngôi nhà',
      'Ngôi sao',
      'Quả bóng',
      'Bông hoa',
      'Con thuyền',
      'Quả táo',
    ]);
    expect(pictures).toHaveLength(PASSWORD_PICTURES.length);
    // Drawn inline: no image file, no emoji.
    for (const button of pictures) expect(button.querySelector('svg')).not.toBeNull();

    await press(user, grid, ['Con cá', 'Mặt trời']);
    expect(screen.getByText('Đã chọn 2 trên 3 hình.')).toBeInTheDocument();
    // A chosen picture says so and cannot be chosen twice.
    // Its name is what is seen (the picture's name and its place) and, for the ear, that it is taken.
    const fish = within(grid).getByRole('button', { name: 'Con cá 1 (đã chọn)' });
    expect(fish).toHaveAttribute('aria-disabled', 'true');
    await user.click(fish);
    expect(screen.getByText('Đã chọn 2 trên 3 hình.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Các hình em đã chọn' })).toHaveTextContent('Hình thứ 1: Con cáHình thứ 2: Mặt trờiHình thứ 3: chưa chọn');

    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(await screen.findByText('Em hãy chọn đủ 3 hình.')).toBeInTheDocument();
    expect(await db.learners.where('nickname').equals('An').count()).toBe(0);

    await press(user, grid, ['Con thuyền']);
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(async () => expect(await db.learners.where('nickname').equals('An').count()).toBe(1));
    const an = await db.learners.where('nickname').equals('An').first();
    expect(an?.pictureHash).toMatch(/^v2\$/);
    expect(an?.pinHash).toBeUndefined();
    expect(await currentLearnerId()).toBe(an?.id);
  });

  it('opens a profile only with the right pictures in the right order', async () => {
    const user = userEvent.setup();
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pictures: ['fish', 'sun', 'boat'] });
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await openApp('/learners');

    const card = await screen.findByRole('button', { name: /^Học với hồ sơ An\b/ });
    expect(card).toHaveTextContent('Có mật khẩu hình');
    await user.click(card);
    const grid = screen.getByRole('group', { name: 'Bấm lần lượt 3 hình mật khẩu của An' });
    // Entering shows how many were pressed, never which.
    await press(user, grid, ['Mặt trời', 'Con cá']);
    expect(screen.getByText('Đã bấm 2 trên 3 hình.')).toBeInTheDocument();
    expect(grid).not.toHaveTextContent(/đã chọn/);
    await press(user, grid, ['Con thuyền']);
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa đúng rồi. Em bấm lại 3 hình theo đúng thứ tự nhé.');
    expect(await currentLearnerId()).not.toBe(an.id);

    await press(user, screen.getByRole('group', { name: /mật khẩu của An/ }), ['Con cá', 'Mặt trời', 'Con thuyền']);
    await waitFor(async () => expect(await currentLearnerId()).toBe(an.id));
    expect(window.location.pathname).toBe('/');
  });

  it('makes someone wait a short while after five wrong tries, and a teacher can open it with the teacher PIN', async () => {
    const user = userEvent.setup();
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pictures: ['fish', 'sun', 'boat'] });
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await setTeacherPin('20112026');
    await openApp('/learners');

    await user.click(await screen.findByRole('button', { name: /^Học với hồ sơ An\b/ }));
    for (let i = 0; i < FREE_PIN_TRIES; i++) await press(user, screen.getByRole('group', { name: /mật khẩu của An/ }), ['Quả táo', 'Ngôi sao', 'Bông hoa']);
    expect(await screen.findByRole('alert')).toHaveTextContent('Em đã nhập sai nhiều lần. Hãy đợi 30 giây rồi thử lại.');
    // During the wait even the right pictures are not checked.
    await press(user, screen.getByRole('group', { name: /mật khẩu của An/ }), ['Con cá', 'Mặt trời', 'Con thuyền']);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Hãy đợi \d+ giây/);
    expect(await currentLearnerId()).not.toBe(an.id);

    await user.click(screen.getByRole('button', { name: 'Thầy cô mở giúp' }));
    await user.type(screen.getByLabelText('Mã PIN của thầy cô (mở hồ sơ của An)'), '20112026{Enter}');
    await waitFor(async () => expect(await currentLearnerId()).toBe(an.id));
  });
});

describe('deleting a learner who has results, where a teacher PIN is set', () => {
  beforeEach(() => {
    freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
  });

  it('asks for the teacher PIN in the confirmation, even for a profile without a lock', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    const attempt = await startAttempt(lan.id, { id: 'fixture-hotline', locale: 'vi', version: 'v', questionCount: 1 });
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
    await finishAttempt(attempt.id);
    await setTeacherPin('20112026');
    await openApp(`/learners/${lan.id}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Xoá hồ sơ này' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).queryByRole('button', { name: 'Xoá vĩnh viễn' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Hồ sơ của Lan đã có kết quả học. Nhập mã PIN của thầy cô để xoá.'), '11111111{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Mã PIN của thầy cô chưa đúng.');
    expect(await db.learners.get(lan.id)).toBeDefined();

    await user.type(within(dialog).getByLabelText(/Nhập mã PIN của thầy cô để xoá/), '20112026{Enter}');
    await user.click(await within(dialog).findByRole('button', { name: 'Xoá vĩnh viễn' }));
    await waitFor(async () => expect(await db.learners.get(lan.id)).toBeUndefined());
    expect(await db.attempts.count()).toBe(0);
  });
});
