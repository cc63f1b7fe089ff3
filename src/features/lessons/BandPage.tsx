import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { lessonsInTopic } from '../../content/catalog';
import type { CatalogEntry } from '../../content/types';
import { audienceOf, isPreschool, topicsOf, type BandId, type TrackId } from '../../content/vocabulary';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCurrentLearnerId, useProgressByLesson } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ProgressBadge } from '../../ui/ProgressBadge';
import { HydrateLater } from '../../ui/HydrateLater';
import './band.css';

/**
 * From this many lessons on, a band's topics start folded but the first (each opens with its heading's
 * button), so a band of hundreds of lessons renders, and hydrates, only the topic being read.
 */
const FOLD_FROM = 40;

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

  const topics = topicsOf(band).map((topic) => ({ topic, lessons: lessonsInTopic(band, topic, locale) }));
  const folded = topics.reduce((sum, { lessons }) => sum + lessons.length, 0) >= FOLD_FROM;

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
      {isPreschool(band) && <p className="lead">{t('band.preschoolIntro')}</p>}
      {topics.map(({ topic, lessons }, index) => (
        // Each topic hydrated in a task of its own, after the page (src/ui/HydrateLater.tsx).
        <HydrateLater key={topic}>
          <TopicSection
            id={`topic-${topic}`}
            className={`topic topic--${topic}`}
            title={t(`topics.${topic}`)}
            count={track ? t('tracks.sessionCount', { count: lessons.length }) : t('home.lessonCount', { count: lessons.length })}
            folded={folded && index > 0}
            lessons={() =>
              lessons.length === 0 ? (
                <p className="muted">{t('band.empty')}</p>
              ) : (
                <ul className="lesson-list">
                  {lessons.map((lesson) => (
                    <li key={lesson.id} className="lesson-list__item">
                      <Link className="lesson-list__title" href={paths.lesson(lesson.id)} lang={lesson.locale}>
                        {lesson.title}
                      </Link>
                      <span className="lesson-list__meta">{meta(lesson)}</span>
                      {!track && <ProgressBadge progress={progress.get(lesson.id)} scored={!isPreschool(band)} />}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        </HydrateLater>
      ))}
    </div>
  );
}

/**
 * A topic of the band: its heading, then its lessons — or, folded, a heading that is a button (the
 * disclosure pattern: screen readers hear the topic, the number of lessons and whether it is open) and
 * nothing rendered until it is opened.
 */
function TopicSection(props: { id: string; className: string; title: string; count: string; folded: boolean; lessons: () => ReactNode }) {
  const { id, className, title, count, folded, lessons } = props;
  const [open, setOpen] = useState(!folded);
  if (!folded) {
    return (
      <section className={className} aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {lessons()}
      </section>
    );
  }
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id}>
        <button type="button" className="topic__toggle" aria-expanded={open} aria-controls={`${id}-lessons`} onClick={() => setOpen(!open)}>
          {`${title} `}
          <span className="topic__count">{`· ${count}`}</span>
        </button>
      </h2>
      <div id={`${id}-lessons`} hidden={!open}>
        {open && lessons()}
      </div>
    </section>
  );
}
