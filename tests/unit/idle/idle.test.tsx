/**
 * The idle switch-back, on fake timers: the clock is jumped forward instead of waited for. Timers and
 * Date are faked; setImmediate is not, so fake-indexeddb keeps answering. `shouldAdvanceTime` lets the
 * fake clock follow the real one too, so testing-library's findBy… still polls — and so the stored idle
 * time may arrive a few (real, hence fake) seconds after the page: the dialog is looked for with room for
 * that, which is still far from any other idle time a teacher can choose.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { recordAnswer, startAttempt } from '../../../src/db/attempts';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner, currentLearnerId, GUEST, NOBODY, switchLearner } from '../../../src/db/learners';
import { setIdleChoice } from '../../../src/db/settings';
import { initStorage } from '../../../src/db/storage';
import { IdleCountdown } from '../../../src/features/idle/IdleCountdown';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { useUiStore } from '../../../src/stores/uiStore';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const MINUTE = 60_000;
const QUESTION = 'Em còn học không?';

function at(path: string) {
  window.history.replaceState(null, '', path);
}

/**
 * Jumps the fake clock; React updates and database callbacks run in between. Effects still pending from
 * the last render (such as starting the idle timer) run first, so the jump counts for them too.
 */
async function wait(ms: number) {
  await act(async () => {});
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** The question, once it is there (see the top of this file for the room it is given). */
function findQuestion() {
  return screen.findByRole('alertdialog', { name: QUESTION }, { timeout: 20_000 });
}

async function openApp(path: string) {
  await initStorage();
  at(path);
  const rendered = await renderWithProviders(<App />);
  // The page is there, and the stored learner and idle time have arrived (the chip shows who learns).
  await screen.findByRole('heading', { level: 1 });
  await screen.findByRole('link', { name: /Người đang học/ });
  return rendered;
}

// Minutes of fake time pass in each test; on a busy machine the real part (loading the app) can take a while.
describe('the idle switch-back', { timeout: 90_000 }, () => {
  let db: AppDatabase;
  let lanId: string;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
    db = freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
    useUiStore.setState({ idleSwitched: false, teacherMode: false });
    lanId = (await createLearner({ nickname: 'Lan', avatar: 'owl' })).id;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks “Em còn học không?” after 10 minutes without input, then returns to “Ai đang học?” 30 seconds later, keeping the answers already checked', async () => {
    const attempt = await startAttempt(lanId, { id: 'fixture-hotline', locale: 'vi', version: 'v', questionCount: 2 });
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
    await openApp('/lesson/fixture-hotline');

    await wait(10 * MINUTE - 1_000);
    expect(screen.queryByRole('alertdialog', { name: QUESTION })).not.toBeInTheDocument();
    await wait(1_000);
    const dialog = await findQuestion();
    expect(within(dialog).getByRole('button', { name: 'Em vẫn đang học' })).toHaveFocus();
    expect(within(dialog).getByRole('timer')).toHaveTextContent(/^Còn \d+ giây$/);
    expect(dialog).toHaveTextContent('Các câu em đã kiểm tra vẫn được lưu.');

    await wait(20_000);
    expect(await currentLearnerId()).toBe(lanId);
    expect(window.location.pathname).toBe('/lesson/fixture-hotline');
    await wait(10_000);

    await waitFor(() => expect(window.location.pathname).toBe('/learners'), { timeout: 20_000 });
    expect(await currentLearnerId()).toBe(NOBODY);
    // The notice on the page (the live region says the same words).
    expect(await screen.findByText(/Máy đã quay về đây vì một lúc lâu không có ai dùng/, { selector: '.notice' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await db.answers.count()).toBe(1);
    // Nobody is current now, and nothing counts down on "Ai đang học?" until someone is chosen.
    await wait(30 * MINUTE);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('counts any input as someone being there, and keeps the learner who says they are still learning', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await openApp('/');

    await wait(9 * MINUTE);
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    await wait(9 * MINUTE);
    fireEvent.pointerMove(document.body);
    await wait(9 * MINUTE);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await wait(MINUTE);
    await user.click(within(await findQuestion()).getByRole('button', { name: 'Em vẫn đang học' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await wait(MINUTE);
    expect(await currentLearnerId()).toBe(lanId);

    // The timer starts again; Escape means "still learning" too.
    await wait(9 * MINUTE);
    await findQuestion();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await wait(MINUTE);
    expect(await currentLearnerId()).toBe(lanId);
  });

  it('ends a guest’s session the same way', async () => {
    await switchLearner(GUEST);
    await openApp('/');
    await wait(10 * MINUTE);
    expect(await findQuestion()).toHaveTextContent('buổi học thử của em sẽ kết thúc');
    await wait(30_000);
    await waitFor(() => expect(window.location.pathname).toBe('/learners'), { timeout: 20_000 });
    expect(await currentLearnerId()).toBe(NOBODY);
  });

  it('uses the time chosen in Cài đặt, and runs no timer when the teacher chose “never”', async () => {
    await setIdleChoice(1);
    await openApp('/');
    await wait(MINUTE);
    await findQuestion();
    await act(() => setIdleChoice('never'));
    await wait(30_000);
    await waitFor(() => expect(window.location.pathname).toBe('/learners'), { timeout: 20_000 });

    await switchLearner(lanId);
    at('/');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    await wait(3 * 60 * MINUTE);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await currentLearnerId()).toBe(lanId);
  });

  it.each([
    ['the presenter', '/lesson/fixture-hotline/present'],
    ['the speaker view', '/lesson/fixture-hotline/speaker'],
    ['the class quiz', '/lesson/fixture-hotline/class-quiz'],
    // Its files are held only by the page: a switch-back would lose them.
    ['the class report', '/teacher/report'],
  ])('runs no timer on %s', async (_screen, path) => {
    useUiStore.setState({ teacherMode: true });
    await initStorage();
    at(path);
    await renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    await wait(60 * MINUTE);
    expect(screen.queryByRole('alertdialog', { name: QUESTION })).not.toBeInTheDocument();
    expect(await currentLearnerId()).toBe(lanId);
  });

  it('does not let a quiz start for nobody: it asks to choose a profile first', async () => {
    await act(async () => {
      await (await import('../../../src/db/learners')).signOut();
    });
    await openApp('/lesson/fixture-hotline/quiz');
    expect(await screen.findByText(/Chưa có ai chọn hồ sơ/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chọn “Ai đang học?”' })).toHaveAttribute('href', '/learners');
    expect(screen.queryByRole('button', { name: 'Kiểm tra' })).not.toBeInTheDocument();
  });
});

describe('the countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts 30 seconds down and then leaves, unless told to stay', async () => {
    const onLeave = vi.fn();
    const onStay = vi.fn();
    await renderWithProviders(<IdleCountdown guest={false} onStay={onStay} onLeave={onLeave} />);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Còn 30 giây');
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(timer).toHaveTextContent('Còn 20 giây');
    expect(onLeave).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(onLeave).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(onStay).not.toHaveBeenCalled();
  });

  it('makes the page behind it inert while it shows, and gives focus back where it was when it closes', async () => {
    const page = await renderWithProviders(<button type="button">Tự kiểm tra</button>);
    const before = screen.getByRole('button', { name: 'Tự kiểm tra' });
    before.focus();
    const dialog = await renderWithProviders(<IdleCountdown guest={false} onStay={() => {}} onLeave={() => {}} />);
    expect(screen.getByRole('button', { name: 'Em vẫn đang học' })).toHaveFocus();
    expect(page.container).toHaveAttribute('inert');
    expect(screen.getByRole('alertdialog').closest('[inert]')).toBeNull();
    act(() => dialog.unmount());
    expect(page.container).not.toHaveAttribute('inert');
    expect(before).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    await renderWithProviders(<IdleCountdown guest={false} onStay={() => {}} onLeave={() => {}} />);
    const stay = screen.getByRole('button', { name: 'Em vẫn đang học' });
    const leave = screen.getByRole('button', { name: 'Đổi người học ngay' });
    expect(stay).toHaveFocus();
    fireEvent.keyDown(stay, { key: 'Tab', shiftKey: true });
    expect(leave).toHaveFocus();
    fireEvent.keyDown(leave, { key: 'Tab' });
    expect(stay).toHaveFocus();
  });
});
