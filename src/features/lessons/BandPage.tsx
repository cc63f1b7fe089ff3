import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { lessonsInTopic } from '../../content/catalog';
import { topicsOf, type BandId } from '../../content/vocabulary';
import { usePageTitle } from '../../app/usePageTitle';
import { useCurrentLearnerId, useProgressByLesson } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ProgressBadge } from '../../ui/ProgressBadge';

export function BandPage({ band }: { band: BandId }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bandName = t(`bands.${band}.name`);
  usePageTitle(bandName);
  const progress = useProgressByLesson(useCurrentLearnerId());

  return (
    <div className="band-page">
      <p className="breadcrumb">
        <Link href={paths.home()}>← {t('band.backToBands')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('band.title', { band: bandName })}</h1>
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
                    <span className="lesson-list__meta">
                      {t('band.minutes', { count: lesson.duration })} · {t('band.questions', { count: lesson.questionCount })}
                    </span>
                    <ProgressBadge progress={progress.get(lesson.id)} />
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
