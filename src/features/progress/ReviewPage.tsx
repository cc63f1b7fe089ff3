/**
 * Past attempts at a lesson's quiz, the questions missed last time with explanations (options in the
 * order that attempt showed them: optionOrder with its id), and practice. A preschool session's
 * attempts are listed as answered, without a score.
 */
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { longDateTime } from '../../i18n/dates';
import { addressed } from '../../i18n/address';
import { usePageTitle } from '../../ui/usePageTitle';
import { useAttempts, useCurrentLearner } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { ReviewItem } from '../../ui/ReviewItem';
import { missedQuestions, optionOrder } from '../../domain/quiz';
import { latestFinished, sameWording } from '../../domain/learning';
import { isPreschool } from '../../content/vocabulary';

export function ReviewPage({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  // While the current learner is still being read, their attempts are not known yet: the page waits,
  // rather than saying for a moment that the quiz was never taken (then 'loading', then the attempts).
  const current = useCurrentLearner();
  const attempts = useAttempts(current.kind === 'learner' ? current.learner.id : undefined, lessonId);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('review.title', { title: state.entry.title }));
  if (state.status !== 'ready') return <LessonStatus state={state} />;
  if (!attempts || current.kind === 'loading') return <p className="muted">{t('lesson.loading')}</p>;

  const { lesson } = state;
  const date = (ms: number) => longDateTime(ms, locale);
  const last = latestFinished(attempts, Date.now(), (a) => a.attempt);
  const missed = last ? missedQuestions(lesson.quiz, last.answers) : [];
  const address = addressed(lesson.band);
  // A preschooler looks back with an adult: no "chưa đúng", no practice of misses (play again instead).
  const together = isPreschool(lesson.band);

  return (
    <article className="review-page" lang={lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.lesson(lesson.id)}>← {lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('review.title', { title: lesson.title })}</h1>
      {attempts.length === 0 ? (
        <p>{t('review.none', address)}</p>
      ) : (
        <section aria-labelledby="attempts">
          <h2 id="attempts">{t('review.attempts')}</h2>
          <ul>
            {attempts.map(({ attempt, answers }) => (
              <li key={attempt.id}>
                {attempt.finishedAt !== undefined && isPreschool(lesson.band)
                  ? t('review.attemptTogether', { date: date(attempt.startedAt) })
                  : attempt.finishedAt !== undefined
                  ? t('review.attempt', { date: date(attempt.startedAt), correct: attempt.correctCount, total: attempt.questionCount, percent: attempt.scorePercent })
                  : t('review.unfinished', { date: date(attempt.startedAt), answered: answers.length })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {last && (
        <section aria-labelledby="missed">
          <h2 id="missed">{together ? t('review.missedTogether') : t('review.missedTitle')}</h2>
          {!sameWording(last.attempt, lesson) && <p className="notice notice--info">{t('review.changed')}</p>}
          {missed.length === 0 ? (
            <p>{together ? t('review.noneMissedTogether') : t('review.noneMissed', address)}</p>
          ) : (
            <>
              <ol className="review">
                {missed.map(({ question, answer }) => (
                  <ReviewItem key={question.id} question={question} order={optionOrder(question, last.attempt.id)} selected={answer.selected} band={lesson.band} />
                ))}
              </ol>
              {!together && (
                <p>
                  <Link className="button button--primary" href={paths.practise(lesson.id)}>
                    {t('review.practise', { count: missed.length })}
                  </Link>
                </p>
              )}
            </>
          )}
        </section>
      )}
      <p>
        <Link className="button" href={paths.quiz(lesson.id)}>
          {t(last ? 'review.takeQuiz' : attempts.length > 0 ? 'review.continueQuiz' : 'review.startQuiz')}
        </Link>
      </p>
    </article>
  );
}
