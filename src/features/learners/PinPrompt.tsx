/**
 * Asks for a learner's PIN before their profile is opened, changed or deleted. The database checks it
 * and counts wrong tries (src/db/learners.ts: unlockLearner); this only says what happened. After five
 * wrong tries the form says how long to wait instead of checking.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadStore } from '../../db/loadStore';
import type { Learner } from '../../db/types';

interface Props {
  learner: Learner;
  /** The label above the field, e.g. "Nhập mã PIN của Minh". */
  label: string;
  /** Called with the PIN once it is right (the caller may need it as proof for a change). */
  onOk: (pin: string) => void;
  onCancel: () => void;
}

type Problem = { kind: 'wrong' } | { kind: 'wait'; until: number } | { kind: 'failed' };

export function PinPrompt({ learner, label, onOk, onCancel }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    setChecking(true);
    try {
      const unlock = await (await loadStore()).learners.unlockLearner(learner.id, { kind: 'learner-pin', pin });
      if (unlock.ok) {
        onOk(pin);
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

  const id = `pin-${learner.id}`;
  return (
    <form className="pin-prompt" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]{4}"
        maxLength={4}
        value={pin}
        autoFocus
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
      />
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problemText(problem, t)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={checking}>
        {t('learners.pinSubmit')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('learners.cancel')}
      </button>
    </form>
  );
}

function problemText(problem: Problem, t: ReturnType<typeof useTranslation>['t']): string {
  if (problem.kind === 'wrong') return t('learners.wrongPin');
  if (problem.kind === 'failed') return t('learners.errors.saveFailed');
  const seconds = Math.max(1, Math.ceil((problem.until - Date.now()) / 1000));
  return seconds >= 120 ? t('learners.pinWaitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('learners.pinWaitSeconds', { seconds });
}
