import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { deleteAllData } from '../../../src/db/computer';
import type { AppDatabase } from '../../../src/db/db';
import {
  clearLearnerSecret,
  createLearner,
  currentLearnerId,
  deleteLearner,
  deleteNeedsTeacher,
  ensureCurrentLearner,
  NOBODY,
  PinRequiredError,
  setLearnerSecret,
  signOut,
  switchLearner,
  unlockLearner,
  updateLearner,
} from '../../../src/db/learners';
import { hashSecret, verifySecret } from '../../../src/db/pin';
import { idleChoice, setIdleChoice } from '../../../src/db/settings';
import { unacknowledgedEvents } from '../../../src/db/audit';
import { checkTeacherPin, removeTeacherPin, resetLocks, setTeacherPin, TeacherPinRequiredError, teacherLockState } from '../../../src/db/teacherLock';
import { applyImport, buildExport, planImport } from '../../../src/db/transfer';
import { DEFAULT_IDLE } from '../../../src/domain/idle';
import { FIRST_PIN_WAIT, FREE_PIN_TRIES } from '../../../src/domain/pin';
import { isValidPicturePassword, isValidTeacherPin, type PasswordPicture } from '../../../src/domain/secrets';
import { freshDatabase } from '../../test-utils';

const PICTURES: PasswordPicture[] = ['fish', 'sun', 'boat'];
const TEACHER = { kind: 'teacher-pin', pin: '20112026' } as const;
const WRONG_TEACHER = { kind: 'teacher-pin', pin: '11111111' } as const;

async function withResult(learnerId: string) {
  const attempt = await startAttempt(learnerId, { id: 'fixture-hotline', locale: 'vi', version: 'v', questionCount: 1 });
  await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
  await finishAttempt(attempt.id);
}

