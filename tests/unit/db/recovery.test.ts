/**
 * The forgotten-teacher-PIN path and the trail left by the teacher PIN (issue 17, section 3): the locks
 * are reset only with the recovery code made when the teacher PIN was set, the code is stored only as a
 * hash, and what is done with or to the teacher PIN is shown until it is acknowledged — in Cài đặt by
 * the holder of a teacher PIN, on a locked learner's card by the learner opening it with their own secret.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnerNotices, listEvents, unacknowledgedEvents } from '../../../src/db/audit';
import type { AppDatabase } from '../../../src/db/db';
import { clearLearnerSecret, createLearner, PinRequiredError, setLearnerSecret, switchLearner, unlockLearner, updateLearner } from '../../../src/db/learners';
import {
  acknowledgeEvents,
  checkRecoveryCode,
  createRecoveryCode,
  RecoveryCodeRequiredError,
  removeTeacherPin,
  resetLocks,
  setTeacherPin,
  TeacherPinRequiredError,
  teacherLockState,
} from '../../../src/db/teacherLock';
import { FIRST_PIN_WAIT, FREE_PIN_TRIES } from '../../../src/domain/pin';
import { formatRecoveryCode, isValidRecoveryCode, newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_LENGTH } from '../../../src/domain/secrets';
import { freshDatabase } from '../../test-utils';

const TEACHER = { kind: 'teacher-pin', pin: '20112026' } as const;
const DAY = 24 * 60 * 60_000;
const T0 = Date.UTC(2026, 11, 7, 8);

/** A different code of the right form, one character changed. */
function otherCode(code: string): string {
  const plain = normaliseRecoveryCode(code);
  const swapped = plain[0] === 'A' ? 'B' : 'A';
  return formatRecoveryCode(swapped + plain.slice(1));
}

describe('the recovery code', () => {
  it('is 16 characters of an alphabet without look-alikes, drawn uniformly, grouped in fours', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseRecoveryCode(code)).toHaveLength(RECOVERY_CODE_LENGTH);
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[01ILOUV]/);
    expect(isValidRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(isValidRecoveryCode(code.slice(1))).toBe(false);
    expect(isValidRecoveryCode(`0${normaliseRecoveryCode(code).slice(1)}`)).toBe(false);
    // Bytes past the largest multiple of the alphabet's size are skipped, not folded onto its first letters.
    let calls = 0;
    const skewed = newRecoveryCode((count) => {
      calls += 1;
      return new Uint8Array(count).fill(calls === 1 ? 255 : 3);
    });
    expect(calls).toBe(2);
    expect(normaliseRecoveryCode(skewed)).toBe(RECOVERY_CODE_ALPHABET[3]!.repeat(RECOVERY_CODE_LENGTH));
    expect(new Set(Array.from({ length: 20 }, () => newRecoveryCode())).size).toBe(20);
  });
});

