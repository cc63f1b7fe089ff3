/**
 * The teacher PIN in Cài đặt: set it, change or remove it (with the current one), its recovery code, the
 * notes about what was done with it, and the way out of a forgotten one — resetting every lock on this
 * computer with the recovery code, which keeps all profiles and results (src/db/teacherLock.ts).
 *
 * A first teacher PIN comes with a recovery code, shown once (RecoveryCodeDialog); a change keeps the
 * code and offers a new one. A computer whose teacher PIN predates recovery codes is offered one here.
 * The notes (src/db/audit.ts) stay until someone with the teacher PIN says they have seen them.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { focusOnMount } from '../../ui/focusOnMount';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../db/audit';
import { useLearners, useTeacherLock, useUnacknowledgedEvents } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { TeacherProof } from '../../db/teacherLock';
import { useLocale } from '../../i18n';
import { longDate } from '../../i18n/dates';
import { isValidRecoveryCode, isValidTeacherPin, RECOVERY_CODE_LENGTH, TEACHER_PIN_MAX_LENGTH } from '../../domain/secrets';
import { RecoveryCodeDialog } from '../../ui/RecoveryCodeDialog';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';
import { waitText } from '../../ui/waitText';
import { shownNickname } from '../../ui/learnerName';
import { StatusText } from '../../ui/LiveRegion';

type Step =
  | { kind: 'view' }
  | { kind: 'verify'; next: 'change' | 'remove' | 'recovery' }
  | { kind: 'new'; proof?: TeacherProof }
  /** The PIN was changed and the old recovery code kept: a new one can be made with the new PIN. */
  | { kind: 'changed'; proof: TeacherProof };

