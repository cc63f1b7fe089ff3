import { useTranslation } from 'react-i18next';
import { progressState } from '../domain/learning';
import type { LessonProgress } from '../db/types';

/** A lesson's state in words and a symbol (never colour alone). */
export function ProgressBadge({ progress }: { progress: LessonProgress | undefined }) {
  const { t } = useTranslation();
  const state = progressState(progress);
  switch (state.kind) {
    case 'not-started':
      return <span className="badge badge--new">{t('progress.notStarted')}</span>;
    case 'in-progress':
      return <span className="badge badge--progress">◐ {t('progress.inProgress')}</span>;
    case 'completed':
      return <span className="badge badge--done">✓ {t('progress.best', { percent: state.bestPercent })}</span>;
    case 'mastered':
      return <span className="badge badge--mastered">★ {t('progress.mastered', { percent: state.bestPercent })}</span>;
  }
}
