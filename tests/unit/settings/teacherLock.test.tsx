import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner } from '../../../src/db/learners';
import { idleChoice } from '../../../src/db/settings';
import { initStorage } from '../../../src/db/storage';
import { setTeacherPin, teacherLockState } from '../../../src/db/teacherLock';
import { buildExport, serialiseExport } from '../../../src/db/transfer';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { useUiStore } from '../../../src/stores/uiStore';
import { freshDatabase, renderWithProviders } from '../../test-utils';

// The whole app renders here, its screens loaded on demand: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 5_000 });

const TEACHER_PIN = '20112026';

/** jsdom's Blob has no arrayBuffer() (every browser the app supports has); read it the older way. */
function polyfillBlobArrayBuffer() {
  if (typeof Blob.prototype.arrayBuffer === 'function') return;
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

async function openApp(path: string) {
  await initStorage();
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />);
}

/** Types into the teacher PIN box labelled `label` and presses Enter. */
async function enterTeacherPin(user: UserEvent, label: string | RegExp, pin: string, container: HTMLElement = document.body) {
  await user.type(await within(container).findByLabelText(label), `${pin}{Enter}`);
}

describe('the teacher lock', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
    useUiStore.setState({ teacherMode: false });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is set in Cài đặt with 6 or more digits, typed twice', async () => {
    const user = userEvent.setup();
    await openApp('/settings');
    expect(await screen.findByText('Chưa đặt mã PIN của thầy cô: ai dùng máy cũng làm được các việc trên.')).toBeInTheDocument();

    const pin = screen.getByLabelText('Mã PIN mới (6 đến 12 chữ số)');
    const repeat = screen.getByLabelText('Nhập lại mã PIN mới');
    await user.type(pin, '12345');
    await user.type(repeat, '12345');
    await user.click(screen.getByRole('button', { name: 'Đặt mã PIN' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN của thầy cô gồm 6 đến 12 chữ số.');
    await user.clear(pin);
    await user.clear(repeat);
    await user.type(pin, TEACHER_PIN);
    await user.type(repeat, '20112027');
    await user.click(screen.getByRole('button', { name: 'Đặt mã PIN' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hai lần nhập chưa giống nhau.');
    expect(await teacherLockState()).toEqual({ set: false });

    await user.clear(repeat);
    await user.type(repeat, TEACHER_PIN);
    await user.click(screen.getByRole('button', { name: 'Đặt mã PIN' }));
    expect(await screen.findByText('Đã lưu mã PIN của thầy cô.')).toBeInTheDocument();
    expect(await screen.findByText('Đã đặt mã PIN của thầy cô.')).toBeInTheDocument();
    expect(await teacherLockState()).toEqual({ set: true });
  });

  it('is asked before the computer is reset, and a wrong one resets nothing', async () => {
    const user = userEvent.setup();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await setTeacherPin(TEACHER_PIN);
    await openApp('/settings');

    await user.click(await screen.findByRole('button', { name: 'Xoá toàn bộ dữ liệu…' }));
    const dialog = await screen.findByRole('alertdialog', { name: /Xoá vĩnh viễn/ });
    expect(within(dialog).queryByRole('button', { name: 'Xoá toàn bộ' })).not.toBeInTheDocument();
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để xoá toàn bộ dữ liệu', '11111111', dialog);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Mã PIN của thầy cô chưa đúng.');
    expect(await Dexie.exists(db.name)).toBe(true);

    await enterTeacherPin(user, /để xoá toàn bộ dữ liệu/, TEACHER_PIN, dialog);
    const confirm = await within(dialog).findByRole('button', { name: 'Xoá toàn bộ' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Tôi hiểu rằng không thể lấy lại dữ liệu đã xoá.' }));
    await user.click(confirm);
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('is asked before a learner’s lock is cleared and before the idle time changes', async () => {
    const user = userEvent.setup();
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    await createLearner({ nickname: 'An', avatar: 'frog', pictures: ['fish', 'sun', 'boat'] });
    await setTeacherPin(TEACHER_PIN);
    await openApp('/settings');

    const locks = await screen.findByRole('group', { name: 'Khoá của học sinh' });
    await user.click(await within(locks).findByRole('button', { name: 'Xoá khoá của Minh' }));
    expect(locks).toHaveTextContent('(mật khẩu hình)');
    expect((await db.learners.get(minh.id))?.pinHash).toBeDefined();
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để xoá khoá của Minh', TEACHER_PIN, locks);
    expect(await within(locks).findByText('Đã xoá khoá của Minh.')).toBeInTheDocument();
    expect((await db.learners.get(minh.id))?.pinHash).toBeUndefined();

    const idle = screen.getByRole('group', { name: 'Tự quay về “Ai đang học?”' });
    await user.selectOptions(within(idle).getByLabelText('Khi không ai dùng máy trong'), '5 phút');
    await user.click(within(idle).getByRole('button', { name: 'Lưu thời gian' }));
    expect(await idleChoice()).toBe(10);
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để đổi thời gian tự quay về', TEACHER_PIN, idle);
    expect(await within(idle).findByText('Đã lưu.')).toBeInTheDocument();
    expect(await idleChoice()).toBe(5);
  });

  it('is asked before teacher mode is turned on, not before it is turned off', async () => {
    const user = userEvent.setup();
    await setTeacherPin(TEACHER_PIN);
    await openApp('/teacher');

    const mode = await screen.findByRole('switch', { name: 'Chế độ giáo viên' });
    // Until the lock is known the switch cannot be turned on at all.
    await waitFor(() => expect(mode).toBeEnabled());
    await user.click(mode);
    expect(useUiStore.getState().teacherMode).toBe(false);
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để bật chế độ giáo viên', '99999999');
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN của thầy cô chưa đúng.');
    expect(useUiStore.getState().teacherMode).toBe(false);
    await enterTeacherPin(user, /để bật chế độ giáo viên/, TEACHER_PIN);
    await waitFor(() => expect(useUiStore.getState().teacherMode).toBe(true));
    expect(mode).toBeChecked();

    await user.click(mode);
    expect(useUiStore.getState().teacherMode).toBe(false);
    expect(screen.queryByLabelText(/để bật chế độ giáo viên/)).not.toBeInTheDocument();
  });

  it('is asked before a backup is restored, not before a class file is imported', async () => {
    polyfillBlobArrayBuffer();
    const user = userEvent.setup();
    await createLearner({ nickname: 'Lan', avatar: 'owl' });
    const backup = new File([serialiseExport(await buildExport({ kind: 'backup' }))], 'mang-an-toan-sao-luu.json', { type: 'application/json' });
    const classFile = new File([serialiseExport(await buildExport({ kind: 'learners' }))], 'mang-an-toan-ca-lop.json', { type: 'application/json' });
    await setTeacherPin(TEACHER_PIN);
    await openApp('/settings');

    const input = await screen.findByLabelText('Chọn tệp (.json)');
    await user.upload(input, classFile);
    // Reading a file first loads the file schema (zod): give it time on a busy machine.
    await user.click(await screen.findByRole('button', { name: 'Nhập vào máy này' }, { timeout: 10_000 }));
    expect(await screen.findByText(/Đã nhập xong/)).toBeInTheDocument();

    await user.upload(input, backup);
    const plan = await screen.findByRole('group', { name: /Tệp có 1 hồ sơ/ }, { timeout: 10_000 });
    expect(within(plan).queryByRole('button', { name: 'Nhập vào máy này' })).not.toBeInTheDocument();
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để khôi phục bản sao lưu', TEACHER_PIN, plan);
    await user.click(await within(plan).findByRole('button', { name: 'Nhập vào máy này' }));
    expect(await screen.findByText(/Đã nhập xong/)).toBeInTheDocument();
  });

  it('when forgotten, is removed by resetting the locks: profiles and results stay, and Cài đặt says what happened', async () => {
    const user = userEvent.setup();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', pin: '1357' });
    const attempt = await startAttempt(lan.id, { id: 'fixture-hotline', locale: 'vi', version: 'v', questionCount: 1 });
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
    await finishAttempt(attempt.id);
    await setTeacherPin(TEACHER_PIN);
    await openApp('/settings');

    expect(await screen.findByRole('heading', { name: 'Quên mã PIN của thầy cô?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đặt lại các khoá…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Bỏ mã PIN của thầy cô và khoá của 1 học sinh?' });
    const confirm = within(dialog).getByRole('button', { name: 'Đặt lại các khoá' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(confirm);

    expect(await screen.findByText(/Các khoá trên máy này đã được đặt lại lúc .* vì quên mã PIN của thầy cô/)).toBeInTheDocument();
    expect(await teacherLockState()).toMatchObject({ set: false });
    expect((await db.learners.get(lan.id))?.pinHash).toBeUndefined();
    expect(await db.attempts.count()).toBe(1);
    expect(await db.answers.count()).toBe(1);
  });
});
