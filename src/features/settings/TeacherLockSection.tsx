/**
 * The teacher PIN in Cài đặt: set it, change or remove it (with the current one), and the documented way
 * out of a forgotten one — resetting every lock on this computer, which keeps all profiles and results
 * (src/db/teacherLock.ts: resetLocks). A dated note says the locks were reset until a new PIN is set.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLearners, useTeacherLock } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { TeacherProof } from '../../db/teacherLock';
import { useLocale } from '../../i18n';
import { isValidTeacherPin, TEACHER_PIN_MAX_LENGTH } from '../../domain/secrets';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';

type Step = { kind: 'view' } | { kind: 'verify'; next: 'change' | 'remove' } | { kind: 'new'; proof?: TeacherProof } | { kind: 'forgot' };

export function TeacherLockSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const lock = useTeacherLock();
  const [step, setStep] = useState<Step>({ kind: 'view' });
  const [message, setMessage] = useState<string | null>(null);
  if (!lock) return null;

  const remove = async (proof: TeacherProof) => {
    try {
      await (await loadStore()).teacherLock.removeTeacherPin(proof);
      setMessage(t('sharedComputer.teacherPin.removed'));
    } catch {
      setMessage(t('sharedComputer.teacherPin.failed'));
    }
    setStep({ kind: 'view' });
  };
  const done = (text: string) => {
    setMessage(text);
    setStep({ kind: 'view' });
  };

  return (
    <div className="teacher-lock" aria-labelledby="teacher-pin-title" role="group">
      <h3 id="teacher-pin-title">{t('sharedComputer.teacherPin.title')}</h3>
      <p>{t('sharedComputer.teacherPin.intro')}</p>
      {lock.locksResetAt !== undefined && (
        <p className="notice notice--warning">{t('sharedComputer.teacherPin.locksReset', { date: new Date(lock.locksResetAt).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
      )}
      <p>
        <strong>{lock.set ? t('sharedComputer.teacherPin.isSet') : t('sharedComputer.teacherPin.notSet')}</strong>
      </p>
      {message && <p role="status">{message}</p>}

      {!lock.set && <NewTeacherPinForm submitLabel={t('sharedComputer.teacherPin.set')} onSaved={() => done(t('sharedComputer.teacherPin.saved'))} />}
      {lock.set && step.kind === 'view' && (
        <p>
          <button type="button" className="button" onClick={() => setStep({ kind: 'verify', next: 'change' })}>
            {t('sharedComputer.teacherPin.change')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setStep({ kind: 'verify', next: 'remove' })}>
            {t('sharedComputer.teacherPin.remove')}
          </button>
        </p>
      )}
      {lock.set && step.kind === 'verify' && (
        <TeacherPinPrompt
          label={t('sharedComputer.teacherPin.prompts.current')}
          onOk={(proof) => (step.next === 'remove' ? void remove(proof) : setStep({ kind: 'new', proof }))}
          onCancel={() => setStep({ kind: 'view' })}
        />
      )}
      {lock.set && step.kind === 'new' && (
        <NewTeacherPinForm proof={step.proof} submitLabel={t('sharedComputer.teacherPin.change')} onSaved={() => done(t('sharedComputer.teacherPin.saved'))} onCancel={() => setStep({ kind: 'view' })} />
      )}
      {lock.set && <ForgottenTeacherPin onDone={() => setMessage(null)} />}
    </div>
  );
}

function NewTeacherPinForm({ proof, submitLabel, onSaved, onCancel }: { proof?: TeacherProof; submitLabel: string; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidTeacherPin(pin)) return setError(t('sharedComputer.teacherPin.formatError'));
    if (pin !== repeat) return setError(t('sharedComputer.teacherPin.mismatch'));
    try {
      await (await loadStore()).teacherLock.setTeacherPin(pin, proof);
      onSaved();
    } catch {
      setError(t('sharedComputer.teacherPin.failed'));
    }
  };
  const digits = (value: string) => value.replace(/\D/g, '');
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  return (
    <form className="teacher-pin-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-new`}>{t('sharedComputer.teacherPin.newPin')}</label>
        <input id={`${id}-new`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={TEACHER_PIN_MAX_LENGTH} value={pin} onChange={(e) => setPin(digits(e.target.value))} {...invalid} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{t('sharedComputer.teacherPin.repeat')}</label>
        <input id={`${id}-repeat`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={TEACHER_PIN_MAX_LENGTH} value={repeat} onChange={(e) => setRepeat(digits(e.target.value))} {...invalid} />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>{' '}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('sharedComputer.teacherPin.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}

/** "Quên mã PIN?": resetting every lock, behind a confirmation that counts the learners who lose theirs. */
function ForgottenTeacherPin({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const learners = useLearners();
  const [asking, setAsking] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [failed, setFailed] = useState(false);
  const locked = learners.filter((learner) => learner.pinHash !== undefined || learner.pictureHash !== undefined).length;

  const reset = async () => {
    try {
      await (await loadStore()).teacherLock.resetLocks();
      setAsking(false);
      onDone();
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="forgotten-teacher-pin">
      <h4>{t('sharedComputer.teacherPin.forgotTitle')}</h4>
      <p>{t('sharedComputer.teacherPin.forgotBody')}</p>
      {!asking ? (
        <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
          {t('sharedComputer.teacherPin.forgot')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="reset-locks-title" className="confirm">
          <p id="reset-locks-title" className="confirm__title">
            {t('sharedComputer.teacherPin.forgotConfirmTitle', { count: locked })}
          </p>
          <p>
            <label>
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('sharedComputer.teacherPin.forgotConfirmLabel')}
            </label>
          </p>
          {failed && <p role="alert">{t('sharedComputer.teacherPin.failed')}</p>}
          <button type="button" className="button button--danger" disabled={!understood} onClick={() => void reset()}>
            {t('sharedComputer.teacherPin.forgotConfirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setAsking(false)}>
            {t('sharedComputer.teacherPin.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
