/** The idle time of this computer (src/domain/idle.ts), changed only with the teacher PIN where one is set. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdleChoice, useTeacherLock } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { TeacherProof } from '../../db/teacherLock';
import { IDLE_CHOICES, idleChoiceText, parseIdleChoice, type IdleChoice } from '../../domain/idle';
import { StatusText } from '../../ui/LiveRegion';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';
import { useKeepFocus } from '../../ui/useKeepFocus';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';

export function IdleSetting() {
  const { t } = useTranslation();
  const id = useId();
  const stored = useIdleChoice();
  const lockSet = useTeacherLock()?.set === true;
  const [chosen, setChosen] = useState<IdleChoice | undefined>();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const saving = useSaveAction();
  // Once saved, the button is disabled: focus goes back to the choice.
  const saveButton = useKeepFocus(stored !== undefined && (chosen ?? stored) === stored, () => document.getElementById(id));
  if (stored === undefined) return null;
  const value = chosen ?? stored;

  const save = async (proof?: TeacherProof) => {
    setAsking(false);
    setMessage(null);
    await saving.run(async () => {
      await (await loadStore()).settings.setIdleChoice(value, proof);
      setChosen(undefined);
      setMessage(t('sharedComputer.idleSetting.saved'));
    });
  };
  const label = (choice: IdleChoice) => (choice === 'never' ? t('sharedComputer.idleSetting.never') : t('sharedComputer.idleSetting.minutes', { minutes: choice }));

  return (
    <div className="idle-setting" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sharedComputer.idleSetting.title')}</h3>
      <p className="field">
        <label htmlFor={id}>{t('sharedComputer.idleSetting.label')}</label>
        <select
          id={id}
          value={idleChoiceText(value)}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setChosen(parseIdleChoice(event.target.value));
            setMessage(null);
          }}
        >
          {IDLE_CHOICES.map((choice) => (
            <option key={choice} value={idleChoiceText(choice)}>
              {label(choice)}
            </option>
          ))}
        </select>{' '}
        <button ref={saveButton} type="button" className="button" disabled={value === stored} aria-disabled={saving.busy || undefined} onClick={() => (lockSet ? setAsking(true) : void save())}>
          {t('sharedComputer.idleSetting.save')}
        </button>
      </p>
      <p id={`${id}-hint`} className="field-hint">
        {t('sharedComputer.idleSetting.hint')}
      </p>
      {asking && <TeacherPinPrompt label={t('sharedComputer.idleSetting.prompt')} onOk={(proof) => void save(proof)} onCancel={() => setAsking(false)} />}
      {message && <StatusText text={message} />}
      <SaveAlert error={saving.error} />
    </div>
  );
}
