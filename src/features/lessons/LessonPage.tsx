import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { addressed } from '../../i18n/address';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCurrentLearnerId, useLessonProgress } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useUiStore } from '../../stores/uiStore';
import { LessonBlocks } from './LessonBlocks';
import { LessonStatus } from '../../ui/LessonStatus';
import { ProgressBadge } from '../../ui/ProgressBadge';
import { useLesson } from '../../content/useLesson';
import { audienceOf, type TrackId } from '../../content/vocabulary';
import { useIsReading } from '../../stores/readAloud';
import { READING_CLASS } from '../../ui/FlowView';
import { ReadButton } from '../../ui/readAloud/ReadButton';
import { lessonPieces } from './readingPieces';

/**
 * The lesson reader. `teacherTools` is the teacher toolbar, passed in by the app shell so this feature
 * doesn't reach into the teacher feature; it shows only in teacher mode.
 */
export function LessonPage({ lessonId, teacherTools }: { lessonId: string; teacherTools?: (lesson: { id: string; title: string }) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  const learnerId = useCurrentLearnerId();
  // A session for parents or staff: adults have no learner profile, so no progress is read or shown.
  const track = state.status !== 'not-found' && audienceOf(state.entry.band) !== 'pupils' ? (state.entry.band as TrackId) : undefined;
  const progress = useLessonProgress(track ? undefined : learnerId, lessonId);
  const teacherMode = useUiStore((s) => s.teacherMode);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : state.entry.title);
  const lessonBody = state.status === 'ready' ? state.lesson : undefined;
  const readingTitle = useIsReading(lessonBody);
  const readingSummary = useIsReading(lessonBody?.summary);

  if (state.status !== 'ready') return <LessonStatus state={state} />;
  const { lesson } = state;
  const bandName = t(`bands.${lesson.band}.name`);

  return (
    <article className="lesson" lang={lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.band(lesson.band)}>← {track ? t(`tracks.backToTrack.${track}`) : t('lesson.backToBand', { band: bandName })}</Link>
      </p>
      {teacherMode && teacherTools && (
        <nav className="teacher-toolbar" aria-label={t('teacher.toolbar')}>
          {teacherTools(lesson)}
        </nav>
      )}
      <header className="lesson__header">
        <p className="lesson__topic">{t(`topics.${lesson.topic}`)}</p>
        <h1 tabIndex={-1} className={readingTitle ? READING_CLASS : undefined}>
          {lesson.title}
        </h1>
        <p className="lesson__meta">
          {t('lesson.duration', { count: lesson.duration })} {!track && <ProgressBadge progress={progress} />}
        </p>
        {lesson.locale !== i18n.language && <p className="notice notice--info">{t('lesson.otherLanguage', addressed(lesson.band))}</p>}
        <p className={`lead${readingSummary ? ` ${READING_CLASS}` : ''}`}>{lesson.summary}</p>
        <ReadButton owner="lesson" label="readLesson" pieces={() => lessonPieces(lesson, t)} locale={lesson.locale} band={lesson.band} className="read-button--block" />
        <section className="objectives" aria-labelledby="objectives">
          <h2 id="objectives">{t('lesson.objectives', addressed(lesson.band))}</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      </header>
      <LessonBlocks lesson={lesson} />
      {lesson.quiz.length > 0 && (
        <p className="lesson__quiz-link">
          <Link className="button button--primary button--large" href={paths.quiz(lesson.id)}>
            {track ? t('tracks.startSelfCheck', { count: lesson.quiz.length }) : t('lesson.startQuiz', { count: lesson.quiz.length })}
          </Link>
        </p>
      )}
    </article>
  );
}
