/**
 * Create or edit a profile: nickname, avatar, class and lock (none, a PIN or a picture password);
 * deleting says exactly what will be lost. A protected profile asks for its secret (or the teacher PIN)
 * before anything can be changed or deleted, and the proof is then passed along (the database checks it
 * again).
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { useLearners } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { LearnerSecret, PinProof } from '../../db/learners';
import type { AvatarId, Learner } from '../../domain/records';
import { CLASS_LABEL_MAX_LENGTH, NICKNAME_MAX_LENGTH } from '../../domain/limits';
import { checkName, type NameCheck } from '../../domain/names';
import { freeNickname, learnerNamed } from '../../domain/sameNickname';
import { isValidPin, PIN_LENGTH } from '../../domain/pin';
import { isValidPicturePassword, type PasswordPicture } from '../../domain/secrets';
import { Link } from '../../router/Link';
import { navigate } from '../../router/navigation';
import { paths } from '../../router/routes';
import { Avatar, AVATAR_IDS } from '../../ui/Avatar';
import { shownNickname } from '../../ui/learnerName';
import { DeleteLearner } from './DeleteLearner';
import { PicturePasswordChooser } from '../../ui/PicturePassword';
import { SecretPrompt } from '../../ui/SecretPrompt';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';
import './learners.css';

export function LearnerFormPage({ learnerId }: { learnerId?: string }) {
  const { t } = useTranslation();
  const learners = useLearners();
  const existing = learnerId ? learners.find((l) => l.id === learnerId) : undefined;
  const title = existing ? t('learners.editTitle', { name: shownNickname(existing.nickname, t) }) : t('learners.addTitle');
  usePageTitle(title);
  const [proof, setProof] = useState<PinProof>();

  if (learnerId && !existing) return <p className="muted">{t('lesson.loading')}</p>;
  const locked = existing !== undefined && (existing.pinHash !== undefined || existing.pictureHash !== undefined) && proof === undefined;
  return (
    <div className="learner-form-page">
      <p className="breadcrumb">
        <Link href={paths.learners()}>← {t('learners.title')}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {existing && locked ? (
        <SecretPrompt
          learner={existing}
          label={existing.pictureHash ? t('sharedComputer.picturePassword.enter', { name: shownNickname(existing.nickname, t) }) : t('learners.enterPinToEdit', { name: shownNickname(existing.nickname, t) })}
          submitLabel={t('learners.pinSubmitToEdit')}
          onOk={setProof}
          onCancel={() => navigate(paths.learners())}
        />
      ) : (
        <>
          <LearnerForm key={existing?.id ?? 'new'} existing={existing} proof={proof} others={learners} />
          {existing && <DeleteLearner learner={existing} proof={proof} />}
        </>
      )}
    </div>
  );
}

type Errors = Partial<Record<'nickname' | 'classLabel' | 'pin' | 'pictures', string>>;

/** What the form does with the lock: keep the stored one, have none, or set a new PIN or picture password. */
type SecretChoice = 'keep' | 'none' | 'pin' | 'pictures';

