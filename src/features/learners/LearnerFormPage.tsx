/**
 * Create or edit a profile: nickname, avatar, class and PIN; deleting says exactly what will be lost.
 * A PIN-protected profile asks for its PIN before anything can be changed or deleted, and the PIN is
 * then passed along as proof (the database checks it again).
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { useLearners } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { PinProof } from '../../db/learners';
import type { AvatarId, Learner } from '../../db/types';
import { CLASS_LABEL_MAX_LENGTH, NICKNAME_MAX_LENGTH } from '../../domain/limits';
import { checkName, type NameCheck } from '../../domain/names';
import { isValidPin } from '../../domain/pin';
import { Link } from '../../router/Link';
import { navigate } from '../../router/navigation';
import { paths } from '../../router/routes';
import { Avatar, AVATAR_IDS } from '../../ui/Avatar';
import { DeleteLearner } from './DeleteLearner';
import { PinPrompt } from './PinPrompt';

export function LearnerFormPage({ learnerId }: { learnerId?: string }) {
  const { t } = useTranslation();
  const learners = useLearners();
  const existing = learnerId ? learners.find((l) => l.id === learnerId) : undefined;
  const title = existing ? t('learners.editTitle', { name: existing.nickname }) : t('learners.addTitle');
  usePageTitle(title);
  const [proof, setProof] = useState<PinProof>();

  if (learnerId && !existing) return <p className="muted">{t('lesson.loading')}</p>;
  const locked = existing?.pinHash !== undefined && proof === undefined;
  return (
    <div className="learner-form-page">
      <p className="breadcrumb">
        <Link href={paths.learners()}>← {t('learners.title')}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {existing && locked ? (
        <PinPrompt
          learner={existing}
          label={t('learners.enterPinToEdit', { name: existing.nickname })}
          onOk={(pin) => setProof({ kind: 'learner-pin', pin })}
          onCancel={() => navigate(paths.learners())}
        />
      ) : (
        <>
          <LearnerForm key={existing?.id ?? 'new'} existing={existing} proof={proof} />
          {existing && <DeleteLearner learner={existing} proof={proof} />}
        </>
      )}
    </div>
  );
}

type Errors = Partial<Record<'nickname' | 'classLabel' | 'pin' | 'form', string>>;

function LearnerForm({ existing, proof }: { existing?: Learner; proof?: PinProof }) {
  const { t } = useTranslation();
  const [nickname, setNickname] = useState(existing?.nickname ?? '');
  const [classLabel, setClassLabel] = useState(existing?.classLabel ?? '');
  const [avatar, setAvatar] = useState<AvatarId>(existing?.avatar ?? 'cat');
  const [pin, setPin] = useState('');
  const [removePin, setRemovePin] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  useEffect(() => {
    if (Object.keys(errors).length > 0) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const validate = (): Errors => {
    const found: Errors = {};
    const name = nameError(checkName(nickname, 'nickname'), t('learners.errors.nickname'), t);
    const label = nameError(checkName(classLabel, 'classLabel'), t('learners.errors.classLabel'), t);
    if (name) found.nickname = name;
    if (label) found.classLabel = label;
    if (pin !== '' && !isValidPin(pin)) found.pin = t('learners.errors.pin');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { learners } = await loadStore();
      if (existing) {
        await learners.updateLearner(existing.id, { nickname, avatar, classLabel }, proof);
        if (removePin) await learners.setLearnerPin(existing.id, null, proof);
        else if (pin) await learners.setLearnerPin(existing.id, pin, proof);
        navigate(paths.learners());
      } else {
        await learners.createLearner({ nickname, avatar, classLabel, ...(pin ? { pin } : {}) });
        navigate(paths.home());
      }
    } catch {
      setErrors({ form: t('learners.errors.saveFailed') });
    }
  };

  return (
    <form className="learner-form" onSubmit={(event) => void submit(event)} noValidate>
      {errors.form && (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      )}
      <Field id="nickname" label={t('learners.nickname')} hint={t('learners.nicknameHint')} error={errors.nickname}>
        <input id="nickname" type="text" value={nickname} maxLength={NICKNAME_MAX_LENGTH} autoComplete="off" required onChange={(e) => setNickname(e.target.value)} {...describedBy('nickname', errors.nickname)} />
      </Field>
      <Field id="classLabel" label={t('learners.classLabel')} hint={t('learners.classHint')} error={errors.classLabel}>
        <input id="classLabel" type="text" value={classLabel} maxLength={CLASS_LABEL_MAX_LENGTH} autoComplete="off" onChange={(e) => setClassLabel(e.target.value)} {...describedBy('classLabel', errors.classLabel)} />
      </Field>
      <fieldset className="avatar-picker">
        <legend>{t('learners.avatar')}</legend>
        {AVATAR_IDS.map((id) => (
          <label key={id} className={`avatar-choice${avatar === id ? ' avatar-choice--chosen' : ''}`}>
            <input type="radio" name="avatar" value={id} checked={avatar === id} onChange={() => setAvatar(id)} />
            <Avatar id={id} size={56} />
            <span>{t(`learners.avatars.${id}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field id="pin" label={existing?.pinHash ? t('learners.newPin') : t('learners.pin')} hint={t('learners.pinHint')} error={errors.pin}>
        <input
          id="pin"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={4}
          value={pin}
          disabled={removePin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          {...describedBy('pin', errors.pin)}
        />
      </Field>
      {existing?.pinHash && (
        <p>
          <label>
            <input type="checkbox" checked={removePin} onChange={(e) => setRemovePin(e.target.checked)} /> {t('learners.removePin')}
          </label>
        </p>
      )}
      <p>
        <button type="submit" className="button button--primary button--large">
          {existing ? t('learners.save') : t('learners.create')}
        </button>
        <Link className="button" href={paths.learners()}>
          {t('learners.cancel')}
        </Link>
      </p>
    </form>
  );
}

const CHARACTER_PROBLEMS = { control: 'control', bidi: 'bidi', 'zero-width': 'zeroWidth', surrogate: 'surrogate' } as const;

/** The form's words for what the name rule (src/domain/names.ts) found; `lengthMessage` for empty or too long. */
function nameError(checked: NameCheck, lengthMessage: string, t: TFunction): string | undefined {
  if (checked.ok) return undefined;
  if (checked.problem === 'empty' || checked.problem === 'too-long') return lengthMessage;
  return t(`learners.errors.characters.${CHARACTER_PROBLEMS[checked.problem]}`);
}

function describedBy(id: string, error: string | undefined) {
  return { 'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`, 'aria-invalid': error ? true : undefined };
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
