import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { useAttempts, useCurrentLearner } from '../../db/hooks';
import { missedQuestions } from '../../domain/quiz';
import { latestFinished } from '../../domain/learning';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useStorageStatus } from '../../stores/storageStatus';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { QuizRunner } from './QuizRunner';
import { addressed } from '../../i18n/address';
import { SelfCheckPage } from './SelfCheckPage';
import { findLesson } from '../../content/catalog';
import { audienceOf, type BandId } from '../../content/vocabulary';

/**
 * The quiz of a lesson; for a session of an audience track (parents, staff), its self-check instead,
 * which involves no learner and saves nothing.
 */
export function QuizPage(props: { lessonId: string; practice?: boolean }) {
  const entry = findLesson(props.lessonId, useLocale());
  if (entry && audienceOf(entry.band) !== 'pupils') return <SelfCheckPage lessonId={props.lessonId} />;
  return <LearnerQuizPage {...props} />;
}

/** `practice`: "practise the ones I missed" (`?practice=missed`), read from the route, not from window.location. */
function LearnerQuizPage({ lessonId, practice = false }: { lessonId: string; practice?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  const current = useCurrentLearner();
  // "Practise the ones I missed": only the questions missed in the latest finished attempt, not scored.
  const attempts = useAttempts(practice && current.kind === 'learner' ? current.learner.id : undefined, lessonId);
  const storageProblem = useStorageStatus((s) => s.problem);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('quiz.title', { title: state.entry.title }));

  if (state.status !== 'ready') return <LessonStatus state={state} />;
  // Wait for the learner, unless storage is unavailable: then the quiz runs without saving.
  const unavailable = storageProblem === 'unavailable';
  // Practice reads the stored attempts: with storage unavailable there are none to wait for.
  const waiting = !unavailable && (current.kind === 'loading' || current.kind === 'none' || (practice && attempts === undefined));
  const learnerId = !unavailable && !practice && current.kind === 'learner' ? current.learner.id : undefined;
  const latest = latestFinished(attempts ?? [], Date.now(), (a) => a.attempt);
  const quiz = practice ? missedQuestions(state.lesson.quiz, latest?.answers ?? []).map((m) => m.question) : state.lesson.quiz;

  return (
    <article className="quiz-page" lang={state.lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.lesson(lessonId)}>← {state.lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('quiz.title', { title: state.lesson.title })}</h1>
      {current.kind === 'guest' && <p className="notice notice--info">{t('learners.guestNotice', addressed(state.lesson.band))}</p>}
      {practice && quiz.length > 0 && <p className="notice notice--info">{t('review.practiceNotice')}</p>}
      {current.kind === 'nobody' && !unavailable ? (
        // After the idle switch-back nobody is chosen: the answers must not go to whoever was here before.
        <p className="notice notice--info">
          {t('sharedComputer.idle.chooseFirst')} <Link href={paths.learners()}>{t('sharedComputer.idle.chooseLink')}</Link>
        </p>
      ) : waiting ? (
        <p className="muted" role="status">
          {t('lesson.loading')}
        </p>
      ) : practice && quiz.length === 0 ? (
        <NothingToPractise lessonId={lessonId} band={state.lesson.band} finishedBefore={latest !== undefined} />
      ) : (
        <QuizRunner key={`${state.lesson.id}.${state.lesson.locale}.${practice}`} lesson={practice ? { ...state.lesson, quiz } : state.lesson} learnerId={learnerId} practice={practice} />
      )}
    </article>
  );
}

/** `?practice=missed` with nothing missed: say why, and offer the whole quiz instead of an empty one. */
function NothingToPractise({ lessonId, band, finishedBefore }: { lessonId: string; band: BandId; finishedBefore: boolean }) {
  const { t } = useTranslation();
  const address = addressed(band);
  return (
    <>
      <p>{finishedBefore ? t('review.allRight', address) : t('review.nothingSaved', address)}</p>
      <p>
        <Link className="button button--primary" href={paths.quiz(lessonId)}>
          {finishedBefore ? t('review.takeQuiz') : t('review.startQuiz')}
        </Link>
      </p>
    </>
  );
}
