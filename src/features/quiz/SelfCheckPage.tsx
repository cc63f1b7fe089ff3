/**
 * The self-check of a session for parents or staff. Unlike a pupil's quiz it involves no learner profile
 * and writes nothing: answers live in this component's state only (no QuizRecorder, no attempt in
 * IndexedDB), and the end shows what is worth reading again, never a score. Each round shuffles the
 * options (a seed kept for the round, so its review shows them where they were): the first round's seed
 * comes from the session, because the page is prerendered with it and hydration must find the same
 * order (a random one differed, and React threw the page away); every "start again" draws a random one.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import type { LessonBody } from '../../content/types';
import { useLesson } from '../../content/useLesson';
import { newId } from '../../db/ids';
import { missedQuestions, optionOrder } from '../../domain/quiz';
import { useLocale } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { LessonStatus } from '../../ui/LessonStatus';
import { ReviewItem } from '../../ui/ReviewItem';
import { QuestionView } from './QuestionView';
import { initialQuizState, quizReducer, type GivenAnswer } from './quizState';

export function SelfCheckPage({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const state = useLesson(lessonId, useLocale());
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('tracks.selfCheckTitle', { title: state.entry.title }));
  if (state.status !== 'ready') return <LessonStatus state={state} />;
  const { lesson } = state;
  return (
    <article className="quiz-page self-check" lang={lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.lesson(lesson.id)}>← {lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('tracks.selfCheckTitle', { title: lesson.title })}</h1>
      <p className="notice notice--info">{t('tracks.selfCheckNotice')}</p>
      {lesson.quiz.length === 0 ? <p>{t('quiz.empty')}</p> : <SelfCheck key={`${lesson.id}.${lesson.locale}`} lesson={lesson} />}
    </article>
  );
}

function SelfCheck({ lesson }: { lesson: LessonBody }) {
  const reducer = useMemo(() => quizReducer(lesson.quiz), [lesson.quiz]);
  const [state, dispatch] = useReducer(reducer, initialQuizState);
  // After "start again" the first question takes focus too: the end screen that had it is gone.
  const [round, setRound] = useState(0);
  const [seed, setSeed] = useState(() => `first:${lesson.id}.${lesson.locale}`);
  const restart = () => {
    setRound((n) => n + 1);
    setSeed(newId());
    dispatch({ type: 'restart' });
  };
  const question = lesson.quiz[state.index];
  if (state.finished) return <SelfCheckEnd lesson={lesson} seed={seed} answers={state.answers} onRestart={restart} />;
  if (!question) return null;
  return (
    <div className="quiz">
      <QuestionView
        key={`${question.id}#${round}`}
        question={question}
        order={optionOrder(question, seed)}
        band={lesson.band}
        locale={lesson.locale}
        position={state.index + 1}
        total={lesson.quiz.length}
        selected={state.selected}
        checked={state.checked}
        isLast={state.index === lesson.quiz.length - 1}
        takeFocus={state.index > 0 || round > 0}
        onToggle={(option) => dispatch({ type: 'toggle', option })}
        onCheck={() => dispatch({ type: 'check' })}
        onNext={() => dispatch({ type: 'next' })}
      />
    </div>
  );
}

/** The end: no score, no percentage, no praise by grade; the points to read again, with their explanations. */
function SelfCheckEnd({ lesson, seed, answers, onRestart }: { lesson: LessonBody; seed: string; answers: readonly GivenAnswer[]; onRestart: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const missed = missedQuestions(lesson.quiz, answers);
  return (
    <section className="quiz-result" aria-labelledby="self-check-end">
      <h2 id="self-check-end" ref={heading} tabIndex={-1}>
        {t('tracks.selfCheckDone')}
      </h2>
      <p>{t('tracks.selfCheckNoGrade')}</p>
      {missed.length === 0 ? (
        <p>{t('tracks.selfCheckAllRight')}</p>
      ) : (
        <section aria-labelledby="self-check-review">
          <h3 id="self-check-review">{t('tracks.selfCheckReview')}</h3>
          <ol className="review">
            {/* The right option marked, not the reader's choice: a self-check grades no one. */}
            {missed.map(({ question }) => (
              <ReviewItem key={question.id} question={question} order={optionOrder(question, seed)} band={lesson.band} />
            ))}
          </ol>
        </section>
      )}
      <p className="quiz-result__actions">
        <button type="button" className="button button--primary" onClick={onRestart}>
          {t('tracks.selfCheckAgain')}
        </button>
        <Link className="button" href={paths.lesson(lesson.id)}>
          {t('tracks.backToSession')}
        </Link>
      </p>
    </section>
  );
}