describe('the rules of the secrets', () => {
  it('takes three different known pictures as a picture password, and 6 to 12 digits as a teacher PIN', () => {
    expect(isValidPicturePassword(['fish', 'sun', 'boat'])).toBe(true);
    expect(isValidPicturePassword(['fish', 'sun'])).toBe(false);
    expect(isValidPicturePassword(['fish', 'sun', 'fish'])).toBe(false);
    expect(isValidPicturePassword(['fish', 'sun', 'dragon'])).toBe(false);
    expect(isValidPicturePassword(['fish', 'sun', 'boat', 'star'])).toBe(false);
    expect(['12345', '123456', '123456789012', '1234567890123', '12345a'].map(isValidTeacherPin)).toEqual([false, true, true, false, false]);
  });

  it('hashes a picture password with a salt, in order, never as the picture names', async () => {
    const hash = await hashSecret({ kind: 'pictures', pictures: PICTURES });
    expect(hash).toMatch(/^v2\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(hash).not.toMatch(/fish|sun|boat/);
    expect(await hashSecret({ kind: 'pictures', pictures: PICTURES })).not.toBe(hash);
    expect(await verifySecret({ kind: 'pictures', pictures: PICTURES }, hash)).toBe(true);
    expect(await verifySecret({ kind: 'pictures', pictures: ['sun', 'fish', 'boat'] }, hash)).toBe(false);
    await expect(hashSecret({ kind: 'pictures', pictures: ['sun', 'sun', 'boat'] })).rejects.toThrow(TypeError);
  });
});

describe('a picture password', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('protects a profile like a PIN: needed to change it, a PIN does not open it, and it is never exported', async () => {
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pictures: PICTURES });
    const stored = await db.learners.get(an.id);
    expect(stored?.pictureHash).toMatch(/^v2\$/);
    expect(stored?.pinHash).toBeUndefined();

    await expect(updateLearner(an.id, { nickname: 'Bình' })).rejects.toBeInstanceOf(PinRequiredError);
    await expect(updateLearner(an.id, { nickname: 'Bình' }, { kind: 'pictures', pictures: ['sun', 'fish', 'boat'] })).rejects.toBeInstanceOf(PinRequiredError);
    await expect(updateLearner(an.id, { nickname: 'Bình' }, { kind: 'learner-pin', pin: '1234' })).rejects.toBeInstanceOf(PinRequiredError);
    await updateLearner(an.id, { nickname: 'An Nhiên' }, { kind: 'pictures', pictures: PICTURES });
    expect((await db.learners.get(an.id))?.nickname).toBe('An Nhiên');

    // Her own pictures open her file; a backup needs the teacher PIN (tests/unit/transfer/locks.test.ts).
    await setTeacherPin(TEACHER.pin);
    for (const proofs of [{ learners: { [an.id]: { kind: 'pictures', pictures: PICTURES } } }, { teacher: TEACHER }] as const) {
      const file = await buildExport({ kind: 'teacher' in proofs ? 'backup' : 'learners', proofs });
      expect(JSON.stringify(file)).not.toContain(stored!.pictureHash!);
      expect(file.learners.every((learner) => !('pictureHash' in learner))).toBe(true);
    }
  });

  it('replaces a PIN (a learner has one secret at most) and can be removed with the learner’s own proof', async () => {
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pin: '2468' });
    await setLearnerSecret(an.id, { kind: 'pictures', pictures: PICTURES }, { kind: 'learner-pin', pin: '2468' });
    const changed = await db.learners.get(an.id);
    expect(changed?.pinHash).toBeUndefined();
    expect(changed?.pictureHash).toMatch(/^v2\$/);
    expect(await unlockLearner(an.id, { kind: 'learner-pin', pin: '2468' })).toMatchObject({ ok: false });
    await setLearnerSecret(an.id, null, { kind: 'pictures', pictures: PICTURES });
    expect(await db.learners.get(an.id)).not.toHaveProperty('pictureHash');
    await expect(createLearner({ nickname: 'Bé', avatar: 'cat', pin: '1234', pictures: PICTURES })).rejects.toThrow(TypeError);
  });

  it('is not joined by a PIN from a restored backup (one secret per learner)', async () => {
    const an = await createLearner({ nickname: 'An', avatar: 'frog' });
    await setLearnerSecret(an.id, { kind: 'pin', pin: '2468' });
    await setTeacherPin(TEACHER.pin);
    const backup = await buildExport({ kind: 'backup', proofs: { teacher: TEACHER } });
    expect(backup.learners[0]?.pinHash).toBeDefined();
    await setLearnerSecret(an.id, { kind: 'pictures', pictures: PICTURES }, { kind: 'learner-pin', pin: '2468' });

    const plan = await planImport(backup);
    expect(plan.learners[0]?.profileChanges).toEqual({});
    await applyImport(backup, {}, { acceptProfiles: [an.id] }, { teacher: TEACHER });
    const stored = await db.learners.get(an.id);
    expect(stored?.pinHash).toBeUndefined();
    expect(stored?.pictureHash).toMatch(/^v2\$/);
  });

  it('answers wrong tries with a short wait after five, never a lock-out: the teacher can clear it', async () => {
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pictures: PICTURES });
    const wrong = { kind: 'pictures', pictures: ['star', 'sun', 'boat'] } as const;
    const t0 = Date.UTC(2026, 10, 23, 9);
    for (let i = 1; i < FREE_PIN_TRIES; i++) expect(await unlockLearner(an.id, wrong, t0 + i)).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(await unlockLearner(an.id, wrong, t0 + FREE_PIN_TRIES)).toEqual({ ok: false, reason: 'wrong-pin', retryAt: t0 + FREE_PIN_TRIES + FIRST_PIN_WAIT });
    expect(await unlockLearner(an.id, { kind: 'pictures', pictures: PICTURES }, t0 + FREE_PIN_TRIES + 1)).toMatchObject({ ok: false, reason: 'wait' });
    // Asking without a proof during the wait says so too.
    expect(await unlockLearner(an.id, undefined, t0 + FREE_PIN_TRIES + 1)).toMatchObject({ ok: false, reason: 'wait' });

    await clearLearnerSecret(an.id);
    expect(await db.learners.get(an.id)).not.toHaveProperty('pictureHash');
    expect(await unlockLearner(an.id, undefined, t0 + FREE_PIN_TRIES + 2)).toEqual({ ok: true });
  });
});

