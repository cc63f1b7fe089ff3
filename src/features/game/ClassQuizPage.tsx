/** The class quiz page: the lesson's quiz as a game on the big screen (whole class, teams, "Rung chuông vàng"). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import type { LessonBody } from '../../content/types';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { HelpFooter } from '../../ui/HelpFooter';
import { ClassQuiz } from './ClassQuiz';
import './game.css';

export function ClassQuizPage({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation('game');
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  // While the other language loads, keep showing this one so a game in play is not interrupted.
  const [shown, setShown] = useState<LessonBody>();
  if (state.status === 'ready' && state.lesson !== shown) setShown(state.lesson);
  const lesson = state.status === 'ready' ? state.lesson : state.status === 'loading' ? shown : undefined;
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('title', { title: (lesson ?? state.entry).title }));

  if (!lesson) return state.status === 'ready' ? null : <LessonStatus state={state} />;
  return (
    <article className="class-quiz">
      <p className="breadcrumb">
        <Link href={paths.lesson(lessonId)}>← {lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('title', { title: lesson.title })}</h1>
      {lesson.quiz.length === 0 ? <p>{t('empty')}</p> : <ClassQuiz key={lesson.id} lesson={lesson} />}
      {/* In full screen the header (and its help entry) makes way: this corner line keeps 111 on the projector. */}
      <HelpFooter className="help-footer--corner" />
    </article>
  );
}
