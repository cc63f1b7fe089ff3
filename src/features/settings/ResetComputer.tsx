/** The end-of-year reset, behind a confirmation that says how much will be deleted (and the teacher PIN, where one is set). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeacherLock } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { TeacherProof } from '../../db/teacherLock';
import { paths } from '../../router/routes';
import { clearStored } from '../../stores/safeStorage';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';

export function ResetComputer() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ learners: number; attempts: number } | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [failed, setFailed] = useState(false);
  const lockSet = useTeacherLock()?.set === true;
  const [proof, setProof] = useState<TeacherProof>();

  const ask = async () => setCounts(await (await loadStore()).storedCounts());
  const reset = async () => {
    try {
      await (await loadStore()).deleteAllData(proof);
      clearStored();
      // A full load of the home page (under the app's base path) starts the app with nothing in memory.
      window.location.assign(paths.home());
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="danger-zone">
      <h3>{t('settings.resetTitle')}</h3>
      <p>{t('settings.resetBody')}</p>
      {counts === null ? (
        <button type="button" className="button button--danger" onClick={() => void ask()}>
          {t('settings.reset')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="reset-title" className="confirm">
          <p id="reset-title" className="confirm__title">
            {t('settings.resetConfirmTitle', counts)}
          </p>
          <p>
            <label>
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('settings.resetConfirmLabel')}
            </label>
          </p>
          {failed && <p role="alert">{t('settings.resetFailed')}</p>}
          {lockSet && !proof ? (
            <TeacherPinPrompt label={t('sharedComputer.teacherPin.prompts.reset')} onOk={setProof} />
          ) : (
            <button type="button" className="button button--danger" disabled={!understood} onClick={() => void reset()}>
              {t('settings.resetConfirm')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              setCounts(null);
              setProof(undefined);
            }}
          >
            {t('learners.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
