/**
 * A locked learner's card on "Ai đang học?" says, with the date, what happened to the profile since the
 * learner last opened it with their own secret (src/db/audit.ts) — calmly, as the card's description,
 * its name unchanged — and the learner's own PIN makes it go away.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { createLearner, currentLearnerId, switchLearner } from '../../../src/db/learners';
import { initStorage } from '../../../src/db/storage';
import { setTeacherPin } from '../../../src/db/teacherLock';
import { longDate } from '../../../src/i18n/dates';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { useUiStore } from '../../../src/stores/uiStore';
import { freshDatabase, renderWithProviders } from '../../test-utils';

configure({ asyncUtilTimeout: 5_000 });

const TEACHER = { kind: 'teacher-pin', pin: '20112026' } as const;

describe('a locked learner’s card', () => {
  beforeEach(() => {
    freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
    useUiStore.setState({ teacherMode: false, idleSwitched: false });
  });

  it('says the profile was opened with the teacher PIN, and when, until the learner opens it with their own PIN', async () => {
    const user = userEvent.setup();
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', classLabel: '4A', pin: '2468' });
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pin: '1357' });
    await setTeacherPin(TEACHER.pin);
    await switchLearner(minh.id, TEACHER);
    await switchLearner(an.id, TEACHER);
    await switchLearner(lan.id);
    await initStorage();
    window.history.replaceState(null, '', '/learners');
    await renderWithProviders(<App />);

    const today = longDate(Date.now(), 'vi');
    const card = await screen.findByRole('button', { name: 'Học với hồ sơ Minh 4A Có mã PIN' });
    await waitFor(() => expect(card).toHaveAccessibleDescription(new RegExp(`Hồ sơ của em đã được mở bằng mã PIN của thầy cô ${today}\\.`)));
    expect(card).toHaveAccessibleDescription(new RegExp(`Máy có mã PIN của thầy cô từ ${today}`));
    expect(card).toHaveAccessibleDescription(/Nếu không phải thầy cô làm, hãy báo thầy cô\./);
    // The name is what the card shows, as before: the notice is its description, not part of its name.
    expect(card).toHaveAccessibleName('Học với hồ sơ Minh 4A Có mã PIN');
    expect(screen.getByRole('button', { name: /^Học với hồ sơ Lan\b/ })).not.toHaveAttribute('aria-describedby');
    expect(screen.getAllByText(/Nếu không phải thầy cô làm/)).toHaveLength(2);

    await user.click(card);
    await user.type(screen.getByLabelText('Nhập mã PIN của Minh'), '2468{Enter}');
    await waitFor(async () => expect(await currentLearnerId()).toBe(minh.id));
    await user.click(await screen.findByRole('link', { name: /Người đang học: Minh/ }));
    const again = await screen.findByRole('button', { name: 'Học với hồ sơ Minh 4A Có mã PIN' });
    // Once An's card (not opened with An's own PIN) shows its notice, the notices are loaded: Minh's is gone.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Học với hồ sơ An\b/ })).toHaveAccessibleDescription(/mở bằng mã PIN của thầy cô/));
    expect(again).not.toHaveAttribute('aria-describedby');
    expect(screen.getAllByText(/Nếu không phải thầy cô làm/)).toHaveLength(1);
    expect(within(again.closest('li')!).queryByText(/mã PIN của thầy cô/)).not.toBeInTheDocument();
  });
});