describe('the teacher lock', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('is off until a teacher PIN of 6+ digits is set; then changing or removing it needs it', async () => {
    expect(await teacherLockState()).toEqual({ set: false, recoveryCode: false });
    await expect(setTeacherPin('12345')).rejects.toThrow(TypeError);
    await setTeacherPin(TEACHER.pin);
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
    const stored = (await db.meta.get('teacherPinHash'))?.value;
    expect(stored).toMatch(/^v2\$/);
    expect(stored).not.toContain(TEACHER.pin);

    await expect(setTeacherPin('99999999')).rejects.toBeInstanceOf(TeacherPinRequiredError);
    await expect(setTeacherPin('99999999', WRONG_TEACHER)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    await expect(removeTeacherPin(undefined)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    await setTeacherPin('99999999', TEACHER);
    expect(await checkTeacherPin(TEACHER.pin)).toMatchObject({ ok: false });
    await removeTeacherPin({ kind: 'teacher-pin', pin: '99999999' });
    expect(await teacherLockState()).toMatchObject({ set: false });
  });

  it('is asked before clearing a learner’s secret, changing the idle time, restoring a backup and resetting the computer', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    await setTeacherPin(TEACHER.pin);

    await expect(clearLearnerSecret(minh.id)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    await expect(clearLearnerSecret(minh.id, WRONG_TEACHER)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    expect((await db.learners.get(minh.id))?.pinHash).toBeDefined();
    await clearLearnerSecret(minh.id, TEACHER);
    expect((await db.learners.get(minh.id))?.pinHash).toBeUndefined();

    expect(await idleChoice()).toBe(DEFAULT_IDLE);
    await expect(setIdleChoice(1)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    expect(await idleChoice()).toBe(DEFAULT_IDLE);
    await setIdleChoice('never', TEACHER);
    expect(await idleChoice()).toBe('never');

    // A backup (made and restored) and a file with Minh's locked results need the teacher PIN (tests/unit/transfer/locks.test.ts).
    await expect(buildExport({ kind: 'backup' })).rejects.toMatchObject({ lock: { kind: 'teacher', reason: 'backup' } });
    const backup = await buildExport({ kind: 'backup', proofs: { teacher: TEACHER } });
    const learnersFile = await buildExport({ kind: 'learners', proofs: { teacher: TEACHER } });
    await expect(applyImport(backup)).rejects.toMatchObject({ lock: { kind: 'teacher', reason: 'restore' } });
    await expect(applyImport(learnersFile)).resolves.toMatchObject({ learnersCreated: 0 });
    await expect(applyImport(backup, {}, {}, { teacher: TEACHER })).resolves.toMatchObject({ learnersCreated: 0 });

    await expect(deleteAllData()).rejects.toBeInstanceOf(TeacherPinRequiredError);
    expect(await Dexie.exists(db.name)).toBe(true);
    await deleteAllData(TEACHER);
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('is asked before deleting a learner who has results, and opens any learner’s profile in place of their secret', async () => {
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pictures: PICTURES });
    const empty = await createLearner({ nickname: 'Trống', avatar: 'cat' });
    await withResult(lan.id);
    await withResult(an.id);
    await setTeacherPin(TEACHER.pin);

    expect(await deleteNeedsTeacher(lan.id)).toBe(true);
    expect(await deleteNeedsTeacher(empty.id)).toBe(false);
    await expect(deleteLearner(lan.id)).rejects.toBeInstanceOf(TeacherPinRequiredError);
    // The learner's own secret is not enough once they have results.
    await expect(deleteLearner(an.id, { kind: 'pictures', pictures: PICTURES })).rejects.toBeInstanceOf(TeacherPinRequiredError);
    await deleteLearner(empty.id);
    expect(await db.learners.get(empty.id)).toBeUndefined();

    expect(await unlockLearner(an.id, TEACHER)).toEqual({ ok: true });
    await updateLearner(an.id, { classLabel: '1A' }, TEACHER);
    await deleteLearner(lan.id, TEACHER);
    expect(await db.learners.get(lan.id)).toBeUndefined();
    expect(await db.attempts.where('learnerId').equals(lan.id).count()).toBe(0);
  });

  it('makes wrong teacher PINs wait like a learner’s PIN, across a reload', async () => {
    await setTeacherPin(TEACHER.pin);
    const t0 = Date.UTC(2026, 10, 23, 9);
    for (let i = 1; i < FREE_PIN_TRIES; i++) expect(await checkTeacherPin(WRONG_TEACHER.pin, t0 + i)).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(await checkTeacherPin(WRONG_TEACHER.pin, t0 + FREE_PIN_TRIES)).toMatchObject({ ok: false, retryAt: t0 + FREE_PIN_TRIES + FIRST_PIN_WAIT });
    expect(await checkTeacherPin(TEACHER.pin, t0 + FREE_PIN_TRIES + 1)).toMatchObject({ ok: false, reason: 'wait' });
    expect(await checkTeacherPin(TEACHER.pin, t0 + FREE_PIN_TRIES + FIRST_PIN_WAIT)).toEqual({ ok: true });
  });

  it('when forgotten, is removed by resetting the locks with the recovery code, which keeps every profile and result and leaves a dated note', async () => {
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', pin: '1357' });
    const an = await createLearner({ nickname: 'An', avatar: 'frog', pictures: PICTURES });
    await withResult(lan.id);
    const { recoveryCode } = await setTeacherPin(TEACHER.pin);
    await unlockLearner(lan.id, { kind: 'learner-pin', pin: '0000' });
    const before = { attempts: await db.attempts.toArray(), answers: await db.answers.toArray(), progress: await db.progress.toArray() };

    const now = Date.UTC(2026, 11, 1, 8);
    expect(await resetLocks({ kind: 'recovery-code', code: recoveryCode! }, now)).toEqual({ learners: 2 });
    expect(await teacherLockState()).toEqual({ set: false, recoveryCode: false });
    expect((await unacknowledgedEvents()).filter((event) => event.kind === 'locks-reset')).toMatchObject([{ at: now }]);
    const learners = await db.learners.toArray();
    expect(learners.map((l) => l.nickname).sort()).toEqual(['An', 'Lan']);
    expect(learners.every((l) => l.pinHash === undefined && l.pictureHash === undefined)).toBe(true);
    expect({ attempts: await db.attempts.toArray(), answers: await db.answers.toArray(), progress: await db.progress.toArray() }).toEqual(before);
    expect((await db.meta.toArray()).filter((row) => /Failures/.test(row.key))).toEqual([]);
    expect(await unlockLearner(an.id, undefined)).toEqual({ ok: true });

    // A new teacher PIN does not end the note: its holder acknowledges it.
    await setTeacherPin('24681357');
    expect(await teacherLockState()).toEqual({ set: true, recoveryCode: true });
    expect((await unacknowledgedEvents()).map((event) => event.kind)).toContain('locks-reset');
  });
});

describe('the idle switch-back in the database', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('leaves nobody current until a child picks a profile, also after a restart', async () => {
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    await signOut();
    expect(await currentLearnerId()).toBe(NOBODY);
    expect(await ensureCurrentLearner()).toBeNull();
    expect(await currentLearnerId()).toBe(NOBODY);
    await switchLearner(lan.id);
    expect(await currentLearnerId()).toBe(lan.id);
  });

  it('never makes a protected profile current on its own', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    vi.setSystemTime(Date.UTC(2026, 0, 2));
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    vi.useRealTimers();
    await deleteLearner(lan.id);
    const chosen = await ensureCurrentLearner();
    expect(chosen?.id).not.toBe(minh.id);
    expect(chosen?.pinHash).toBeUndefined();
  });
});
