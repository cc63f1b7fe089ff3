/** The skills map: a learner's band × topics, each lesson's state and stars, and what to do next. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { allLessons, lessonsInBand } from '../../content/catalog';
import { BANDS, isPreschool, topicsOf, type BandId } from '../../content/vocabulary';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCurrentLearner, useProgressByLesson } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ProgressBadge } from '../../ui/ProgressBadge';
import { progressState, starsFor } from '../../domain/learning';
import { certificateFor, latestBand, nextStep, summarise } from './skills';
import { Stars } from './Stars';
import { MedalIcon } from '../../ui/icons';
import { shownNickname } from '../../ui/learnerName';
import { SendResults } from '../../ui/SendResults';
import './progress.css';

export function ProgressPage({ band: chosenBand }: { band?: BandId }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const current = useCurrentLearner();
  const learnerId = current.kind === 'learner' ? current.learner.id : undefined;
  const progress = useProgressByLesson(learnerId);
  const name = current.kind === 'learner' ? shownNickname(current.learner.nickname, t) : '';
  usePageTitle(name ? t('progressMap.title', { name }) : t('progressMap.guestTitle'));

  if (current.kind !== 'learner') {
    return (
      <div>
        <h1 tabIndex={-1}>{t('progressMap.guestTitle')}</h1>
        {current.kind !== 'loading' && (
          <p>
            {t('progressMap.guestBody')} <Link href={paths.learners()}>{t('learners.switch')}</Link>
          </p>
        )}
      </div>
    );
  }

    const band = chosenBand ?? latestBand(allLessons(), progress) ?? BANDS[0].id;
  const bandName = t(`bands.${band}.name`);
  const bandLessons = lessonsInBand(band, locale);
  const step = nextStep(bandLessons, allLessons().filter((e) => e.locale === locale), progress);
  const bandComplete = certificateFor(bandLessons, progress).earned;

  return (
    <div className="progress-page">
      <h1 tabIndex={-1}>{t('progressMap.title', { name })}</h1>
      <nav aria-label={t('progressMap.bandTabs')} className="band-tabs">
        {BANDS.map(({ id }) => (
          <Link key={id} href={paths.progress(id)} aria-current={id === band ? 'page' : undefined} className="band-tabs__tab">
            {t(`bands.${id}.name`)}
          </Link>
        ))}
      </nav>

      <section className="next-step" aria-labelledby="next-step">
        <h2 id="next-step">{t('progressMap.continueTitle')}</h2>
        {step.kind === 'done' ? (
          <p>{t('progressMap.allDone', { band: bandName })}</p>
        ) : (
          <p>
            <Link className="button button--primary button--large" href={paths.lesson(step.lesson.id)}>
              {step.kind === 'continue' ? t('progressMap.continue', { title: step.lesson.title }) : t('progressMap.startNext', { title: step.lesson.title })}
            </Link>
          </p>
        )}
        {bandComplete && (
          <p>
            <Link className="button" href={paths.certificate(band)}>
              <MedalIcon /> {t('progressMap.certificateBand', { band: bandName })}
            </Link>
          </p>
        )}
      </section>

      {/* Its strings are a namespace of their own: the map does not wait for them. */}
      <Suspense fallback={null}>
        <SendResults learner={current.learner} />
      </Suspense>

      <p className="muted small">{t('progressMap.legend')}</p>
      <div className="skills-map">
        {topicsOf(band).map((topic) => {
          const lessons = bandLessons.filter((lesson) => lesson.topic === topic);
          if (lessons.length === 0) return null;
          const summary = summarise(lessons, progress);
          const mastered = summary.mastered === summary.total;
          return (
            <section key={topic} className={`skill${mastered ? ' skill--mastered' : ''}`} aria-labelledby={`skill-${topic}`}>
              <h2 id={`skill-${topic}`}>
                {mastered && (
                  <span className="skill__badge" role="img" aria-label={t('progressMap.topicBadge')}>
                    <MedalIcon />
                  </span>
                )}{' '}
                {t(`topics.${topic}`)}
              </h2>
              <p className="muted">{t('progressMap.topicSummary', { done: summary.completed, total: summary.total })}</p>
              <ul className="skill__lessons">
                {lessons.map((lesson) => {
                  const lessonProgress = progress.get(lesson.id);
                  return (
                    <li key={lesson.id}>
                      <Link href={paths.lesson(lesson.id)}>{lesson.title}</Link>{' '}
                      {/* A preschooler's map shows what is done, never stars or a score. */}
                      {!isPreschool(band) && <Stars count={starsFor(progressState(lessonProgress))} />} <ProgressBadge progress={lessonProgress} scored={!isPreschool(band)} />
                      {lessonProgress && (
                        <>
                          {' '}
                          <Link href={paths.review(lesson.id)} className="small">
                            {t('progressMap.review')}
                          </Link>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
              {certificateFor(lessons, progress).earned && (
                <p>
                  <Link href={paths.certificate(band, topic)} className="small">
                    <MedalIcon /> {t('progressMap.certificateTopic')}
                  </Link>
                </p>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
