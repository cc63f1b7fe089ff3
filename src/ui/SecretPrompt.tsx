/**
 * Asks for a protected learner's secret — their PIN or their picture password — before their profile is
 * opened, changed or deleted; where a teacher PIN is set, "Thầy cô mở giúp" takes it instead. The
 * database checks the proof and counts wrong tries (src/db/learners.ts: unlockLearner); this only says
 * what happened. After five wrong tries it says how long to wait instead of checking. Shared: the
 * profiles ask it before opening or changing a profile, Cài đặt before a file is imported into or
 * exported from a locked profile.
 */
import { useState, type FormEvent } from 'react';
import { focusOnMount } from './focusOnMount';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTeacherLock } from '../db/hooks';
import type { PinProof, Unlock } from '../db/learners';
import { loadStore } from '../db/loadStore';
import type { Learner } from '../domain/records';
import type { PasswordPicture } from '../domain/secrets';
import { PIN_LENGTH } from '../domain/pin';
import { TeacherPinPrompt } from './TeacherPinPrompt';
import { SaveAlert } from './SaveAlert';
import { useSaveAction } from './useSaveAction';
import { secondsUntil } from './waitText';
import { PicturePasswordEntry } from './PicturePassword';
import { shownNickname } from './learnerName';

interface Props {
  learner: Learner;
  /** What the learner is asked, e.g. "Nhập mã PIN của Minh" (for a picture password: which pictures). */
  label: string;
  /** Called with the proof once it is right (the caller may need it for a change). */
  onOk: (proof: PinProof) => void;
  onCancel: () => void;
  /** The PIN form's button; "Vào học" when absent (opening a profile). */
  submitLabel?: string;
}

type Problem = { kind: 'wrong' } | { kind: 'wait'; until: number };

export function SecretPrompt({ learner, label, onOk, onCancel, submitLabel }: Props) {
  const { t } = useTranslation();
  const lock = useTeacherLock();
  const [byTeacher, setByTeacher] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const checking = useSaveAction();

  const check = async (proof: PinProof): Promise<boolean> => {
    let opened = false;
    setProblem(null);
    await checking.run(async () => {
      const unlock: Unlock = await (await loadStore()).learners.unlockLearner(learner.id, proof);
      if (unlock.ok) {
        opened = true;
        onOk(proof);
        return;
      }
      setProblem(unlock.retryAt !== undefined ? { kind: 'wait', until: unlock.retryAt } : { kind: 'wrong' });
    });
    return opened;
  };

  const errorId = `secret-${learner.id}-error`;
  const message = (
    <>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problemText(problem, learner.pictureHash !== undefined, t)}
        </p>
      )}
      <SaveAlert error={checking.error} />
    </>
  );

  return (
    <div className="secret-prompt">
      {byTeacher ? (
        <TeacherPinPrompt label={t('sharedComputer.teacherPin.prompts.unlockLearner', { name: shownNickname(learner.nickname, t) })} onOk={onOk} onCancel={() => setByTeacher(false)} />
      ) : learner.pictureHash !== undefined ? (
        <>
          <PicturePasswordEntry label={label} disabled={checking.busy} onComplete={(pictures: PasswordPicture[]) => void check({ kind: 'pictures', pictures })} />
          {message}
          <button type="button" className="button" onClick={onCancel}>
            {t('learners.cancel')}
          </button>
        </>
      ) : (
        <PinForm learnerId={learner.id} label={label} submitLabel={submitLabel ?? t('learners.pinSubmit')} checking={checking.busy} problem={problem} message={message} errorId={errorId} onSubmit={(pin) => check({ kind: 'learner-pin', pin })} onCancel={onCancel} />
      )}
      {lock?.set && !byTeacher && (
        <p>
          <button type="button" className="button" onClick={() => setByTeacher(true)}>
            {t('sharedComputer.unlock.teacherInstead')}
          </button>
        </p>
      )}
    </div>
  );
}

function PinForm(props: {
  learnerId: string;
  label: string;
  submitLabel: string;
  checking: boolean;
  problem: Problem | null;
  message: React.ReactNode;
  errorId: string;
  onSubmit: (pin: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await props.onSubmit(pin))) setPin('');
  };
  const id = `pin-${props.learnerId}`;
  return (
    <form className="pin-prompt" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        pattern={`[0-9]{${PIN_LENGTH}}`}
        maxLength={PIN_LENGTH}
        value={pin}
        ref={focusOnMount}
        aria-invalid={props.problem !== null}
        aria-describedby={props.problem ? props.errorId : undefined}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
      />
      {props.message}
      <button type="submit" className="button button--primary" aria-disabled={props.checking || undefined}>
        {props.submitLabel}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t('learners.cancel')}
      </button>
    </form>
  );
}

function problemText(problem: Problem, pictures: boolean, t: TFunction): string {
  if (problem.kind === 'wrong') return pictures ? t('sharedComputer.picturePassword.wrong') : t('learners.wrongPin');
  const seconds = secondsUntil(problem.until);
  return seconds >= 120 ? t('learners.pinWaitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('learners.pinWaitSeconds', { seconds });
}
