import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/vocabulary';
import { usePageTitle } from '../../app/usePageTitle';
import { useCurrentLearnerId } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useStorageStatus } from '../../stores/storageStatus';
import { LessonStatus } from '../lessons/LessonStatus';
import { useLesson } from '../lessons/useLesson';
import { QuizRunner } from './QuizRunner';

export function QuizPage({ lessonId }: { lessonId: string }) {
  const { t, i18n } = useTranslation();
  const state = useLesson(lessonId, i18n.language as Locale);
  const learnerId = useCurrentLearnerId();
  const storage = { ready: useStorageStatus((s) => s.ready), problem: useStorageStatus((s) => s.problem) };
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('quiz.title', { title: state.entry.title }));

  if (state.status !== 'ready') return <LessonStatus state={state} />;
  // Wait for the learner, unless storage is unavailable: then the quiz runs without saving.
  const waiting = !storage.ready || (storage.problem !== 'unavailable' && !learnerId);

  return (
    <article className="quiz-page" lang={state.lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.lesson(lessonId)}>← {state.lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('quiz.title', { title: state.lesson.title })}</h1>
      {waiting ? (
        <p className="muted" role="status">
          {t('lesson.loading')}
        </p>
      ) : (
        <QuizRunner key={`${state.lesson.id}.${state.lesson.locale}`} lesson={state.lesson} learnerId={storage.problem === 'unavailable' ? undefined : learnerId} />
      )}
    </article>
  );
}
