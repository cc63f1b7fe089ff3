/**
 * A printable A4 certificate for a completed topic or band, in the current language. The preschool
 * band's shows no score: the child's chosen avatar, large, and the sessions done with an adult.
 */
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { longDate } from '../../i18n/dates';
import { lessonsInBand } from '../../content/catalog';
import { isPreschool, type BandId, type TopicId } from '../../content/vocabulary';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCurrentLearner, useProgressByLesson } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { Avatar } from '../../ui/Avatar';
import { certificateFor } from './skills';
import { PrinterIcon } from '../../ui/icons';
import { shownNickname } from '../../ui/learnerName';
import './progress.css';

export function CertificatePage({ band, topic }: { band: BandId; topic?: TopicId }) {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('certificate.title'));
  const current = useCurrentLearner();
  const progress = useProgressByLesson(current.kind === 'learner' ? current.learner.id : undefined);
  if (current.kind !== 'learner') return <p className="muted">{t('progressMap.guestBody')}</p>;

  const lessons = lessonsInBand(band, locale).filter((lesson) => !topic || lesson.topic === topic);
  const bandName = t(`bands.${band}.name`);
  const preschool = isPreschool(band);
  const back = (
    <p className="no-print">
      <Link href={paths.progress(band)}>← {t('certificate.back')}</Link>
    </p>
  );

  const standing = certificateFor(lessons, progress);
  if (!standing.earned) {
    return (
      <div>
        {back}
        <h1 tabIndex={-1}>{t('certificate.title')}</h1>
        <p>{preschool ? t('certificate.notYetPreschool') : t('certificate.notYet')}</p>
        <ul>
          {standing.left.map(({ lesson, gap, bestPercent }) => (
            <li key={lesson.id}>
              <Link href={paths.lesson(lesson.id)}>{lesson.title}</Link>:{' '}
              {gap === 'below-half' ? t('certificate.belowHalf', { percent: bestPercent }) : preschool ? t('certificate.sessionNotDone') : t('certificate.notFinished')}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const today = longDate(Date.now(), locale, { start: true });
  return (
    <div className={`certificate-page${preschool ? ' certificate-page--preschool' : ''}`}>
      {back}
      <article className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate__issuer">{t('certificate.issuer')}</p>
        <h1 id="certificate-heading" tabIndex={-1}>
          {t('certificate.heading')}
        </h1>
        <p>{t('certificate.certifies')}</p>
        <p className="certificate__name">
          <Avatar id={current.learner.avatar} size={preschool ? 120 : 56} /> {shownNickname(current.learner.nickname, t)}
          {current.learner.classLabel && <span className="certificate__class"> – {current.learner.classLabel}</span>}
        </p>
        <p>
          {topic
            ? t('certificate.completedTopic', { topic: t(`topics.${topic}`), band: bandName })
            : preschool
              ? t('certificate.completedPreschool', { count: lessons.length })
              : t('certificate.completedBand', { band: bandName })}
        </p>
        <ul className="certificate__lessons">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              {preschool ? lesson.title : `${lesson.title} — ${t('certificate.score', { percent: progress.get(lesson.id)?.bestPercent ?? 0 })}`}
            </li>
          ))}
        </ul>
        <p className="certificate__date">{t('certificate.date', { date: today })}</p>
      </article>
      <p className="no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          <PrinterIcon /> {t('certificate.print')}
        </button>
      </p>
    </div>
  );
}
