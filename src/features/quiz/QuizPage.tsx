import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/vocabulary';
import { usePageTitle } from '../../app/usePageTitle';
import { useCurrentLearner } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useStorageStatus } from '../../stores/storageStatus';
import { LessonStatus } from '../lessons/LessonStatus';
import { useLesson } from '../lessons/useLesson';
import { QuizRunner } from './QuizRunner';

export function QuizPage({ lessonId }: { lessonId: string }) {
  const { t, i18n } = useTranslation();
  const state = useLesson(lessonId, i18n.language as Locale);
  const current = useCurrentLearner();
  const storageProblem = useStorageStatus((s) => s.problem);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('quiz.title', { title: state.entry.title }));

  if (state.status !== 'ready') return <LessonStatus state={state} />;
  // Wait for the learner, unless storage is unavailable: then the quiz runs without saving.
  const unavailable = storageProblem === 'unavailable';
  const waiting = !unavailable && (current.kind === 'loading' || current.kind === 'none');
  const learnerId = !unavailable && current.kind === 'learner' ? current.learner.id : undefined;

  return (
    <article className="quiz-page" lang={state.lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.lesson(lessonId)}>← {state.lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('quiz.title', { title: state.lesson.title })}</h1>
      {current.kind === 'guest' && <p className="notice notice--info">{t('learners.guestNotice')}</p>}
      {waiting ? (
        <p className="muted" role="status">
          {t('lesson.loading')}
        </p>
      ) : (
        <QuizRunner key={`${state.lesson.id}.${state.lesson.locale}`} lesson={state.lesson} learnerId={learnerId} />
      )}
    </article>
  );
}
