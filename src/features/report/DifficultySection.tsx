/**
 * Which questions the class missed most, per lesson, worst first — with the question's words and its
 * right answer loaded from the lesson itself, so the teacher can re-teach exactly that point. Answers
 * are counted by the lesson's written option indexes (whatever order each learner saw) and shown in the
 * worksheet's order (printedOrder).
 */
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import type { Locale } from '../../content/vocabulary';
import { useLesson } from '../../content/useLesson';
import { answerText } from '../../ui/optionText';
import { BoldText } from '../../ui/BoldText';
import { correctIndexes, printedOrder } from '../../domain/quiz';
import { DIFFICULTY_BASES, wrongAnswers, type DifficultyBasis, type LessonDifficulty, type QuestionStat } from './report';

interface Props {
  difficulty: readonly LessonDifficulty[];
  basis: DifficultyBasis;
  onBasisChange: (basis: DifficultyBasis) => void;
  locale: Locale;
}

export function DifficultySection({ difficulty, basis, onBasisChange, locale }: Props) {
  const { t } = useTranslation('report');
  return (
    <section aria-labelledby="report-difficulty-title" className="report-difficulty">
      <h2 id="report-difficulty-title">{t('difficulty.title')}</h2>
      <p className="muted">{t('difficulty.intro')}</p>
      <fieldset className="report-basis no-print">
        <legend>{t('difficulty.basisLabel')}</legend>
        {DIFFICULTY_BASES.map((value) => (
          <label key={value} className="block">
            <input type="radio" name="report-basis" value={value} checked={basis === value} onChange={() => onBasisChange(value)} />{' '}
            {value === 'latest-finished' ? t('difficulty.latestFinished') : t('difficulty.allAnswers')}
          </label>
        ))}
      </fieldset>
      <p className="report-basis-note">{basis === 'latest-finished' ? t('difficulty.basisNoteLatest') : t('difficulty.basisNoteAll')}</p>
      {difficulty.length === 0 ? (
        <p>{t('difficulty.none')}</p>
      ) : (
        difficulty.map((item) => <LessonQuestions key={item.lesson.id} item={item} basis={basis} locale={locale} />)
      )}
    </section>
  );
}

function LessonQuestions({ item, basis, locale }: { item: LessonDifficulty; basis: DifficultyBasis; locale: Locale }) {
  const { t } = useTranslation('report');
  const state = useLesson(item.lesson.id, locale);
  const quiz = state.status === 'ready' ? state.lesson.quiz : undefined;
  const headingId = `report-difficulty-${item.lesson.id}`;

  return (
    <section aria-labelledby={headingId} className="report-difficulty__lesson">
      <h3 id={headingId}>{item.lesson.title}</h3>
      {item.otherWording && <p className="notice">{t('difficulty.otherWording')}</p>}
      {state.status === 'loading' && <p className="muted">{t('difficulty.loading')}</p>}
      {state.status === 'failed' && <p className="muted">{t('difficulty.loadFailed')}</p>}
      <ol className="report-questions">
        {item.questions.map((stat) => {
          const index = quiz?.findIndex((question) => question.id === stat.questionId) ?? -1;
          return <QuestionRow key={stat.questionId} lessonId={item.lesson.id} stat={stat} basis={basis} question={quiz?.[index]} number={index >= 0 ? String(index + 1) : stat.questionId} known={quiz === undefined || index >= 0} />;
        })}
      </ol>
    </section>
  );
}

interface RowProps {
  lessonId: string;
  stat: QuestionStat;
  basis: DifficultyBasis;
  question: Question | undefined;
  /** The question's position in the lesson, or its id while the lesson loads */
  number: string;
  /** False when the loaded lesson no longer has this question */
  known: boolean;
}

function QuestionRow({ lessonId, stat, basis, question, number, known }: RowProps) {
  const { t } = useTranslation('report');
  const counts =
    basis === 'latest-finished'
      ? t('difficulty.countsLatest', { wrong: stat.wrong, count: stat.learners })
      : t('difficulty.countsAll', { wrong: stat.wrong, answers: stat.answers, count: stat.learners });
  const order = question ? printedOrder(lessonId, question) : [];
  // Choices made on an older wording may name options this one no longer has: those are left out.
  const mistakes = question ? wrongAnswers({ wrongChoices: stat.wrongChoices.filter((choice) => choice.selected.every((i) => i < question.options.length)) }, question) : undefined;
  const commonWrong = mistakes?.commonWrong;

  return (
    <li className="report-question">
      <p className="report-question__head">
        <span className={`report-question__rate${stat.wrong === 0 ? ' report-question__rate--none' : ''}`}>{t('difficulty.wrongPercent', { percent: stat.wrongPercent })}</span>{' '}
        <span className="report-question__bar" aria-hidden="true">
          <span style={{ width: `${stat.wrongPercent}%` }} />
        </span>{' '}
        <span className="report-question__counts">{counts}</span>
      </p>
      <p className="report-question__text">
        <strong>{t('difficulty.question', { number })}.</strong> {question ? <BoldText text={questionWords(question)} /> : !known && t('difficulty.missingQuestion')}
      </p>
      {question && (
        <p className="small">
          <BoldText text={t('difficulty.correctAnswer', { answer: answerText(question, correctIndexes(question), t, order) })} />
          {commonWrong && (
            <>
              <br />
              <BoldText text={t('difficulty.commonWrong', { answer: answerText(question, commonWrong.selected, t, order), count: commonWrong.count })} />
            </>
          )}
          {mistakes && mistakes.incomplete > 0 && (
            <>
              <br />
              {t('difficulty.incomplete', { count: mistakes.incomplete })}
            </>
          )}
        </p>
      )}
    </li>
  );
}

/** A scenario question is only clear with its situation. */
function questionWords(question: Question): string {
  return question.scenario ? `${question.scenario} ${question.question}` : question.question;
}
