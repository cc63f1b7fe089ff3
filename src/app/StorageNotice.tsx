/** Tells the learner, in plain words, when their results cannot be saved — never a silent failure. */
import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../stores/storageStatus';

const PROBLEM_MESSAGES = { unavailable: 'unavailable', 'write-failed': 'writeFailed', blocked: 'blocked' } as const;

export function StorageNotice() {
  const { t } = useTranslation();
  const problem = useStorageStatus((s) => s.problem);
  const detail = useStorageStatus((s) => s.detail);
  const retry = useStorageStatus((s) => s.retry);
  if (!problem) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <p>{t(`storage.${PROBLEM_MESSAGES[problem]}`)}</p>
      {detail && <p className="small muted">({detail})</p>}
      {problem === 'write-failed' && retry && (
        <button type="button" className="button" onClick={() => void retry()}>
          {t('storage.retry')}
        </button>
      )}
    </div>
  );
}