describe('resetting the locks', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('comes with the first teacher PIN as a recovery code, of which only a salted hash is stored', async () => {
    const { recoveryCode } = await setTeacherPin(TEACHER.pin);
    expect(recoveryCode && isValidRecoveryCode(recoveryCode)).toBe(true);
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
    const stored = JSON.stringify(await db.meta.toArray());
    expect(stored).not.toContain(recoveryCode);
    expect(stored).not.toContain(normaliseRecoveryCode(recoveryCode!));
    expect((await db.meta.get('recoveryCodeHash'))?.value).toMatch(/^v2\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(await checkRecoveryCode(recoveryCode!.toLowerCase())).toEqual({ ok: true });

    // Changing the teacher PIN keeps the code; a new code replaces the old one.
    expect(await setTeacherPin('99999999', TEACHER)).toEqual({});
    await expect(createRecoveryCode(TEACHER)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    const renewed = await createRecoveryCode({ kind: 'teacher-pin', pin: '99999999' });
    expect(renewed).not.toBe(recoveryCode);
    expect(await checkRecoveryCode(recoveryCode!)).toMatchObject({ ok: false });
    expect(await checkRecoveryCode(renewed)).toEqual({ ok: true });
  });

  it('refuses without the recovery code or with a wrong one, and then removes nothing', async () => {
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', pin: '1357' });
    const { recoveryCode } = await setTeacherPin(TEACHER.pin);
    await expect(resetLocks(undefined)).rejects.toBeInstanceOf(RecoveryCodeRequiredError);
    await expect(resetLocks({ kind: 'recovery-code', code: otherCode(recoveryCode!) })).rejects.toMatchObject({ unlock: { reason: 'wrong-pin' } });
    await expect(resetLocks({ kind: 'recovery-code', code: 'not a code' })).rejects.toBeInstanceOf(RecoveryCodeRequiredError);
    await expect(resetLocks({ kind: 'teacher-pin', pin: '11111111' })).rejects.toBeInstanceOf(TeacherPinRequiredError);
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
    expect((await db.learners.get(lan.id))?.pinHash).toBeDefined();
    expect((await listEvents()).map((event) => event.kind)).not.toContain('locks-reset');

    // With the code: as before, every lock goes and the code is spent; the next teacher PIN has a new one.
    expect(await resetLocks({ kind: 'recovery-code', code: ` ${recoveryCode!.toLowerCase()} ` })).toEqual({ learners: 1 });
    expect(await teacherLockState()).toEqual({ set: false, recoveryCode: false });
    expect((await db.learners.get(lan.id))?.pinHash).toBeUndefined();
    await expect(resetLocks({ kind: 'recovery-code', code: recoveryCode! })).rejects.toMatchObject({ unlock: { reason: 'no-code' } });
    const next = await setTeacherPin('24681357');
    expect(next.recoveryCode).toBeDefined();
    expect(next.recoveryCode).not.toBe(recoveryCode);
  });

  it('makes wrong recovery codes wait like a PIN', async () => {
    const { recoveryCode } = await setTeacherPin(TEACHER.pin);
    const wrong = { kind: 'recovery-code', code: otherCode(recoveryCode!) } as const;
    for (let i = 1; i < FREE_PIN_TRIES; i++) await expect(resetLocks(wrong, T0 + i)).rejects.toMatchObject({ unlock: { reason: 'wrong-pin' } });
    await expect(resetLocks(wrong, T0 + FREE_PIN_TRIES)).rejects.toMatchObject({ unlock: { retryAt: T0 + FREE_PIN_TRIES + FIRST_PIN_WAIT } });
    await expect(resetLocks({ kind: 'recovery-code', code: recoveryCode! }, T0 + FREE_PIN_TRIES + 1)).rejects.toMatchObject({ unlock: { reason: 'wait' } });
    expect(await teacherLockState()).toMatchObject({ set: true });
    await resetLocks({ kind: 'recovery-code', code: recoveryCode! }, T0 + FREE_PIN_TRIES + FIRST_PIN_WAIT);
    expect(await teacherLockState()).toMatchObject({ set: false });
  });

  it('is impossible on a computer whose teacher PIN predates recovery codes, until the teacher makes one', async () => {
    await setTeacherPin(TEACHER.pin);
    // The teacher PIN was set by an older version: no code stored.
    await db.meta.delete('recoveryCodeHash');
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: false });
    await expect(resetLocks({ kind: 'recovery-code', code: newRecoveryCode() })).rejects.toMatchObject({ unlock: { reason: 'no-code' } });
    await expect(createRecoveryCode(undefined)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    const code = await createRecoveryCode(TEACHER);
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
    await resetLocks({ kind: 'recovery-code', code });
    expect(await teacherLockState()).toMatchObject({ set: false });
  });
});

