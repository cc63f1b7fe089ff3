/**
 * "New version" and "ready offline" notices. The update is applied only when the user presses the
 * button; during a quiz the notice says so and waits, so a child is never interrupted mid-question.
 */
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/uiStore';
import { usePwaStore } from './pwaStore';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { offlineReady, needRefresh, applyUpdate, dismissOfflineReady, dismissUpdate } = usePwaStore();
  const quizInProgress = useUiStore((s) => s.quizInProgress);

  if (needRefresh) {
    return (
      <div className="toast" role="status">
        <p>{quizInProgress ? t('pwa.needRefreshAfterQuiz') : t('pwa.needRefresh')}</p>
        <button type="button" className="button button--primary" onClick={() => void applyUpdate()}>
          {t('pwa.reload')}
        </button>
        <button type="button" className="button" onClick={dismissUpdate}>
          {t('pwa.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="toast" role="status">
        <p>{t('pwa.offlineReady')}</p>
        <button type="button" className="button" onClick={dismissOfflineReady}>
          {t('pwa.close')}
        </button>
      </div>
    );
  }
  return null;
}