function LearnerForm({ existing, proof, others }: { existing?: Learner; proof?: PinProof; others: readonly Learner[] }) {
  const { t } = useTranslation();
  const [nickname, setNickname] = useState(existing ? shownNickname(existing.nickname, t) : '');
  const [classLabel, setClassLabel] = useState(existing?.classLabel ?? '');
  const [avatar, setAvatar] = useState<AvatarId>(existing?.avatar ?? 'cat');
  const hasSecret = existing?.pinHash !== undefined || existing?.pictureHash !== undefined;
  const [secretChoice, setSecretChoice] = useState<SecretChoice>(hasSecret ? 'keep' : 'none');
  const [pin, setPin] = useState('');
  const [pictures, setPictures] = useState<PasswordPicture[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const save = useSaveAction();

  useEffect(() => {
    if (Object.keys(errors).length > 0) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const validate = (): Errors => {
    const found: Errors = {};
    const name = nameError(checkName(nickname, 'nickname'), t('learners.errors.nickname'), t);
    const label = nameError(checkName(classLabel, 'classLabel'), t('learners.errors.classLabel'), t);
    if (name) found.nickname = name;
    if (label) found.classLabel = label;
    if (secretChoice === 'pin' && !isValidPin(pin)) found.pin = t('learners.errors.pin', { digits: PIN_LENGTH });
    if (secretChoice === 'pictures' && !isValidPicturePassword(pictures)) found.pictures = t('sharedComputer.picturePassword.incomplete');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const secret: LearnerSecret | null = secretChoice === 'pin' ? { kind: 'pin', pin } : secretChoice === 'pictures' ? { kind: 'pictures', pictures } : null;
    // One press, one transaction: the profile and its lock are saved together or not at all.
    await save.run(async () => {
      const { learners } = await loadStore();
      if (existing) {
        const lock = secretChoice === 'keep' || (secretChoice === 'none' && !hasSecret) ? 'keep' : secret;
        await learners.saveLearner(existing.id, { nickname, avatar, classLabel }, lock, proof);
        navigate(paths.learners());
      } else {
        await learners.createLearner({ nickname, avatar, classLabel, ...(secret?.kind === 'pin' ? { pin } : secret?.kind === 'pictures' ? { pictures } : {}) });
        navigate(paths.home());
      }
    });
  };

  return (
    <form className="learner-form" onSubmit={(event) => void submit(event)} noValidate>
      <SaveAlert error={save.error} />
      <Field id="nickname" label={t('learners.nickname')} hint={t('learners.nicknameHint')} error={errors.nickname}>
        <input id="nickname" type="text" value={nickname} maxLength={NICKNAME_MAX_LENGTH} autoComplete="off" required onChange={(e) => setNickname(e.target.value)} {...describedBy('nickname', errors.nickname)} />
        <SameNicknameHint nickname={nickname} others={others} selfId={existing?.id} onUse={setNickname} />
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
      <fieldset className="secret-choice" aria-describedby="secret-hint">
        <legend>{t('sharedComputer.secret.legend')}</legend>
        <p id="secret-hint" className="field-hint">
          {t('sharedComputer.secret.hint')}
        </p>
        {(hasSecret ? (['keep', 'pin', 'pictures', 'none'] as const) : (['none', 'pin', 'pictures'] as const)).map((choice) => (
          <label key={choice} className="block">
            <input type="radio" name="secret" value={choice} checked={secretChoice === choice} onChange={() => setSecretChoice(choice)} /> {secretLabel(choice, hasSecret, t)}
          </label>
        ))}
      </fieldset>
      {secretChoice === 'pin' && (
        <Field id="pin" label={t('learners.pin', { digits: PIN_LENGTH })} hint={t('learners.pinHint', { digits: PIN_LENGTH })} error={errors.pin}>
          <input id="pin" type="password" inputMode="numeric" autoComplete="new-password" maxLength={PIN_LENGTH} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} {...describedBy('pin', errors.pin)} />
        </Field>
      )}
      {secretChoice === 'pictures' && <PicturePasswordChooser value={pictures} onChange={setPictures} error={errors.pictures} />}
      <p>
        <button type="submit" className="button button--primary button--large" aria-disabled={save.busy || undefined}>
          {existing ? t('learners.save') : t('learners.create')}
        </button>
        <Link className="button" href={paths.learners()}>
          {t('learners.cancel')}
        </Link>
      </p>
    </form>
  );
}

/**
 * A gentle word, as the nickname is typed, when another learner on this computer already has it (as
 * shown: the default profile's name is compared in the reader's language), with a free name to take.
 * Never a refusal. The live region is always there, so a screen reader hears the hint when it appears.
 */
function SameNicknameHint({ nickname, others, selfId, onUse }: { nickname: string; others: readonly Learner[]; selfId?: string; onUse: (nickname: string) => void }) {
  const { t } = useTranslation();
  const shown = others.map((learner) => ({ id: learner.id, nickname: shownNickname(learner.nickname, t) }));
  const typed = shownNickname(nickname, t);
  const namesake = learnerNamed(shown, typed, selfId);
  const suggestion = namesake ? freeNickname(shown, typed, selfId) : '';
  return (
    <div className="same-nickname" role="status">
      {namesake && (
        <p className="notice">
          {t('learners.sameNickname.warning', { name: namesake.nickname, suggestion })}{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              onUse(suggestion);
              document.getElementById('nickname')?.focus();
            }}
          >
            {t('learners.sameNickname.use', { suggestion })}
          </button>
        </p>
      )}
    </div>
  );
}

function secretLabel(choice: SecretChoice, hasSecret: boolean, t: TFunction): string {
  if (choice === 'keep') return t('sharedComputer.secret.keep');
  if (choice === 'pin') return t('sharedComputer.secret.pin', { digits: PIN_LENGTH });
  if (choice === 'pictures') return t('sharedComputer.secret.pictures');
  return hasSecret ? t('sharedComputer.secret.remove') : t('sharedComputer.secret.none');
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