describe('the trail of the teacher PIN', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
    // The computer's clock is the test's: each step happens on the day it is set to.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 - DAY);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a child who set a teacher PIN, opened a locked classmate with it and removed it, on the classmate’s card and in Cài đặt', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    expect(await learnerNotices()).toEqual(new Map());

    vi.setSystemTime(T0);
    await setTeacherPin(TEACHER.pin);
    await expect(switchLearner(minh.id)).rejects.toBeInstanceOf(PinRequiredError);
    await switchLearner(minh.id, TEACHER);
    await updateLearner(minh.id, { classLabel: '4A' }, TEACHER);
    vi.setSystemTime(T0 + DAY);
    await removeTeacherPin(TEACHER);

    const kinds = (await unacknowledgedEvents()).map((event) => [event.kind, event.learnerId]);
    expect(kinds).toEqual([['teacher-pin-set', undefined], ['learner-opened', minh.id], ['learner-changed', minh.id], ['teacher-pin-removed', undefined]]);
    // Only the locked learner's card shows it; removing the PIN is no news to a pupil.
    const notices = await learnerNotices();
    expect([...notices.keys()]).toEqual([minh.id]);
    expect(notices.get(minh.id)?.map((event) => event.kind)).toEqual(['teacher-pin-set', 'learner-opened', 'learner-changed']);
    expect(notices.get(minh.id)?.[0]?.at).toBe(T0);
    expect(notices.has(lan.id)).toBe(false);

    // Nobody can acknowledge anything without a teacher PIN.
    await expect(acknowledgeEvents((await unacknowledgedEvents()).map((event) => event.key), TEACHER)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    expect(await unacknowledgedEvents()).toHaveLength(4);

    // Minh opens their profile with their own PIN: their card is quiet again; Cài đặt still lists everything.
    vi.setSystemTime(T0 + 2 * DAY);
    expect(await unlockLearner(minh.id, { kind: 'learner-pin', pin: '2468' })).toEqual({ ok: true });
    expect(await learnerNotices()).toEqual(new Map());
    expect(await unacknowledgedEvents()).toHaveLength(4);
  });

  it('records a lock removed or replaced with the teacher PIN, and a lock cleared in Cài đặt, even with no teacher PIN set', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pin: '1357' });
    vi.setSystemTime(T0);
    await clearLearnerSecret(an.id);
    await setTeacherPin(TEACHER.pin);
    await setLearnerSecret(minh.id, { kind: 'pin', pin: '0000' }, TEACHER);
    await setLearnerSecret(minh.id, null, TEACHER);
    // The learner's own changes are no news.
    vi.setSystemTime(T0 + DAY);
    await setLearnerSecret(an.id, { kind: 'pin', pin: '1111' });
    await setLearnerSecret(an.id, { kind: 'pin', pin: '2222' }, { kind: 'learner-pin', pin: '1111' });
    const kinds = (await listEvents()).map((event) => [event.kind, event.learnerId]);
    expect(kinds).toEqual([['learner-lock-removed', an.id], ['teacher-pin-set', undefined], ['learner-changed', minh.id], ['learner-lock-removed', minh.id]]);
    // An's new lock is newer than anything recorded: their card shows nothing.
    expect((await learnerNotices()).has(an.id)).toBe(false);
  });

  it('keeps a reset of the locks shown after a new teacher PIN is set, until its holder acknowledges it', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    vi.setSystemTime(T0);
    const { recoveryCode } = await setTeacherPin(TEACHER.pin);
    await acknowledgeEvents((await unacknowledgedEvents()).map((event) => event.key), TEACHER);
    expect(await unacknowledgedEvents()).toEqual([]);

    vi.setSystemTime(T0 + DAY);
    await resetLocks({ kind: 'recovery-code', code: recoveryCode! });
    vi.setSystemTime(T0 + 2 * DAY);
    await setTeacherPin('24681357');
    const shown = await unacknowledgedEvents();
    expect(shown.map((event) => [event.kind, event.at])).toEqual([
      ['locks-reset', T0 + DAY],
      ['teacher-pin-set', T0 + 2 * DAY],
    ]);
    // Minh sets a lock again: what happened before it is not on the new lock's card.
    vi.setSystemTime(T0 + 3 * DAY);
    await setLearnerSecret(minh.id, { kind: 'pin', pin: '2468' });
    expect(await learnerNotices()).toEqual(new Map());

    await expect(acknowledgeEvents(shown.map((event) => event.key), undefined)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    await expect(acknowledgeEvents(shown.map((event) => event.key), TEACHER)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    // An event that came after the list was read is not acknowledged with it.
    vi.setSystemTime(T0 + 4 * DAY);
    await switchLearner(minh.id, { kind: 'teacher-pin', pin: '24681357' });
    await acknowledgeEvents(shown.map((event) => event.key), { kind: 'teacher-pin', pin: '24681357' });
    expect((await unacknowledgedEvents()).map((event) => event.kind)).toEqual(['learner-opened']);
    expect((await listEvents()).map((event) => event.kind)).toEqual(['teacher-pin-set', 'locks-reset', 'teacher-pin-set', 'learner-opened']);
  });

  it('shows the note an older version left after a reset, until it is acknowledged', async () => {
    await db.meta.put({ key: 'locksResetAt', value: String(T0) });
    expect(await unacknowledgedEvents()).toMatchObject([{ kind: 'locks-reset', at: T0 }]);
    vi.setSystemTime(T0 + DAY);
    await setTeacherPin(TEACHER.pin);
    const shown = await unacknowledgedEvents();
    expect(shown.map((event) => event.kind)).toEqual(['locks-reset', 'teacher-pin-set']);
    await acknowledgeEvents(shown.map((event) => event.key), TEACHER);
    expect(await unacknowledgedEvents()).toEqual([]);
    expect(await db.meta.get('locksResetAt')).toBeUndefined();
  });
});
