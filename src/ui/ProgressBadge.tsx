import { useTranslation } from 'react-i18next';
import { progressState } from '../domain/learning';
import type { LessonProgress } from '../domain/records';
import { CheckIcon, HalfDoneIcon, StarIcon } from './icons';

/**
 * A lesson's state in words and a symbol (never colour alone). `scored` false (the preschool band) says
 * a finished session is done, without its score.
 */
export function ProgressBadge({ progress, scored = true }: { progress: LessonProgress | undefined; scored?: boolean }) {
  const { t } = useTranslation();
  const state = progressState(progress);
  switch (state.kind) {
    case 'not-started':
      return <span className="badge badge--new">{t('progress.notStarted')}</span>;
    case 'in-progress':
      return <span className="badge badge--progress"><HalfDoneIcon /> {t('progress.inProgress')}</span>;
    case 'completed':
    case 'mastered':
      if (!scored) return <span className="badge badge--done"><CheckIcon /> {t('progress.doneTogether')}</span>;
      return state.kind === 'completed' ? (
        <span className="badge badge--done"><CheckIcon /> {t('progress.best', { percent: state.bestPercent })}</span>
      ) : (
        <span className="badge badge--mastered"><StarIcon /> {t('progress.mastered', { percent: state.bestPercent })}</span>
      );
  }
}
