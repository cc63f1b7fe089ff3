/**
 * One question on the big screen: the scenario above it, lettered options (A, B, C…) for hands or
 * answer cards, and after the reveal the correct option(s) and the explanation. Options stand in the
 * game's order; the letters follow the screen. Picture answers stand in a row of cards, picture above label.
 */
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import { optionList, optionText } from '../../ui/optionText';
import { BoldText } from '../../ui/BoldText';
import { withoutBoldMarks } from '../../ui/boldMarks';
import { allowsMany, correctIndexes, inShownOrder, optionLetter } from '../../domain/quiz';
import { CheckIcon } from '../../ui/icons';
import { HelpFooter } from '../../ui/HelpFooter';
import { hasPictures, OptionPicture } from '../../ui/OptionPicture';
import { useFitToScreen } from './useFitToScreen';

/** Options this short (characters) sit two to a row where the column is wide enough (game.css). */
const SHORT_OPTION = 60;

interface Props {
  question: Question;
  /** Written option indexes in the order shown (optionOrder with the game's seed). */
  order: readonly number[];
  position: number;
  total: number;
  revealed: boolean;
  /** The language of the lesson text (it may differ from the interface's). */
  contentLocale: string;
  /** The question heading: focused on each new question so screen readers read it. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The reveal region: scrolled into view when the answer shows. */
  revealRef?: Ref<HTMLDivElement>;
  /** The leader's buttons, between the options and the explanation so they stay in one place. */
  children?: ReactNode;
}

export function QuestionBoard({ question, order, position, total, revealed, contentLocale, headingRef, revealRef, children }: Props) {
  const { t } = useTranslation('game');
  const correct = correctIndexes(question);
  const answer = optionList(inShownOrder(correct, order).map((i) => `${optionLetter(order.indexOf(i))}. ${withoutBoldMarks(optionText(question, i, t))}`));
  const texts = order.map((i) => optionText(question, i, t));
  const short = texts.every((text) => withoutBoldMarks(text).length <= SHORT_OPTION);
  const board = useFitToScreen<HTMLElement>(`${question.id}:${revealed}:${contentLocale}:${texts.join('|')}`);

  return (
    <section ref={board} className="game-question" aria-labelledby="game-question-text">
      {/* Position and how to answer on one line: the height goes to the question. */}
      <div className="game-question__head">
        <p className="game-question__position">{t('play.position', { current: position, total })}</p>
        <p className="game-question__hint">{allowsMany(question) ? t('play.chooseMany') : t('play.chooseOne')}</p>
        {/* In full screen the header's help entry makes way: 111 stays on this line, where it covers nothing. */}
        <HelpFooter className="help-footer--game" />
      </div>
      {question.scenario && (
        <div className="scenario game-question__scenario" lang={contentLocale}>
          <p className="scenario__label">{t('quiz.scenario')}</p>
          <p>
            <BoldText text={question.scenario} />
          </p>
        </div>
      )}
      <h2 id="game-question-text" ref={headingRef} tabIndex={-1} className="game-question__text" lang={contentLocale}>
        <BoldText text={question.question} />
      </h2>
      <ol className={hasPictures(question) ? 'game-options game-options--pictures' : short ? 'game-options game-options--short' : 'game-options'}>
        {order.map((i, position) => {
          const isCorrect = correct.includes(i);
          const state = revealed ? (isCorrect ? ' game-option--correct' : ' game-option--other') : '';
          return (
            <li key={i} className={`game-option${state}`}>
              <span className="game-option__letter">{optionLetter(position)}</span>
              <span className="visually-hidden">. </span>
              <OptionPicture option={question.options[i]} />
              <span className="game-option__text" lang={question.type === 'true-false' ? undefined : contentLocale}>
                <BoldText text={texts[position] ?? ''} />
              </span>
              {revealed && isCorrect && (
                <span className="game-option__mark">
                  <CheckIcon /> {t('play.correctOption')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {children}
      <div ref={revealRef} role="status" aria-live="polite" className="game-question__reveal">
        {revealed && (
          <div className="game-explanation">
            {/* The options already show it; this line is what a screen reader announces. */}
            <p className="visually-hidden">{t('play.answerIs', { answer })}</p>
            <h3 className="game-explanation__title">{t('play.explanation')}</h3>
            <p lang={contentLocale}>{question.explanation}</p>
          </div>
        )}
      </div>
    </section>
  );
}
