import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import type { LessonState } from '../content/useLesson';

/** What the reader and the quiz show while a lesson loads, when it is missing, or when loading failed. */
export function LessonStatus({ state }: { state: Exclude<LessonState, { status: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        {t('lesson.loading')}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('lesson.loadFailed')}</p>
        <button type="button" className="button" onClick={state.retry}>
          {t('lesson.retry')}
        </button>
      </div>
    );
  }
  return (
    <div>
      <h1 tabIndex={-1}>{t('lesson.notFound')}</h1>
      <p>
        <Link href={paths.home()}>{t('app.backHome')}</Link>
      </p>
    </div>
  );
}
