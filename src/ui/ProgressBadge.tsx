import { useTranslation } from 'react-i18next';
import { progressState } from '../domain/learning';
import type { LessonProgress } from '../domain/records';
import { CheckIcon, HalfDoneIcon, StarIcon } from './icons';

/** A lesson's state in words and a symbol (never colour alone). */
export function ProgressBadge({ progress }: { progress: LessonProgress | undefined }) {
  const { t } = useTranslation();
  const state = progressState(progress);
  switch (state.kind) {
    case 'not-started':
      return <span className="badge badge--new">{t('progress.notStarted')}</span>;
    case 'in-progress':
      return <span className="badge badge--progress"><HalfDoneIcon /> {t('progress.inProgress')}</span>;
    case 'completed':
      return <span className="badge badge--done"><CheckIcon /> {t('progress.best', { percent: state.bestPercent })}</span>;
    case 'mastered':
      return <span className="badge badge--mastered"><StarIcon /> {t('progress.mastered', { percent: state.bestPercent })}</span>;
  }
}
