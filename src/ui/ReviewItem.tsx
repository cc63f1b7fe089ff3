/**
 * One missed question in a review of mistakes (the quiz result, "Xem lại", the end of a self-check):
 * the question, its options in the order that attempt showed them, the right one(s) marked and the
 * learner's wrong choice marked, then the explanation — so the child finds the option where they saw it
 * (a picture answer with its picture, smaller). In the preschool band a missed choice is marked as
 * chosen, without a cross or "chưa đúng".
 */
import { useTranslation } from 'react-i18next';
import type { Question } from '../content/types';
import { isPreschool, type BandId } from '../content/vocabulary';
import { correctIndexes } from '../domain/quiz';
import { addressed } from '../i18n/address';
import { BoldText } from './BoldText';
import { CheckIcon, CrossIcon } from './icons';
import { OptionPicture } from './OptionPicture';
import { optionText } from './optionText';

interface Props {
  question: Question;
  /** The order the options were shown in: optionOrder(question, the attempt's seed). */
  order: readonly number[];
  /** The learner's choice (written indexes); left out where a review does not show it. */
  selected?: readonly number[];
  /** The lesson's band: the marks speak in its form of address. */
  band: BandId;
}

export function ReviewItem({ question, order, selected, band }: Props) {
  const { t } = useTranslation();
  const correct = correctIndexes(question);
  return (
    <li className="review__item">
      {question.scenario && (
        <p className="review__scenario">
          <BoldText text={question.scenario} />
        </p>
      )}
      <p className="review__question">
        <BoldText text={question.question} />
      </p>
      <ul className="review__options">
        {order.map((index) => {
          const mark = correct.includes(index) ? 'correct' : selected?.includes(index) ? (isPreschool(band) ? 'chosen' : 'wrong') : null;
          return (
            <li key={index} className={`review-option${mark ? ` review-option--${mark}` : ''}`}>
              <OptionPicture option={question.options[index]} size="small" />
              <BoldText text={optionText(question, index, t)} />
              {mark && (
                <span className="review-option__mark">
                  {' '}
                  {mark === 'correct' ? <CheckIcon /> : mark === 'wrong' ? <CrossIcon /> : null}{' '}
                  {mark === 'correct' ? t('quiz.markCorrect') : mark === 'wrong' ? t('quiz.markWrong', addressed(band)) : t('quiz.together.markChosen')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {selected?.length === 0 && <p>{t('quiz.yourAnswer', { answer: t('quiz.nothingChosen'), ...addressed(band) })}</p>}
      <p className="review__explanation">{question.explanation}</p>
    </li>
  );
}
