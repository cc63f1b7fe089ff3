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
import { longDate } from '../../../src/i18n/dates';
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
    expect(await teacherLockState()).toEqual({ set: false, recoveryCode: false });

    await user.clear(repeat);
    await user.type(repeat, TEACHER_PIN);
    await user.click(screen.getByRole('button', { name: 'Đặt mã PIN' }));
    expect(await screen.findByText('Đã lưu mã PIN của thầy cô.')).toBeInTheDocument();
    expect(await screen.findByText('Đã đặt mã PIN của thầy cô.')).toBeInTheDocument();
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });

    // The recovery code, shown once in a modal dialog that has focus; only its hash is stored.
    const dialog = await screen.findByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/chỉ hiện một lần/);
    await waitFor(() => expect(dialog).toHaveFocus());
    const code = within(dialog).getByTestId('recovery-code').textContent ?? '';
    expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    // Read letter by letter to a screen reader.
    expect(dialog).toHaveTextContent(code.split('-').map((group) => [...group].join(' ')).join(', '));
    expect(JSON.stringify(await db.meta.toArray())).not.toContain(code.replace(/-/g, ''));
    // Tab stays inside; Escape does not lose the code.
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'In mã' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'In mã' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(dialog).toBeInTheDocument();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await user.click(within(dialog).getByRole('button', { name: 'In mã' }));
    expect(print).toHaveBeenCalledOnce();
    expect(document.documentElement).toHaveClass('printing-recovery-code');
    await user.click(within(dialog).getByRole('button', { name: 'Tôi đã ghi lại mã' }));
    expect(dialog).not.toBeInTheDocument();
    expect(document.documentElement).not.toHaveClass('printing-recovery-code');
    expect(screen.getByRole('heading', { name: 'Mã PIN của thầy cô' })).toHaveFocus();
    expect(screen.queryByTestId('recovery-code')).not.toBeInTheDocument();
    // Setting the first teacher PIN is a note in Cài đặt until it is acknowledged with the PIN.
    const today = longDate(Date.now(), 'vi');
    const trail = screen.getByRole('group', { name: 'Ghi chú về mã PIN của thầy cô' });
    expect(trail).toHaveTextContent(`Mã PIN của thầy cô được đặt ${today}.`);
    await user.click(within(trail).getByRole('button', { name: 'Đã xem các ghi chú này…' }));
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để xác nhận đã xem các ghi chú', TEACHER_PIN, trail);
    expect(await screen.findByText('Đã ẩn các ghi chú thầy cô đã xem.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Ghi chú về mã PIN của thầy cô' })).not.toBeInTheDocument();
  });

  it('offers a recovery code on a computer whose teacher PIN predates them, when the teacher PIN is next typed', async () => {
    const user = userEvent.setup();
    await setTeacherPin(TEACHER_PIN);
    await db.meta.delete('recoveryCodeHash');
    await openApp('/teacher');

    const mode = await screen.findByRole('switch', { name: 'Chế độ giáo viên' });
    await waitFor(() => expect(mode).toBeEnabled());
    await user.click(mode);
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để bật chế độ giáo viên', TEACHER_PIN);
    const offer = await screen.findByRole('group', { name: 'Máy này chưa có mã khôi phục' });
    expect(useUiStore.getState().teacherMode).toBe(false);
    await user.click(within(offer).getByRole('button', { name: 'Tạo mã khôi phục' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' });
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
    await user.click(within(dialog).getByRole('button', { name: 'Tôi đã ghi lại mã' }));
    // Then the action goes on.
    await waitFor(() => expect(useUiStore.getState().teacherMode).toBe(true));
  });

  it('offers a recovery code in Cài đặt on a computer whose teacher PIN predates them, and says what a forgotten PIN means without one', async () => {
    const user = userEvent.setup();
    await setTeacherPin(TEACHER_PIN);
    await db.meta.delete('recoveryCodeHash');
    await openApp('/settings');

    expect(await screen.findByText(/Máy này chưa có mã khôi phục, vì mã PIN của thầy cô được đặt trước/)).toHaveTextContent('xoá vĩnh viễn mọi hồ sơ và kết quả học');
    expect(screen.queryByRole('button', { name: 'Đặt lại các khoá…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tạo mã khôi phục' }));
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để tạo mã khôi phục', TEACHER_PIN);
    const dialog = await screen.findByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' });
    await user.click(within(dialog).getByRole('button', { name: 'Tôi đã ghi lại mã' }));
    expect(await screen.findByRole('button', { name: 'Đặt lại các khoá…' })).toBeInTheDocument();
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
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
    // The repository refuses the restore, and the screen asks for what it named (src/db/transfer.ts).
    await user.click(within(plan).getByRole('button', { name: 'Nhập vào máy này' }));
    expect(await within(plan).findByText('Khôi phục bản sao lưu cần mã PIN của thầy cô.')).toBeInTheDocument();
    expect(within(plan).queryByRole('button', { name: 'Nhập vào máy này' })).not.toBeInTheDocument();
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để khôi phục bản sao lưu', TEACHER_PIN, plan);
    expect(await screen.findByText(/Đã nhập xong/)).toBeInTheDocument();
  });

  it('when forgotten, is removed by resetting the locks with the recovery code: profiles and results stay, and Cài đặt says what happened until the new PIN’s holder has seen it', async () => {
    const user = userEvent.setup();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', pin: '1357' });
    const attempt = await startAttempt(lan.id, { id: 'fixture-hotline', locale: 'vi', version: 'v', questionCount: 1 });
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
    await finishAttempt(attempt.id);
    const { recoveryCode } = await setTeacherPin(TEACHER_PIN);
    await openApp('/settings');

    expect(await screen.findByRole('heading', { name: 'Quên mã PIN của thầy cô?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đặt lại các khoá…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Bỏ mã PIN của thầy cô và khoá của 1 học sinh?' });
    const codeBox = within(dialog).getByLabelText('Mã khôi phục (16 chữ và số)');
    expect(codeBox).toHaveFocus();
    const confirm = within(dialog).getByRole('button', { name: 'Đặt lại các khoá' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox'));
    // Without a code, with a code of the wrong form, with a wrong code: nothing is reset.
    await user.click(confirm);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Mã khôi phục gồm 16 chữ và số');
    const wrong = recoveryCode!.startsWith('A') ? `B${recoveryCode!.slice(1)}` : `A${recoveryCode!.slice(1)}`;
    await user.type(codeBox, wrong);
    await user.click(confirm);
    expect(await within(dialog).findByText('Mã khôi phục chưa đúng.')).toHaveAttribute('role', 'alert');
    expect(await teacherLockState()).toMatchObject({ set: true });
    expect((await db.learners.get(lan.id))?.pinHash).toBeDefined();

    await user.type(codeBox, recoveryCode!.toLowerCase());
    await user.click(confirm);
    expect(await screen.findByText('Đã đặt lại các khoá. Hãy đặt ngay mã PIN mới cho thầy cô.')).toBeInTheDocument();
    expect(await teacherLockState()).toEqual({ set: false, recoveryCode: false });
    expect((await db.learners.get(lan.id))?.pinHash).toBeUndefined();
    expect(await db.attempts.count()).toBe(1);
    expect(await db.answers.count()).toBe(1);
    const today = longDate(Date.now(), 'vi');
    const trail = screen.getByRole('group', { name: 'Ghi chú về mã PIN của thầy cô' });
    expect(trail).toHaveTextContent(`Các khoá đã được đặt lại ${today}`);
    // The lock's state comes from the database as it changes: the note follows once it has.
    await waitFor(() => expect(trail).toHaveTextContent('Máy chưa có mã PIN của thầy cô, nên các ghi chú này vẫn hiện.'));

    // The new teacher PIN can be set straight away; it comes with a new code, and the note stays.
    const newPin = screen.getByLabelText('Mã PIN mới (6 đến 12 chữ số)');
    expect(newPin).toHaveFocus();
    await user.type(newPin, '24681357');
    await user.type(screen.getByLabelText('Nhập lại mã PIN mới'), '24681357{Enter}');
    const codeDialog = await screen.findByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' });
    expect(within(codeDialog).getByTestId('recovery-code').textContent).not.toBe(recoveryCode);
    await user.click(within(codeDialog).getByRole('button', { name: 'Tôi đã ghi lại mã' }));
    expect(trail).toHaveTextContent(`Các khoá đã được đặt lại ${today}`);
    expect(trail).toHaveTextContent(`Mã PIN của thầy cô được đặt ${today}.`);
    await user.click(within(trail).getByRole('button', { name: 'Đã xem các ghi chú này…' }));
    await enterTeacherPin(user, /xác nhận đã xem/, '24681357', trail);
    await waitFor(() => expect(trail).not.toBeInTheDocument());
  });

  it('offers the whole-computer backup before deleting everything, made with the teacher PIN typed for it', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:backup');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    await createLearner({ nickname: 'Lan', avatar: 'owl', pin: '1357' });
    await setTeacherPin(TEACHER_PIN);
    await openApp('/settings');

    await user.click(await screen.findByRole('button', { name: 'Xoá toàn bộ dữ liệu…' }));
    const dialog = await screen.findByRole('alertdialog', { name: /Xoá vĩnh viễn/ });
    expect(within(dialog).queryByRole('button', { name: 'Tải bản sao lưu trước' })).not.toBeInTheDocument();
    await enterTeacherPin(user, 'Nhập mã PIN của thầy cô để xoá toàn bộ dữ liệu', TEACHER_PIN, dialog);
    await user.click(await within(dialog).findByRole('button', { name: 'Tải bản sao lưu trước' }));
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^Đã tải bản sao lưu: .+\.json\.$/));
    expect(createObjectURL).toHaveBeenCalledOnce();
    polyfillBlobArrayBuffer();
    const saved = JSON.parse(new TextDecoder().decode(await createObjectURL.mock.calls[0]![0].arrayBuffer())) as { kind: string; learners: { nickname: string }[] };
    expect(saved.kind).toBe('backup');
    expect(saved.learners.map((learner) => learner.nickname)).toEqual(['Lan']);
    expect(await Dexie.exists(db.name)).toBe(true);
  });
});
