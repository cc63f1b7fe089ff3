/**
 * Asks for the teacher PIN before a guarded action (src/db/teacherLock.ts lists them). The database
 * checks the PIN and counts wrong tries; this says what happened, and hands the PIN on as proof — the
 * guarded repository function checks it again. Shared by Cài đặt, the teacher area and the profiles.
 *
 * On a computer whose teacher PIN predates recovery codes, a right PIN is followed by an offer to make
 * one (shown once in RecoveryCodeDialog) before the action goes on; "Để sau" goes on at once.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { focusOnMount } from './focusOnMount';
import { useTranslation } from 'react-i18next';
import { loadStore } from '../db/loadStore';
import type { TeacherProof } from '../db/teacherLock';
import { TEACHER_PIN_MAX_LENGTH } from '../domain/secrets';
import { RecoveryCodeDialog } from './RecoveryCodeDialog';
import { SaveAlert } from './SaveAlert';
import { useSaveAction } from './useSaveAction';
import { waitText } from './waitText';
import './teacherPinPrompt.css';

interface Props {
  /** What the PIN is for, e.g. "Nhập mã PIN của thầy cô để xoá toàn bộ dữ liệu". */
  label: string;
  onOk: (proof: TeacherProof) => void;
  onCancel?: () => void;
  /** Offer a recovery code when the computer has none (default); off where the prompt is for making one. */
  offerRecoveryCode?: boolean;
}

type Problem = { kind: 'wrong' } | { kind: 'wait'; until: number };

export function TeacherPinPrompt({ label, onOk, onCancel, offerRecoveryCode = true }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const check = useSaveAction();
  const creating = useSaveAction();
  /** The right PIN, held while the recovery code is offered. */
  const [offer, setOffer] = useState<{ proof: TeacherProof; code?: string } | null>(null);
  const offerTitle = useRef<HTMLHeadingElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    await check.run(async () => {
      const { teacherLock } = await loadStore();
      const unlock = await teacherLock.checkTeacherPin(pin);
      if (unlock.ok) {
        const proof = { kind: 'teacher-pin', pin } as const;
        if (offerRecoveryCode && !(await teacherLock.teacherLockState()).recoveryCode) {
          setOffer({ proof });
          return;
        }
        onOk(proof);
        return;
      }
      setProblem(unlock.retryAt !== undefined ? { kind: 'wait', until: unlock.retryAt } : { kind: 'wrong' });
      setPin('');
    });
  };

  if (offer) {
    const create = () =>
      creating.run(async () => {
        setOffer({ proof: offer.proof, code: await (await loadStore()).teacherLock.createRecoveryCode(offer.proof) });
      });
    return (
      <div className="notice notice--warning teacher-pin-prompt__offer" role="group" aria-labelledby={`${id}-offer`}>
        <h4 id={`${id}-offer`} ref={offerTitle} tabIndex={-1}>
          {t('sharedComputer.recovery.missingTitle')}
        </h4>
        <p>{t('sharedComputer.recovery.missingBody')}</p>
        <SaveAlert error={creating.error} />
        <p>
          <button type="button" className="button button--primary" aria-disabled={creating.busy || undefined} onClick={() => void create()} ref={focusOnMount}>
            {t('sharedComputer.recovery.create')}
          </button>{' '}
          <button type="button" className="button" onClick={() => onOk(offer.proof)}>
            {t('sharedComputer.recovery.later')}
          </button>
        </p>
        {offer.code && <RecoveryCodeDialog code={offer.code} returnFocus={offerTitle} onDone={() => onOk(offer.proof)} />}
      </div>
    );
  }

  const message = problem?.kind === 'wrong' ? t('sharedComputer.teacherPin.wrong') : problem?.kind === 'wait' ? waitText(problem.until, t) : '';

  return (
    <form className="pin-prompt teacher-pin-prompt" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={TEACHER_PIN_MAX_LENGTH}
        value={pin}
        ref={focusOnMount}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
      />
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
      <SaveAlert error={check.error} />
      <button type="submit" className="button button--primary" aria-disabled={check.busy || undefined}>
        {t('sharedComputer.teacherPin.submit')}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('sharedComputer.teacherPin.cancel')}
        </button>
      )}
    </form>
  );
}
