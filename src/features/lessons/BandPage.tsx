import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { lessonsInTopic } from '../../content/catalog';
import type { CatalogEntry } from '../../content/types';
import { audienceOf, topicsOf, type BandId, type TrackId } from '../../content/vocabulary';
import { usePageTitle } from '../../app/usePageTitle';
import { useCurrentLearnerId, useProgressByLesson } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ProgressBadge } from '../../ui/ProgressBadge';

/**
 * The lessons of an age band by topic, with each learner's progress; or, for an audience track (parents,
 * staff), its sessions: adults have no learner profile, so no progress is read or shown there.
 */
export function BandPage({ band }: { band: BandId }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // A track's band id is its own: the audience says which kind of page this is.
  const track = audienceOf(band) !== 'pupils' ? (band as TrackId) : undefined;
  const bandName = t(`bands.${band}.name`);
  const title = track ? t(`tracks.title.${track}`) : t('band.title', { band: bandName });
  usePageTitle(track ? title : bandName);
  const learnerId = useCurrentLearnerId();
  const progress = useProgressByLesson(track ? undefined : learnerId);

  const meta = (lesson: CatalogEntry) => {
    const minutes = t('band.minutes', { count: lesson.duration });
    if (!track) return `${minutes} · ${t('band.questions', { count: lesson.questionCount })}`;
    const check = lesson.questionCount > 0 ? t('tracks.selfCheckCount', { count: lesson.questionCount }) : t('tracks.noSelfCheck');
    return `${minutes} · ${check}`;
  };

  return (
    <div className={`band-page${track ? ' band-page--track' : ''}`}>
      <p className="breadcrumb">
        <Link href={paths.home()}>← {track ? t('tracks.backHome') : t('band.backToBands')}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {track && <p className="lead">{t(`tracks.intro.${track}`)}</p>}
      {topicsOf(band).map((topic) => {
        const lessons = lessonsInTopic(band, topic, locale);
        return (
          <section key={topic} className={`topic topic--${topic}`} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`}>{t(`topics.${topic}`)}</h2>
            {lessons.length === 0 ? (
              <p className="muted">{t('band.empty')}</p>
            ) : (
              <ul className="lesson-list">
                {lessons.map((lesson) => (
                  <li key={lesson.id} className="lesson-list__item">
                    <Link className="lesson-list__title" href={paths.lesson(lesson.id)} lang={lesson.locale}>
                      {lesson.title}
                    </Link>
                    <span className="lesson-list__meta">{meta(lesson)}</span>
                    {!track && <ProgressBadge progress={progress.get(lesson.id)} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
