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
import { CancelButton, useConfirmFocus } from '../../ui/useConfirmFocus';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';

export function ResetComputer() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const [counts, setCounts] = useState<{ learners: number; attempts: number } | null>(null);
  const [understood, setUnderstood] = useState(false);
  // Deleting the database fails, with no error of a known kind, while another tab holds it open.
  const save = useSaveAction(t('settings.resetFailed'));
  const backing = useSaveAction();
  const counting = useSaveAction();
  const lockSet = useTeacherLock()?.set === true;
  const [proof, setProof] = useState<TeacherProof>();
  const [backup, setBackup] = useState<string | null>(null);
  const focus = useConfirmFocus(counts !== null);

  const downloadBackup = () =>
    backing.run(async () => {
      setBackup(null);
      // The export brings the file schema (zod): loaded only when a backup is made.
      const transfer = await import('../../db/transfer');
      // The teacher PIN typed for the reset is the backup's proof too (a variable, not a literal, so the
      // call stays valid whichever proofs the export takes).
      const options = { kind: 'backup' as const, proofs: proof ? { teacher: proof } : undefined };
      let file;
      try {
        file = await transfer.buildExport(options);
      } catch (error) {
        // Learners have locks and no teacher PIN guards the backup's PIN hashes: say what to do first.
        if (!(error instanceof transfer.TransferLockedError && error.lock.kind === 'set-teacher-pin')) throw error;
        setBackup(ts('transfer.lock.setTeacherPinFirst'));
        return;
      }
      const name = progressFileName(file);
      downloadFile(name, transfer.serialiseExport(file), 'application/json');
      setBackup(t('sharedComputer.backupFirst.done', { name }));
    });

  const ask = () => counting.run(async () => setCounts(await (await loadStore()).storedCounts()));
  const reset = () =>
    save.run(async () => {
      await (await loadStore()).deleteAllData(proof);
      clearStored();
      // A full load of the home page (under the app's base path) starts the app with nothing in memory.
      window.location.assign(paths.home());
    });

  return (
    <div className="danger-zone">
      <h3>{t('settings.resetTitle')}</h3>
      <p>{t('settings.resetBody')}</p>
      {counts === null ? (
        <>
          <SaveAlert error={counting.error} />
          <button ref={focus.opener} type="button" className="button button--danger" aria-disabled={counting.busy || undefined} onClick={() => void ask()}>
            {t('settings.reset')}
          </button>
        </>
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
          <SaveAlert error={save.error} />
          {lockSet && !proof ? (
            <TeacherPinPrompt label={t('sharedComputer.teacherPin.prompts.reset')} onOk={setProof} />
          ) : (
            <>
              <div className="reset-backup">
                <p>{t('sharedComputer.backupFirst.body')}</p>
                <button type="button" className="button button--primary" aria-disabled={backing.busy || undefined} onClick={() => void downloadBackup()}>
                  {t('sharedComputer.backupFirst.download')}
                </button>
                <p role="status">{backup}</p>
                <SaveAlert error={backing.error} />
              </div>
              <button type="button" className="button button--danger" disabled={!understood} aria-disabled={save.busy || undefined} onClick={() => void reset()}>
                {t('settings.resetConfirm')}
              </button>
            </>
          )}
          <CancelButton
            focusRef={focus.cancel}
            label={t('learners.cancel')}
            onCancel={() => {
              save.clear();
              backing.clear();
              setCounts(null);
              setProof(undefined);
              setBackup(null);
            }}
          />
        </div>
      )}
    </div>
  );
}
