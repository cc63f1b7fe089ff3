import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AttemptFinishedError } from '../../../src/db/attempts';
import { failureOf } from '../../../src/db/failure';
import { PinRequiredError } from '../../../src/db/learners';
import { RecoveryCodeRequiredError, TeacherPinRequiredError } from '../../../src/db/teacherLock';
import { TransferLockedError } from '../../../src/db/transfer';
import { InvalidNameError } from '../../../src/domain/names';

// The real error classes, so a renamed one shows here: the classifier reads names, not classes.
describe('what a failed database call means for the person who asked', () => {
  it.each([
    ['a full disk', new Dexie.QuotaExceededError('quota'), 'storage-full'],
    ['a full disk that aborted the transaction', new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('quota')), 'storage-full'],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'storage-unavailable'],
    ['a database that cannot open (private mode)', new Dexie.OpenFailedError('open', new DOMException('A mutation operation was attempted', 'InvalidStateError')), 'storage-unavailable'],
    ['no IndexedDB at all', new Dexie.MissingAPIError('indexedDB API missing'), 'storage-unavailable'],
    ['a newer version opened in another tab', new Dexie.VersionError('version'), 'storage-unavailable'],
    ['a learner’s lock', new PinRequiredError('l1', { ok: false, reason: 'no-proof' }), 'learner-locked'],
    ['the teacher PIN', new TeacherPinRequiredError({ ok: false, reason: 'wrong-pin' }), 'teacher-locked'],
    ['the recovery code', new RecoveryCodeRequiredError({ ok: false, reason: 'no-code' }), 'teacher-locked'],
    ['a file touching locked learners', new TransferLockedError({ kind: 'learners', learnerIds: ['l1'] }), 'learner-locked'],
    ['a backup', new TransferLockedError({ kind: 'teacher', reason: 'backup' }), 'teacher-locked'],
    ['a name the rule refuses', new InvalidNameError('nickname', 'control'), 'invalid-name'],
    ['anything else', new AttemptFinishedError('a1'), 'unknown'],
    ['something that is not an error', 'oops', 'unknown'],
  ])('%s', (_what, error, kind) => {
    expect(failureOf(error).kind).toBe(kind);
  });

  it('says how long to wait after too many wrong tries', () => {
    expect(failureOf(new TeacherPinRequiredError({ ok: false, reason: 'wait', retryAt: 1_000 }))).toEqual({ kind: 'wait', retryAt: 1_000 });
    expect(failureOf(new PinRequiredError('l1', { ok: false, reason: 'wait', retryAt: 2_000 }))).toEqual({ kind: 'wait', retryAt: 2_000 });
  });

  it('reads a chain that loops back without hanging', () => {
    const error = Object.assign(new Error('outer'), { inner: undefined as unknown });
    error.inner = error;
    expect(failureOf(error).kind).toBe('unknown');
  });
});
