import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';
import { validFileData } from '../transfer/fixtures';

// The whole app renders here, its screens loaded on demand: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 5_000 });

describe('the settings of this computer', () => {
  let db: AppDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    useStorageStatus.setState({ problem: null, ready: false });
    window.history.replaceState(null, '', '/settings');
  });

  // Without a teacher PIN anyone can clear a lock (and Cài đặt says so); with one, see teacherLock.test.tsx.
  it('lets a teacher clear a forgotten PIN', async () => {
    const user = userEvent.setup();
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    await initStorage();
    await renderWithProviders(<App />);
    await user.click(await screen.findByRole('button', { name: 'Xoá khoá của Minh' }));
    // On the page, and in the shell's live region for screen readers.
    expect(await within(screen.getByRole('main')).findByText('Đã xoá khoá của Minh.')).toBeInTheDocument();
    expect((await db.learners.get(minh.id))?.pinHash).toBeUndefined();
  });

  it('resets the computer only after a confirmation that counts what will be deleted', async () => {
    const user = userEvent.setup();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await createLearner({ nickname: 'Minh', avatar: 'bear' });
    await initStorage();
    await renderWithProviders(<App />);

    await user.click(await screen.findByRole('button', { name: 'Xoá toàn bộ dữ liệu…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Xoá vĩnh viễn 2 hồ sơ và 0 lần làm bài?');
    const confirm = within(dialog).getByRole('button', { name: 'Xoá toàn bộ' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Tôi hiểu rằng không thể lấy lại dữ liệu đã xoá.' }));
    await user.click(confirm);

    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    expect(await Dexie.exists(db.name)).toBe(false);
    vi.unstubAllGlobals();
  });

  it('tells the two profiles a file could merge into apart, when they read the same (“Minh” and “minh” of 7A)', async () => {
    const user = userEvent.setup();
    await createLearner({ nickname: 'Minh', avatar: 'owl', classLabel: '7A' });
    await createLearner({ nickname: 'minh', avatar: 'bear', classLabel: '7A' });
    await initStorage();
    await renderWithProviders(<App />);
    const data = validFileData();
    data.learners = [{ ...data.learners[0]!, id: 'learner-from-file', nickname: 'MINH', classLabel: '7A' }];
    const file = new File([JSON.stringify(data)], 'minh.json', { type: 'application/json' });
    // jsdom's Blob has no arrayBuffer() (every browser the app supports has).
    file.arrayBuffer = () => Promise.resolve(new TextEncoder().encode(JSON.stringify(data)).buffer);
    await user.upload(await screen.findByLabelText('Chọn tệp (.json)'), file);

    const question = await screen.findByRole('group', { name: 'Trên máy đã có bạn tên “MINH”. Đây có phải cùng một bạn không?' });
    expect(within(question).getByRole('radio', { name: /gộp kết quả vào hồ sơ có sẵn \(Minh · 7A, Cú, tạo lúc / })).toBeInTheDocument();
    expect(within(question).getByRole('radio', { name: /gộp kết quả vào hồ sơ có sẵn \(minh · 7A, Gấu, tạo lúc / })).toBeInTheDocument();
  });
});
