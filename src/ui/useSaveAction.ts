/**
 * One way for a screen to run what a person asked to store (save a profile, delete it, set a PIN,
 * switch learner…) and to tell them when it failed — never a silent catch. `run(action)`:
 * - runs the action unless one is already running (a second press while saving does nothing);
 * - while it runs, `busy` is true: give it to the button (`aria-disabled`, which keeps the focus where
 *   it is, unlike `disabled`), and a save still running after BUSY_ANNOUNCE_DELAY is announced;
 * - when it throws, `error` holds the words for what went wrong, chosen by the error's kind
 *   (src/db/failure.ts): a full disk, storage the browser blocks, a lock, a wrong name, or anything else;
 *   the error itself goes to the console for whoever helps (a teacher's devtools). Show it in SaveAlert.
 *
 * What the person typed is theirs to keep: the hook touches none of the screen's state, and a failed
 * action changes nothing stored (each one is a single transaction in src/db).
 */
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf, type Failure } from '../db/failure';
import { announce } from './announce';
import { waitText } from './waitText';

/** A save this slow is said to be running (PIN hashing on an old PC takes about a second). */
export const BUSY_ANNOUNCE_DELAY = 400; // ms

export interface SaveAction {
  /** Runs `action`; true when it finished, false when it failed (then `error` says why) or one was running. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  /** What went wrong with the last run, translated; null before a run, while running and after a success. */
  error: string | null;
  /** Forgets the error (what failed was closed or changed). */
  clear: () => void;
}

/** `otherwise`: what to say when the failure is of no known kind, where the screen knows more (default: try again). */
export function useSaveAction(otherwise?: string): SaveAction {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const running = useRef(false);

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => announce(t('saving.busy')), BUSY_ANNOUNCE_DELAY);
    return () => clearTimeout(timer);
  }, [busy, t]);

  const run = useCallback(async (action: () => Promise<unknown>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await action();
      return true;
    } catch (error) {
      console.error('Mạng An Toàn: the action failed', error);
      setFailure(failureOf(error));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setFailure(null), []);

  return { run, busy, error: failure && (failure.kind === 'unknown' && otherwise ? otherwise : failureText(failure, t)), clear };
}

/** The words for a failure (also for screens that catch an error themselves to handle one kind in place). */
export function failureText(failure: Failure, t: TFunction): string {
  switch (failure.kind) {
    case 'storage-full':
      return t('saving.storageFull');
    case 'storage-unavailable':
      return t('saving.unavailable');
    case 'learner-locked':
      return t('saving.learnerLocked');
    case 'teacher-locked':
      return t('saving.teacherLocked');
    case 'invalid-name':
      return t('saving.invalidName');
    case 'wait':
      return waitText(failure.retryAt, t);
    case 'unknown':
      return t('saving.unknown');
  }
}
