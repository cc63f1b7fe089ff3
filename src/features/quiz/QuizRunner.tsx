/**
 * Runs a lesson's quiz: one question at a time, immediate feedback, a result with a review of
 * mistakes. Every checked answer is saved at once (QuizRecorder); after a reload the quiz carries on
 * from the first unanswered question of the same lesson version. Options are shuffled by the attempt's
 * id, so the resumed attempt and its review show them where they were.
 *
 * The same quiz open in two tabs writes into one attempt (src/db/attempts.ts: startAttempt joins the open
 * one). When the other tab finishes it, this one notices (the attempt is watched in the database) and
 * shows that result, instead of asking questions no attempt will take.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonBody } from '../../content/types';
import { useAttempts, useLearners } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import { QuizRecorder } from '../../db/QuizRecorder';
import { storageReporter, useStorageStatus } from '../../stores/storageStatus';
import { useUiStore } from '../../stores/uiStore';
import { QuestionView } from './QuestionView';
import { QuizResult } from './QuizResult';
import { initialQuizState, quizReducer } from './quizState';
import { isCorrect, optionOrder } from '../../domain/quiz';
import { addressed } from '../../i18n/address';
import { shownNickname } from '../../ui/learnerName';

interface Props {
  lesson: LessonBody;
  /** Undefined when this computer cannot store results: the quiz still runs. */
  learnerId: string | undefined;
  /** Practising the questions missed last time (not scored): the result offers no further practice. */
  practice?: boolean;
}

