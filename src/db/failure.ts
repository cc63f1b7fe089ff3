/**
 * What a failed database call means for the person who asked for it. The repository functions throw
 * typed errors (PinRequiredError, TeacherPinRequiredError, …) and Dexie throws its own, named after
 * IndexedDB's (https://dexie.org/docs/DexieErrors/DexieError); a screen turns the kind into words
 * (src/ui/useSaveAction.ts) and shows nothing of the error itself.
 *
 * By the error's name, not `instanceof`: this module imports nothing, so a screen can tell what went
 * wrong without loading the database chunk (src/db/loadStore.ts) — which may be what failed. Dexie
 * wraps the cause of an aborted transaction or a failed open in `inner` (a full disk often arrives as
 * an AbortError whose inner error is the QuotaExceededError), so the whole chain is read.
 */

export type Failure =
  /** The disk or the browser's quota for the site is full. */
  | { kind: 'storage-full' }
  /** IndexedDB cannot be used now: closed, blocked (private mode, settings), upgraded by another tab, gone. */
  | { kind: 'storage-unavailable' }
  /** The learner's profile is locked and the change came without the right secret. */
  | { kind: 'learner-locked' }
  /** The action needs the teacher PIN (or, for resetting the locks, the recovery code). */
  | { kind: 'teacher-locked' }
  /** Too many wrong tries: nothing is checked until `retryAt` (ms since the epoch). */
  | { kind: 'wait'; retryAt: number }
  /** A nickname or class label the name rule refuses (src/domain/names.ts). */
  | { kind: 'invalid-name' }
  | { kind: 'unknown' };

/** Dexie's and IndexedDB's names for "the database cannot be used here and now". */
const UNAVAILABLE = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'MissingAPIError',
  'InvalidStateError',
  'VersionError',
  'VersionChangeError',
  'UpgradeError',
  'SecurityError',
  'NoSuchDatabaseError',
]);

/** The typed errors of src/db (their `name`) that say a proof was missing or wrong. */
const LOCKS = {
  PinRequiredError: 'learner-locked',
  TeacherPinRequiredError: 'teacher-locked',
  RecoveryCodeRequiredError: 'teacher-locked',
  TransferLockedError: 'teacher-locked',
} as const;

export function failureOf(error: unknown): Failure {
  const chain = causes(error);
  const names = chain.map(nameOf);
  if (names.includes('QuotaExceededError')) return { kind: 'storage-full' };
  for (const [index, name] of names.entries()) {
    if (name in LOCKS) {
      const retryAt = retryAtOf(chain[index]);
      if (retryAt !== undefined) return { kind: 'wait', retryAt };
      // A file touching locked profiles wants their secrets (or the teacher PIN): the learners' lock.
      if (lockOf(chain[index])?.kind === 'learners') return { kind: 'learner-locked' };
      return { kind: LOCKS[name as keyof typeof LOCKS] };
    }
  }
  if (names.includes('InvalidNameError')) return { kind: 'invalid-name' };
  if (names.some((name) => UNAVAILABLE.has(name))) return { kind: 'storage-unavailable' };
  return { kind: 'unknown' };
}

/** The error and the errors it wraps (Dexie's `inner`, the standard `cause`), outermost first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 8; ) {
    chain.push(current);
    if (typeof current !== 'object') break;
    const next: unknown = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    if (chain.includes(next)) break;
    current = next;
  }
  return chain;
}

function nameOf(error: unknown): string {
  const name = error && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}

/** A TransferLockedError's `lock` (src/db/transfer.ts). */
function lockOf(error: unknown): { kind?: unknown } | undefined {
  const lock = error && typeof error === 'object' ? (error as { lock?: unknown }).lock : undefined;
  return lock && typeof lock === 'object' ? lock : undefined;
}

/** A lock error's wait (`unlock: { reason: 'wait', retryAt }`, src/db/tries.ts), if it is one. */
function retryAtOf(error: unknown): number | undefined {
  const unlock = error && typeof error === 'object' ? (error as { unlock?: { reason?: unknown; retryAt?: unknown } }).unlock : undefined;
  return unlock?.reason === 'wait' && typeof unlock.retryAt === 'number' ? unlock.retryAt : undefined;
}
