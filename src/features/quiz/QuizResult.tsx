import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import { isPreschool, type BandId } from '../../content/vocabulary';
import { addressed } from '../../i18n/address';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ReviewItem } from '../../ui/ReviewItem';
import type { GivenAnswer } from './quizState';
import { MASTERY_PERCENT, scorePercent } from '../../domain/learning';
import { missedQuestions, optionOrder } from '../../domain/quiz';

interface Props {
  lessonId: string;
  /** The lesson's band: the result speaks in its form of address. */
  band: BandId;
  questions: readonly Question[];
  answers: readonly GivenAnswer[];
  /** The attempt's seed: the review shows the options in the order the quiz did. */
  seed: string;
  saved: boolean;
  /** Offer "practise the ones I missed" (not after a practice: "try again" repeats it). */
  canPractise: boolean;
  onRestart: () => void;
}

/**
 * The end of a quiz: the score, praise, the missed questions to review and what to do next. The
 * preschool band's shows no score and no list of misses: the child answered together with an adult,
 * who saw each answer explained as it came; it says they finished, kindly, and offers to play again.
 */
export function QuizResult({ lessonId, band, questions, answers, seed, saved, canPractise, onRestart }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const correct = answers.filter((a) => a.correct).length;
  const percent = scorePercent(correct, questions.length);
  const missed = missedQuestions(questions, answers);
  // The practice reads the saved attempt, so it is offered once this one is saved.
  const offerPractice = canPractise && saved && missed.length > 0;
  const address = addressed(band);
  const praise = percent >= MASTERY_PERCENT ? t('quiz.praiseHigh', address) : percent >= 50 ? t('quiz.praiseMid') : t('quiz.praiseLow', address);

  if (isPreschool(band)) {
    return (
      <section className="quiz-result quiz-result--together" aria-labelledby="quiz-result-title">
        <h2 id="quiz-result-title" ref={heading} tabIndex={-1}>
          {t('quiz.together.resultTitle')}
        </h2>
        <p className="quiz-result__score">{t('quiz.together.result')}</p>
        {saved && <p className="muted">{t('quiz.savedNotice')}</p>}
        <p>{t('quiz.together.again')}</p>
        <p className="quiz-result__actions">
          <AgainAndBack lessonId={lessonId} onRestart={onRestart} primary />
        </p>
      </section>
    );
  }

  return (
    <section className="quiz-result" aria-labelledby="quiz-result-title">
      <h2 id="quiz-result-title" ref={heading} tabIndex={-1}>
        {t('quiz.resultTitle')}
      </h2>
      <p className="quiz-result__score">{t('quiz.score', { correct, total: questions.length, percent, ...address })}</p>
      <p>{praise}</p>
      {saved && <p className="muted">{t('quiz.savedNotice')}</p>}
      {missed.length > 0 && (
        <section aria-labelledby="quiz-review">
          <h3 id="quiz-review">{t('quiz.review')}</h3>
          <ol className="review">
            {missed.map(({ question, answer }) => (
              <ReviewItem key={question.id} question={question} order={optionOrder(question, seed)} selected={answer.selected} band={band} />
            ))}
          </ol>
        </section>
      )}
      <p className="quiz-result__actions">
        {offerPractice && (
          <Link className="button button--primary" href={paths.practise(lessonId)}>
            {t('review.practise', { count: missed.length })}
          </Link>
        )}
        <AgainAndBack lessonId={lessonId} onRestart={onRestart} primary={!offerPractice} />
      </p>
    </section>
  );
}

/** "Làm lại" (the main action unless practice of the misses is offered) and back to the lesson. */
function AgainAndBack({ lessonId, onRestart, primary }: { lessonId: string; onRestart: () => void; primary: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className={primary ? 'button button--primary' : 'button'} onClick={onRestart}>
        {t('quiz.tryAgain')}
      </button>
      <Link className="button" href={paths.lesson(lessonId)}>
        {t('quiz.backToLesson')}
      </Link>
    </>
  );
}
