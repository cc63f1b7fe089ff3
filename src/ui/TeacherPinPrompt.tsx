/**
 * Asks for the teacher PIN before a guarded action (src/db/teacherLock.ts lists them). The database
 * checks the PIN and counts wrong tries; this says what happened, and hands the PIN on as proof — the
 * guarded repository function checks it again. Shared by Cài đặt, the teacher area and the profiles.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadStore } from '../db/loadStore';
import type { TeacherProof } from '../db/teacherLock';
import { TEACHER_PIN_MAX_LENGTH } from '../domain/secrets';
import './teacherPinPrompt.css';

interface Props {
  /** What the PIN is for, e.g. "Nhập mã PIN của thầy cô để xoá toàn bộ dữ liệu". */
  label: string;
  onOk: (proof: TeacherProof) => void;
  onCancel?: () => void;
}

type Problem = { kind: 'wrong' } | { kind: 'wait'; until: number } | { kind: 'failed' };

/** Seconds (at least 1) until `until`, for "wait N seconds / minutes" messages. */
export function secondsUntil(until: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

export function TeacherPinPrompt({ label, onOk, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    setChecking(true);
    try {
      const unlock = await (await loadStore()).teacherLock.checkTeacherPin(pin);
      if (unlock.ok) {
        onOk({ kind: 'teacher-pin', pin });
        return;
      }
      setProblem(unlock.retryAt !== undefined ? { kind: 'wait', until: unlock.retryAt } : { kind: 'wrong' });
      setPin('');
    } catch {
      setProblem({ kind: 'failed' });
    } finally {
      setChecking(false);
    }
  };

  let message = '';
  if (problem?.kind === 'wrong') message = t('sharedComputer.teacherPin.wrong');
  else if (problem?.kind === 'failed') message = t('sharedComputer.teacherPin.failed');
  else if (problem?.kind === 'wait') {
    const seconds = secondsUntil(problem.until);
    message = seconds >= 120 ? t('sharedComputer.teacherPin.waitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('sharedComputer.teacherPin.waitSeconds', { seconds });
  }

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
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
      />
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={checking}>
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
