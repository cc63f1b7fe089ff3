/**
 * Choosing and entering a picture password: nine big pictures in a 3 × 3 grid, each a button with its
 * name written under it (read by screen readers, and by the child's teacher). Choosing shows the chosen
 * pictures in order, so the child can learn them; entering shows only how many were pressed, like dots
 * for a PIN, and hands the three over as soon as the third is pressed.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_PICTURES, PICTURE_PASSWORD_LENGTH, type PasswordPicture as PictureId } from '../domain/secrets';
import { PasswordPicture } from './PasswordPicture';
import { useKeepFocus } from './useKeepFocus';
import './picturePassword.css';

/** The grid's first picture: where focus goes when the buttons under it have nothing left to undo. */
function firstPicture(password: HTMLElement | null): HTMLElement | null | undefined {
  return password?.querySelector<HTMLElement>('.picture-grid button');
}

function PictureGrid({ labelId, chosen = [], marked, busy, onPick }: { labelId: string; chosen?: readonly PictureId[]; marked: boolean; busy?: boolean; onPick: (id: PictureId) => void }) {
  const { t } = useTranslation();
  return (
    <div className="picture-grid" role="group" aria-labelledby={labelId} aria-busy={busy ? true : undefined}>
      {PASSWORD_PICTURES.map((id) => {
        const position = marked ? chosen.indexOf(id) : -1;
        const name = t(`sharedComputer.pictures.${id}`);
        return (
          <button
            key={id}
            type="button"
            className={`picture-grid__choice${position >= 0 ? ' picture-grid__choice--chosen' : ''}`}
            // Still focusable when chosen, so a screen reader hears that it is taken. The name is the
            // visible text (the picture's name, then its place in the order) and "(đã chọn)" for the ear.
            aria-disabled={position >= 0 ? true : undefined}
            onClick={() => position < 0 && onPick(id)}
          >
            <PasswordPicture id={id} />
            <span className="picture-grid__name">{name}</span>
            {position >= 0 && (
              <>
                {' '}
                <span className="picture-grid__order">{position + 1}</span>{' '}
                <span className="visually-hidden">{t('sharedComputer.picturePassword.chosenMark')}</span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}

/** Choosing a new picture password on the profile form; `value` has 0 to 3 pictures. */
export function PicturePasswordChooser({ value, onChange, error }: { value: readonly PictureId[]; onChange: (pictures: PictureId[]) => void; error?: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const pick = (id: PictureId) => value.length < PICTURE_PASSWORD_LENGTH && onChange([...value, id]);
  const box = useRef<HTMLDivElement>(null);
  const undo = useKeepFocus(value.length === 0, () => firstPicture(box.current));
  const restart = useKeepFocus(value.length === 0, () => firstPicture(box.current));
  return (
    <div ref={box} className="picture-password">
      <p id={labelId} className="picture-password__label">
        {t('sharedComputer.picturePassword.choose')}
      </p>
      <p className="field-hint">{t('sharedComputer.picturePassword.remember')}</p>
      <PictureGrid labelId={labelId} chosen={value} marked onPick={pick} />
      <ol className="picture-password__slots" aria-label={t('sharedComputer.picturePassword.slots')}>
        {Array.from({ length: PICTURE_PASSWORD_LENGTH }, (_, index) => {
          const id = value[index];
          return (
            <li key={index} className="picture-password__slot">
              {id ? (
                <>
                  <PasswordPicture id={id} size={40} />
                  <span className="visually-hidden">{t('sharedComputer.picturePassword.slot', { position: index + 1, picture: t(`sharedComputer.pictures.${id}`) })}</span>
                </>
              ) : (
                <span className="visually-hidden">{t('sharedComputer.picturePassword.slotEmpty', { position: index + 1 })}</span>
              )}
            </li>
          );
        })}
      </ol>
      <p role="status" className="small">
        {t('sharedComputer.picturePassword.progress', { chosen: value.length })}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button ref={undo} type="button" className="button" disabled={value.length === 0} onClick={() => onChange(value.slice(0, -1))}>
          {t('sharedComputer.picturePassword.undo')}
        </button>{' '}
        <button ref={restart} type="button" className="button" disabled={value.length === 0} onClick={() => onChange([])}>
          {t('sharedComputer.picturePassword.restart')}
        </button>
      </p>
    </div>
  );
}

/**
 * Entering a picture password to open a profile. `onComplete` gets the three pictures; the caller checks
 * them; the entry starts empty again either way.
 */
export function PicturePasswordEntry({ label, disabled, onComplete }: { label: string; disabled?: boolean; onComplete: (pictures: PictureId[]) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [entered, setEntered] = useState<PictureId[]>([]);
  const pick = (id: PictureId) => {
    if (disabled) return;
    const next = [...entered, id];
    if (next.length < PICTURE_PASSWORD_LENGTH) {
      setEntered(next);
      return;
    }
    setEntered([]);
    onComplete(next);
  };
  const box = useRef<HTMLDivElement>(null);
  const undo = useKeepFocus(entered.length === 0, () => firstPicture(box.current));
  return (
    <div ref={box} className="picture-password">
      <p id={labelId} className="picture-password__label">
        {label}
      </p>
      <p className="picture-password__dots" aria-hidden="true">
        {Array.from({ length: PICTURE_PASSWORD_LENGTH }, (_, index) => (
          <span key={index} className={`picture-password__dot${index < entered.length ? ' picture-password__dot--filled' : ''}`} />
        ))}
      </p>
      <p role="status" className="visually-hidden">
        {t('sharedComputer.picturePassword.entered', { entered: entered.length })}
      </p>
      <PictureGrid labelId={labelId} marked={false} busy={disabled} onPick={pick} />
      <p>
        <button ref={undo} type="button" className="button" disabled={entered.length === 0} onClick={() => setEntered(entered.slice(0, -1))}>
          {t('sharedComputer.picturePassword.undo')}
        </button>
      </p>
    </div>
  );
}
