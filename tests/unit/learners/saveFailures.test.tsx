/**
 * A failed save on the profile form is told in words that say what went wrong, and loses nothing: the
 * form keeps what was typed and the stored profile stays as it was (one press, one transaction).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { LearnerFormPage } from '../../../src/features/learners/LearnerFormPage';
import { announced } from '../../../src/ui/announce';
import { freshDatabase, renderWithProviders } from '../../test-utils';

describe('saving a profile that fails', () => {
  let db: AppDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    window.history.replaceState(null, '', '/learners/new');
    // The hook logs what failed for a teacher's devtools; the test's output stays quiet.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says the disk is full and keeps what was typed, then saves it when tried again', async () => {
    const user = userEvent.setup();
    await initStorage();
    const before = await db.learners.count();
    const add = vi.spyOn(db.learners, 'add').mockRejectedValueOnce(new Dexie.QuotaExceededError('The quota has been exceeded.'));
    await renderWithProviders(<LearnerFormPage />);

    await user.type(await screen.findByLabelText('Tên gọi'), 'Bảo Ngọc');
    await user.type(screen.getByLabelText('Lớp (không bắt buộc)'), '5B');
    await user.click(screen.getByRole('radio', { name: 'Thỏ' }));
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ổ đĩa của máy đã đầy nên chưa lưu được.');
    expect(screen.getByLabelText('Tên gọi')).toHaveValue('Bảo Ngọc');
    expect(screen.getByLabelText('Lớp (không bắt buộc)')).toHaveValue('5B');
    expect(screen.getByRole('radio', { name: 'Thỏ' })).toBeChecked();
    expect(await db.learners.count()).toBe(before);
    expect(console.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ name: 'QuotaExceededError' }));

    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(add).toHaveBeenCalledTimes(2);
    expect(await db.learners.where('nickname').equals('Bảo Ngọc').first()).toMatchObject({ avatar: 'rabbit', classLabel: '5B' });
  });

  it('saves a new nickname and a new PIN together or not at all', async () => {
    const user = userEvent.setup();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await initStorage();
    // The lock is written after the nickname, in the same transaction; the storage closes in between.
    vi.spyOn(db.learners, 'put').mockRejectedValueOnce(new Dexie.DatabaseClosedError('Database has been closed'));
    window.history.replaceState(null, '', `/learners/${lan.id}/edit`);
    await renderWithProviders(<LearnerFormPage learnerId={lan.id} />);

    const nickname = await screen.findByLabelText('Tên gọi');
    await user.clear(nickname);
    await user.type(nickname, 'Lan Anh');
    await user.click(screen.getByRole('radio', { name: 'Mã PIN 4 số' }));
    await user.type(screen.getByLabelText('Mã PIN (4 chữ số)'), '1357');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Trình duyệt đang không cho ứng dụng lưu');
    const stored = await db.learners.get(lan.id);
    expect(stored).toMatchObject({ nickname: 'Lan', updatedAt: lan.updatedAt });
    expect(stored?.pinHash).toBeUndefined();
    expect(screen.getByLabelText('Tên gọi')).toHaveValue('Lan Anh');
    expect(screen.getByLabelText('Mã PIN (4 chữ số)')).toHaveValue('1357');
    // Focus stays on the button that was pressed: trying again is one more press.
    expect(screen.getByRole('button', { name: 'Lưu' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(window.location.pathname).toBe('/learners'));
    expect(await db.learners.get(lan.id)).toMatchObject({ nickname: 'Lan Anh', pinHash: expect.stringMatching(/^v2\$/) });
  });

  it('holds the button while saving, says so, and saves a double press once', async () => {
    const user = userEvent.setup();
    await initStorage();
    const before = await db.learners.count();
    // The save's transaction waits until the test lets it go.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let held = false;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (args[0] !== 'rw' || held) return transaction(...args);
      held = true;
      return gate.then(() => transaction(...args));
    }) as never);
    await renderWithProviders(<LearnerFormPage />);

    await user.type(await screen.findByLabelText('Tên gọi'), 'Minh');
    const create = screen.getByRole('button', { name: 'Tạo hồ sơ' });
    await user.click(create);
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveFocus();
    await waitFor(() => expect(announced()).toBe('Đang lưu…'));
    await user.click(create);

    release();
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(await db.learners.count()).toBe(before + 1);
    expect(create).not.toHaveAttribute('aria-disabled');
  });
});
