/**
 * The end-of-year reset, behind a confirmation that says how much will be deleted (and the teacher PIN,
 * where one is set), and that first offers the whole-computer backup — made with the teacher PIN already
 * typed for the reset, through the same export as Cài đặt → Chuyển tiến độ.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../ui/download';
import { useTeacherLock } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { TeacherProof } from '../../db/teacherLock';
import { progressFileName } from '../../domain/fileNames';
import { paths } from '../../router/routes';
import { clearStored } from '../../stores/safeStorage';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';
import { useConfirmFocus } from '../../ui/useConfirmFocus';

export function ResetComputer() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ learners: number; attempts: number } | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [failed, setFailed] = useState(false);
  const lockSet = useTeacherLock()?.set === true;
  const [proof, setProof] = useState<TeacherProof>();
  const [backup, setBackup] = useState<string | null>(null);
  const focus = useConfirmFocus(counts !== null);

  const downloadBackup = async () => {
    try {
      // The export brings the file schema (zod): loaded only when a backup is made.
      const transfer = await import('../../db/transfer');
      // The teacher PIN typed for the reset is the backup's proof too (a variable, not a literal, so the
      // call stays valid whichever proofs the export takes).
      const options = { kind: 'backup' as const, proofs: proof ? { teacher: proof } : undefined };
      const file = await transfer.buildExport(options);
      const name = progressFileName(file);
      downloadFile(name, transfer.serialiseExport(file), 'application/json');
      setBackup(t('sharedComputer.backupFirst.done', { name }));
    } catch {
      setBackup(t('sharedComputer.backupFirst.failed'));
    }
  };

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
        <button ref={focus.opener} type="button" className="button button--danger" onClick={() => void ask()}>
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
            <>
              <div className="reset-backup">
                <p>{t('sharedComputer.backupFirst.body')}</p>
                <button type="button" className="button button--primary" onClick={() => void downloadBackup()}>
                  {t('sharedComputer.backupFirst.download')}
                </button>
                <p role="status">{backup}</p>
              </div>
              <button type="button" className="button button--danger" disabled={!understood} onClick={() => void reset()}>
                {t('settings.resetConfirm')}
              </button>
            </>
          )}
          <button
            ref={focus.cancel}
            type="button"
            className="button"
            onClick={() => {
              setCounts(null);
              setProof(undefined);
              setBackup(null);
            }}
          >
            {t('learners.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