export function QuizRunner({ lesson, learnerId: currentId, practice = false }: Props) {
  const { t } = useTranslation();
  // The attempt belongs to whoever started it. The current learner is stored for the whole browser, so
  // another tab choosing someone else changes `currentId` here: this quiz keeps saving for its owner,
  // says so, and starts again for the new learner only when asked.
  const [learnerId, setOwner] = useState(currentId);
  const [acknowledged, setAcknowledged] = useState(currentId);
  const learners = useLearners();
  const nameOf = (id: string | undefined) => {
    const learner = id ? learners.find((l) => l.id === id) : undefined;
    return learner ? shownNickname(learner.nickname, t) : t('quiz.switched.guest');
  };
  const reducer = useMemo(() => quizReducer(lesson.quiz), [lesson.quiz]);
  const [state, dispatch] = useReducer(reducer, initialQuizState);
  const [recorder, setRecorder] = useState<QuizRecorder>();
  const attempts = useAttempts(learnerId, lesson.id);
  const [finishedElsewhere, setFinishedElsewhere] = useState(false);
  const [saved, setSaved] = useState(false);
  // After "try again" the first question takes focus too: the result screen that had it is gone.
  const [restarted, setRestarted] = useState(false);
  const finishing = useRef(false);
  const setQuizInProgress = useUiStore((s) => s.setQuizInProgress);
  const storageProblem = useStorageStatus((s) => s.problem);
  const lessonRef = useMemo(
    () => ({ id: lesson.id, locale: lesson.locale, version: lesson.version, questionCount: lesson.quiz.length }),
    [lesson.id, lesson.locale, lesson.version, lesson.quiz.length],
  );

  useEffect(() => {
    let cancelled = false;
    const resumable = learnerId
      ? loadStore()
          .then((store) => store.findResumableAttempt(learnerId, lessonRef))
          .catch(() => undefined)
      : Promise.resolve(undefined);
    void resumable.then((found) => {
      if (cancelled) return;
      setRecorder(new QuizRecorder(learnerId, lessonRef, storageReporter, found?.attempt));
      if (found && found.answers.length > 0) dispatch({ type: 'resume', answers: found.answers });
    });
    return () => {
      cancelled = true;
    };
  }, [learnerId, lessonRef]);

  // This quiz's attempt, finished in another tab while this one still asks: show that result.
  const stored = recorder?.storedAttemptId ? attempts?.find((a) => a.attempt.id === recorder.storedAttemptId) : undefined;
  const closedElsewhere = stored !== undefined && stored.attempt.finishedAt !== undefined && !state.finished && !finishing.current;
  useEffect(() => {
    if (!closedElsewhere || !stored) return;
    setFinishedElsewhere(true);
    dispatch({ type: 'resume', answers: stored.answers });
    dispatch({ type: 'finish' });
  }, [closedElsewhere, stored]);

  const midQuiz = !state.finished && (state.answers.length > 0 || state.selected.length > 0);
  useEffect(() => {
    setQuizInProgress(midQuiz);
  }, [midQuiz, setQuizInProgress]);
  useEffect(() => () => setQuizInProgress(false), [setQuizInProgress]);

  useEffect(() => {
    if (!state.finished || !recorder || finishing.current) return;
    finishing.current = true;
    void recorder
      .finish()
      .then(() => recorder.settled())
      .then(() => setSaved(recorder.result !== undefined));
  }, [state.finished, recorder]);

  if (!recorder) return <p className="muted">{t('lesson.loading')}</p>;
  if (lesson.quiz.length === 0) return <p>{t('quiz.empty')}</p>;

  const restart = () => {
    finishing.current = false;
    setFinishedElsewhere(false);
    setSaved(false);
    setRestarted(true);
    setRecorder(new QuizRecorder(learnerId, lessonRef, storageReporter));
    dispatch({ type: 'restart' });
  };

  if (state.finished) {
    return (
      <>
        {finishedElsewhere && (
          <p className="notice notice--info" role="status">
            {t('quiz.finishedElsewhere', addressed(lesson.band))}
          </p>
        )}
        <QuizResult
        lessonId={lesson.id}
        band={lesson.band}
        questions={lesson.quiz}
        answers={state.answers}
        seed={recorder.attemptId}
        saved={saved && storageProblem === null}
        canPractise={!practice}
        onRestart={restart}
      />
      </>
    );
  }

  const question = lesson.quiz[state.index];
  if (!question) return null;

  const switched = currentId !== learnerId && currentId !== acknowledged;
  const switchTo = () => {
    finishing.current = false;
    setSaved(false);
    setRestarted(true);
    setRecorder(undefined);
    setOwner(currentId);
    setAcknowledged(currentId);
    dispatch({ type: 'restart' });
  };

  const check = () => {
    if (state.checked || state.selected.length === 0) return;
    const answer = { questionId: question.id, selected: state.selected, correct: isCorrect(question, state.selected) };
    dispatch({ type: 'check' });
    void recorder.start();
    void recorder.answer(answer);
  };

  return (
    <div className="quiz">
      {switched && (
        <div className="notice notice--warning" role="alert">
          <p>{t('quiz.switched.body', { current: nameOf(currentId), owner: nameOf(learnerId) })}</p>
          <p className="button-row">
            <button type="button" className="button button--primary" onClick={() => setAcknowledged(currentId)}>
              {t('quiz.switched.continue', { owner: nameOf(learnerId) })}
            </button>{' '}
            <button type="button" className="button" onClick={switchTo}>
              {t('quiz.switched.switch', { current: nameOf(currentId) })}
            </button>
          </p>
        </div>
      )}
      {state.resumedAt !== null && <p className="notice notice--info">{t('quiz.resumed', { current: state.resumedAt, ...addressed(lesson.band) })}</p>}
      <QuestionView
        key={question.id}
        question={question}
        order={optionOrder(question, recorder.attemptId)}
        band={lesson.band}
        locale={lesson.locale}
        position={state.index + 1}
        total={lesson.quiz.length}
        selected={state.selected}
        checked={state.checked}
        isLast={state.index === lesson.quiz.length - 1}
        takeFocus={state.index > 0 || restarted}
        onToggle={(option) => dispatch({ type: 'toggle', option })}
        onCheck={check}
        onNext={() => dispatch({ type: 'next' })}
      />
    </div>
  );
}
