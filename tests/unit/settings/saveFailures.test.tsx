/**
 * Cài đặt's stored changes that fail are told by what went wrong, and lose nothing: an import keeps its
 * plan (and the choices made in it) to be tried again, a lock stays until it is really removed.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { LearnerSecrets } from '../../../src/features/settings/LearnerSecrets';
import { TransferSection } from '../../../src/features/settings/TransferSection';
import { freshDatabase, renderWithProviders } from '../../test-utils';
import { validFileData } from '../transfer/fixtures';

describe('a stored change in Cài đặt that fails', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
    // The hook logs what failed for a teacher's devtools; the test's output stays quiet.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the import’s plan when the disk is full, and imports it when tried again', async () => {
    const user = userEvent.setup();
    await initStorage();
    const data = validFileData();
    const file = new File([JSON.stringify(data)], 'lan.json', { type: 'application/json' });
    // jsdom's Blob has no arrayBuffer() (every browser the app supports has).
    file.arrayBuffer = () => Promise.resolve(new TextEncoder().encode(JSON.stringify(data)).buffer);
    const bulkAdd = vi.spyOn(db.attempts, 'bulkAdd').mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('quota')));
    const learnersBefore = await db.learners.count();
    await renderWithProviders(<TransferSection />);

    await user.upload(screen.getByLabelText('Chọn tệp (.json)'), file);
    await user.click(await screen.findByRole('button', { name: 'Nhập vào máy này' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ổ đĩa của máy đã đầy nên chưa lưu được.');
    expect(await db.learners.count()).toBe(learnersBefore);
    expect(await db.attempts.count()).toBe(0);
    const apply = screen.getByRole('button', { name: 'Nhập vào máy này' });
    await waitFor(() => expect(apply).toHaveFocus());

    await user.click(apply);
    expect(await screen.findByText(/^Đã nhập xong/)).toBeInTheDocument();
    expect(bulkAdd).toHaveBeenCalledTimes(2);
    expect(await db.attempts.count()).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the storage is closed when a lock cannot be cleared, and the lock stays', async () => {
    const user = userEvent.setup();
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    vi.spyOn(db.learners, 'put').mockRejectedValueOnce(new Dexie.DatabaseClosedError('Database has been closed'));
    await renderWithProviders(<LearnerSecrets />);

    await user.click(await screen.findByRole('button', { name: 'Xoá khoá của Minh' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Trình duyệt đang không cho ứng dụng lưu');
    expect(screen.queryByText('Đã xoá khoá của Minh.')).not.toBeInTheDocument();
    expect((await db.learners.get(minh.id))?.pinHash).toMatch(/^v2\$/);
  });
});
