/**
 * "New version" and "ready offline" notices. The update is applied only when the user presses the
 * button; during a quiz the notice says so and waits, so a child is never interrupted mid-question.
 */
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/uiStore';
import { usePwaStore } from './pwaStore';
import { Toast } from './Toast';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { offlineReady, needRefresh, applyUpdate, dismissOfflineReady, dismissUpdate } = usePwaStore();
  const quizInProgress = useUiStore((s) => s.quizInProgress);

  if (needRefresh) {
    return (
      <Toast message={quizInProgress ? t('pwa.needRefreshAfterQuiz') : t('pwa.needRefresh')} onDismiss={dismissUpdate}>
        <button type="button" className="button button--primary" onClick={() => void applyUpdate()}>
          {t('pwa.reload')}
        </button>
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={dismissUpdate}>
          {t('pwa.later')}
        </button>
      </Toast>
    );
  }
  if (offlineReady) {
    return (
      <Toast message={t('pwa.offlineReady')} onDismiss={dismissOfflineReady}>
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={dismissOfflineReady}>
          {t('pwa.close')}
        </button>
      </Toast>
    );
  }
  return null;
}