export function TeacherLockSection() {
  const { t } = useTranslation();
  const lock = useTeacherLock();
  const [step, setStep] = useState<Step>({ kind: 'view' });
  const [message, setMessage] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  /** The locks were just reset: the new teacher PIN form that appears gets focus, to set one right away. */
  const [afterReset, setAfterReset] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const save = useSaveAction();
  if (!lock) return null;

  const remove = async (proof: TeacherProof) => {
    setMessage(null);
    await save.run(async () => {
      await (await loadStore()).teacherLock.removeTeacherPin(proof);
      setMessage(t('sharedComputer.teacherPin.removed'));
    });
    setStep({ kind: 'view' });
  };
  const makeCode = async (proof: TeacherProof) => {
    setMessage(null);
    await save.run(async () => {
      setCode(await (await loadStore()).teacherLock.createRecoveryCode(proof));
      setMessage(t('sharedComputer.recovery.created'));
    });
    setStep({ kind: 'view' });
  };
  const saved = (pin: string, recoveryCode: string | undefined, changed: boolean) => {
    if (recoveryCode) {
      setCode(recoveryCode);
      setMessage(t('sharedComputer.teacherPin.saved'));
      setStep({ kind: 'view' });
    } else {
      setMessage(changed ? t('sharedComputer.recovery.changedKept') : t('sharedComputer.teacherPin.saved'));
      setStep(changed ? { kind: 'changed', proof: { kind: 'teacher-pin', pin } } : { kind: 'view' });
    }
  };

  return (
    <div className="teacher-lock" aria-labelledby="teacher-pin-title" role="group">
      <h3 id="teacher-pin-title" ref={title} tabIndex={-1}>
        {t('sharedComputer.teacherPin.title')}
      </h3>
      <p>{t('sharedComputer.teacherPin.intro')}</p>
      <TeacherPinTrail lockSet={lock.set} />
      <p>
        <strong>{lock.set ? t('sharedComputer.teacherPin.isSet') : t('sharedComputer.teacherPin.notSet')}</strong>
        {lock.set && lock.recoveryCode && <> {t('sharedComputer.recovery.has')}</>}
      </p>
      {message && <StatusText text={message} />}
      <SaveAlert error={save.error} />

      {lock.set && !lock.recoveryCode && step.kind !== 'verify' && (
        <div className="notice notice--warning">
          <p>
            <strong>{t('sharedComputer.recovery.missingTitle')}</strong>
          </p>
          <p>{t('sharedComputer.recovery.missingBody')}</p>
          <button type="button" className="button button--primary" onClick={() => setStep({ kind: 'verify', next: 'recovery' })}>
            {t('sharedComputer.recovery.create')}
          </button>
        </div>
      )}
      {!lock.set && <NewTeacherPinForm focus={afterReset} submitLabel={t('sharedComputer.teacherPin.set')} onSaved={(pin, recoveryCode) => saved(pin, recoveryCode, false)} />}
      {lock.set && (step.kind === 'view' || step.kind === 'changed') && (
        <p>
          {step.kind === 'changed' && (
            <>
              <button type="button" className="button" onClick={() => void makeCode(step.proof)}>
                {t('sharedComputer.recovery.renew')}
              </button>{' '}
            </>
          )}
          <button type="button" className="button" onClick={() => setStep({ kind: 'verify', next: 'change' })}>
            {t('sharedComputer.teacherPin.change')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setStep({ kind: 'verify', next: 'remove' })}>
            {t('sharedComputer.teacherPin.remove')}
          </button>{' '}
          {step.kind === 'view' && lock.recoveryCode && (
            <button type="button" className="button" onClick={() => setStep({ kind: 'verify', next: 'recovery' })}>
              {t('sharedComputer.recovery.renew')}
            </button>
          )}
        </p>
      )}
      {lock.set && (step.kind === 'changed' || (step.kind === 'view' && lock.recoveryCode)) && <p className="muted small">{t('sharedComputer.recovery.renewHint')}</p>}
      {lock.set && step.kind === 'verify' && (
        <TeacherPinPrompt
          label={step.next === 'recovery' ? t('sharedComputer.recovery.prompt') : t('sharedComputer.teacherPin.prompts.current')}
          offerRecoveryCode={step.next !== 'recovery'}
          onOk={(proof) => (step.next === 'remove' ? void remove(proof) : step.next === 'recovery' ? void makeCode(proof) : setStep({ kind: 'new', proof }))}
          onCancel={() => setStep({ kind: 'view' })}
        />
      )}
      {lock.set && step.kind === 'new' && (
        <NewTeacherPinForm proof={step.proof} submitLabel={t('sharedComputer.teacherPin.change')} onSaved={(pin, recoveryCode) => saved(pin, recoveryCode, true)} onCancel={() => setStep({ kind: 'view' })} />
      )}
      {lock.set && (
        <ForgottenTeacherPin
          hasCode={lock.recoveryCode}
          onDone={(text) => {
            setMessage(text);
            setAfterReset(true);
          }}
        />
      )}
      {code && (
        <RecoveryCodeDialog
          code={code}
          returnFocus={title}
          onDone={() => {
            setCode(null);
            title.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function NewTeacherPinForm({
  proof,
  focus = false,
  submitLabel,
  onSaved,
  onCancel,
}: {
  proof?: TeacherProof;
  /** Focus the first box when it appears. */
  focus?: boolean;
  submitLabel: string;
  onSaved: (pin: string, recoveryCode: string | undefined) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useSaveAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidTeacherPin(pin)) return setError(t('sharedComputer.teacherPin.formatError'));
    if (pin !== repeat) return setError(t('sharedComputer.teacherPin.mismatch'));
    setError(null);
    await save.run(async () => {
      const { recoveryCode } = await (await loadStore()).teacherLock.setTeacherPin(pin, proof);
      onSaved(pin, recoveryCode);
    });
  };
  const digits = (value: string) => value.replace(/\D/g, '');
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  return (
    <form className="teacher-pin-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-new`}>{t('sharedComputer.teacherPin.newPin')}</label>
        <input
          id={`${id}-new`}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={TEACHER_PIN_MAX_LENGTH}
          value={pin}
          ref={focus || proof !== undefined ? focusOnMount : undefined}
          onChange={(e) => setPin(digits(e.target.value))}
          {...invalid}
        />
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
      <SaveAlert error={save.error} />
      <p>
        <button type="submit" className="button button--primary" aria-disabled={save.busy || undefined}>
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

const TRAIL_KEYS = {
  'teacher-pin-set': 'sharedComputer.trail.teacherPinSet',
  'teacher-pin-changed': 'sharedComputer.trail.teacherPinChanged',
  'teacher-pin-removed': 'sharedComputer.trail.teacherPinRemoved',
  'locks-reset': 'sharedComputer.trail.locksReset',
  'learner-opened': 'sharedComputer.trail.learnerOpened',
  'learner-changed': 'sharedComputer.trail.learnerChanged',
  'learner-lock-removed': 'sharedComputer.trail.learnerLockRemoved',
} as const satisfies Record<AuditEvent['kind'], string>;

/** The notes nobody with the teacher PIN has acknowledged, with their dates; acknowledging needs the teacher PIN. */
function TeacherPinTrail({ lockSet }: { lockSet: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const events = useUnacknowledgedEvents();
  const learners = useLearners();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const save = useSaveAction();

  const acknowledge = async (proof: TeacherProof) => {
    setAsking(false);
    setMessage(null);
    await save.run(async () => {
      await (await loadStore()).teacherLock.acknowledgeEvents(
        events.map((event) => event.key),
        proof,
      );
      setMessage(t('sharedComputer.trail.acknowledged'));
    });
  };

  const name = (learnerId: string | undefined) => {
    const learner = learners.find((l) => l.id === learnerId);
    return learner ? shownNickname(learner.nickname, t) : t('sharedComputer.trail.deletedLearner');
  };
  // The status stays in one place whether the notes are still there or just went, so it is not put on the
  // page (and said) a second time when the stored notes catch up.
  const notes = events.length > 0 && (
    <div className="notice notice--warning teacher-pin-trail" role="group" aria-labelledby="teacher-pin-trail-title">
      <h4 id="teacher-pin-trail-title" ref={heading} tabIndex={-1}>
        {t('sharedComputer.trail.title')}
      </h4>
      <p>{t('sharedComputer.trail.intro')}</p>
      <ul>
        {events.map((event) => (
          <li key={event.key}>{t(TRAIL_KEYS[event.kind], { date: longDate(event.at, locale), name: name(event.learnerId) })}</li>
        ))}
      </ul>
      {!lockSet ? (
        <p>{t('sharedComputer.trail.needPin')}</p>
      ) : asking ? (
        <TeacherPinPrompt
          label={t('sharedComputer.trail.prompt')}
          onOk={(proof) => void acknowledge(proof)}
          onCancel={() => {
            setAsking(false);
            heading.current?.focus();
          }}
        />
      ) : (
        <button type="button" className="button" aria-disabled={save.busy || undefined} onClick={() => setAsking(true)}>
          {t('sharedComputer.trail.acknowledge')}
        </button>
      )}
      <SaveAlert error={save.error} />
    </div>
  );
  return (
    <>
      {notes}
      {message && <StatusText text={message} />}
    </>
  );
}

type ResetProblem = { kind: 'format' } | { kind: 'wrong' } | { kind: 'wait'; until: number };

/**
 * "Quên mã PIN?": resetting every lock with the recovery code, behind a confirmation that counts the
 * learners who lose theirs. Without a code on this computer, it says what is left (clearing the site's data).
 */
function ForgottenTeacherPin({ hasCode, onDone }: { hasCode: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const learners = useLearners();
  const [asking, setAsking] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<ResetProblem | null>(null);
  const save = useSaveAction();
  const openButton = useRef<HTMLButtonElement>(null);
  const locked = learners.filter((learner) => learner.pinHash !== undefined || learner.pictureHash !== undefined).length;

  const close = () => {
    setAsking(false);
    setCode('');
    setProblem(null);
    setUnderstood(false);
    save.clear();
  };
  const reset = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidRecoveryCode(code)) return setProblem({ kind: 'format' });
    setProblem(null);
    await save.run(async () => {
      const { teacherLock } = await loadStore();
      try {
        await teacherLock.resetLocks({ kind: 'recovery-code', code });
      } catch (error) {
        // A wrong code (or a wait) is said at the field; any other failure by the save's alert.
        if (!(error instanceof teacherLock.RecoveryCodeRequiredError)) throw error;
        const retryAt = 'retryAt' in error.unlock ? error.unlock.retryAt : undefined;
        setProblem(retryAt !== undefined ? { kind: 'wait', until: retryAt } : { kind: 'wrong' });
        setCode('');
        return;
      }
      close();
      // The new teacher PIN form appears with focus (TeacherLockSection), to set one right away.
      onDone(t('sharedComputer.teacherPin.forgotDone'));
    });
  };

  let problemText = '';
  if (problem?.kind === 'format') problemText = t('sharedComputer.teacherPin.forgotCodeFormat');
  else if (problem?.kind === 'wrong') problemText = t('sharedComputer.teacherPin.forgotCodeWrong');
  else if (problem?.kind === 'wait') problemText = waitText(problem.until, t);

  return (
    <div className="forgotten-teacher-pin">
      <h4>{t('sharedComputer.teacherPin.forgotTitle')}</h4>
      {!hasCode ? (
        <p>{t('sharedComputer.teacherPin.forgotNoCode')}</p>
      ) : (
        <>
          <p>{t('sharedComputer.teacherPin.forgotBody')}</p>
          {!asking ? (
            <button ref={openButton} type="button" className="button button--danger" onClick={() => setAsking(true)}>
              {t('sharedComputer.teacherPin.forgot')}
            </button>
          ) : (
            <form role="alertdialog" aria-labelledby={`${id}-title`} className="confirm" onSubmit={(event) => void reset(event)} noValidate>
              <p id={`${id}-title`} className="confirm__title">
                {t('sharedComputer.teacherPin.forgotConfirmTitle', { count: locked })}
              </p>
              <div className="field">
                <label htmlFor={`${id}-code`}>{t('sharedComputer.teacherPin.forgotCodeLabel')}</label>
                <input
                  id={`${id}-code`}
                  className="recovery-code-input"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  // 16 characters, with room for the dashes and spaces it was written with.
                  maxLength={RECOVERY_CODE_LENGTH * 2}
                  value={code}
                  ref={focusOnMount}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${id}-error` : undefined}
                  onChange={(event) => setCode(event.target.value)}
                />
              </div>
              {problem && (
                <p id={`${id}-error`} className="field-error" role="alert">
                  {problemText}
                </p>
              )}
              <SaveAlert error={save.error} />
              <p>
                <label>
                  <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('sharedComputer.teacherPin.forgotConfirmLabel')}
                </label>
              </p>
              <button type="submit" className="button button--danger" disabled={!understood} aria-disabled={save.busy || undefined}>
                {t('sharedComputer.teacherPin.forgotConfirm')}
              </button>{' '}
              <button
                type="button"
                className="button"
                onClick={() => {
                  close();
                  // The button that opened this comes back on the next render.
                  requestAnimationFrame(() => openButton.current?.focus());
                }}
              >
                {t('sharedComputer.teacherPin.cancel')}
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
