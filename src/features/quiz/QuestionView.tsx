/**
 * One question: options as native radios or checkboxes (arrow keys and Space work as usual), number
 * keys and Enter from anywhere on the page (useQuizKeys). Each new question takes focus, so a screen
 * reader reads it with its position. Options appear in the attempt's order (optionOrder): number key n
 * chooses the n-th option on screen, and what is chosen is always the option's written index.
 *
 * What a screen reader hears goes through the app's one polite live region (src/ui/announce.ts), which
 * stays mounted while questions come and go: after "Kiểm tra" — by click, Enter or a number key and Enter —
 * the verdict, the right answer when it was missed, the chosen options' own feedback and the explanation,
 * said once focus has moved to "Câu tiếp theo" (a change made as focus moves is cut by some screen
 * readers); and an option chosen with a number key, which moves no focus and so says nothing by itself.
 *
 * The preschool band's questions are answered by a child with an adult: its words never say "wrong"
 * (quiz.together: "Giỏi lắm!" or "Mình cùng nhìn lại nhé." and the right picture), and a choice that
 * missed is marked as chosen, without a cross.
 */
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Question } from '../../content/types';
import { isPreschool, type BandId, type Locale } from '../../content/vocabulary';
import { addressed } from '../../i18n/address';
import { answerText, optionText } from '../../ui/optionText';
import { BoldText } from '../../ui/BoldText';
import { allowsMany, correctIndexes, inShownOrder, isCorrect } from '../../domain/quiz';
import { announce } from '../../ui/announce';
import { withoutBoldMarks } from '../../ui/boldMarks';
import { useQuizKeys } from './useQuizKeys';
import { SHORTCUT_SCOPE } from '../../ui/shortcutKeys';
import { CheckIcon, CrossIcon } from '../../ui/icons';
import { hasPictures, OptionPicture } from '../../ui/OptionPicture';
import { useReadAloudStore } from '../../stores/readAloud';
import { READING_CLASS } from '../../ui/FlowView';
import { ReadButton } from '../../ui/readAloud/ReadButton';
import { useReadAloudStrings } from '../../ui/readAloud/useReadAloud';
import { optionPiece, questionPieces, readingKeys } from './readingPieces';

interface Props {
  question: Question;
  /** Written option indexes in the order shown (optionOrder with the attempt's seed). */
  order: readonly number[];
  /** The lesson's band: the interface speaks in its form of address (and read-aloud reads slower for the youngest). */
  band: BandId;
  /** The lesson's language: read-aloud speaks it. */
  locale: Locale;
  position: number;
  total: number;
  selected: number[];
  checked: boolean;
  isLast: boolean;
  /** Move focus to the question when it appears: every step but the first of a freshly opened quiz (the page heading has it then). */
  takeFocus: boolean;
  onToggle: (option: number) => void;
  onCheck: () => void;
  onNext: () => void;
}

export function QuestionView({ question, order, band, locale, position, total, selected, checked, isLast, takeFocus, onToggle, onCheck, onNext }: Props) {
  const { t } = useTranslation();
  const nextButton = useRef<HTMLButtonElement>(null);
  const legend = useRef<HTMLHeadingElement>(null);
  const many = allowsMany(question);
  const correct = correctIndexes(question);
  const name = `question-${question.id}`;
  const { t: tRead } = useReadAloudStrings();
  const keys = readingKeys(question.id);
  // Which of this question's texts read-aloud is reading (their keys are strings: see readingPieces.ts).
  const reading = useReadAloudStore((state) => state.current);
  const marked = (key: string, className: string) => (reading === key ? `${className} ${READING_CLASS}` : className);

  useEffect(() => {
    if (!checked) return;
    nextButton.current?.focus();
    announce(feedbackText(question, order, selected, band, t));
    // When the answer is checked; the question, its order and the choice do not change after that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checked]);
  useEffect(() => {
    if (takeFocus) legend.current?.focus();
    // Once, when this question appears (the view is keyed by question).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const advance = () => {
    if (checked) onNext();
    else if (selected.length > 0) onCheck();
  };
  useQuizKeys({
    onNumber: (n) => {
      const option = order[n - 1];
      if (checked || option === undefined) return false;
      const text = withoutBoldMarks(optionText(question, option, t));
      announce(selected.includes(option) && many ? t('quiz.unchosenByKey', { number: n, option: text }) : t('quiz.chosenByKey', { number: n, option: text }));
      onToggle(option);
      return true;
    },
    onEnter: advance,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    advance();
  };

  return (
    <form className="question" onSubmit={submit} aria-labelledby={`${name}-text`} {...SHORTCUT_SCOPE}>
      <p className="question__position" id={`${name}-position`}>
        {t('quiz.position', { current: position, total })}
      </p>
      {question.scenario && (
        <div className="scenario" id={`${name}-scenario`}>
          <p className="scenario__label">{t('quiz.scenario')}</p>
          <p className={marked(keys.scenario, 'scenario__text')}>
            <BoldText text={question.scenario} />
          </p>
        </div>
      )}
      <fieldset aria-describedby={`${name}-hint`}>
        <legend>
          <h2 id={`${name}-text`} ref={legend} tabIndex={-1} className={marked(keys.question, 'question__text')} aria-describedby={`${name}-position`}>
            <BoldText text={question.question} />
          </h2>
        </legend>
        <ReadButton
          owner={`${name}-read`}
          pieces={() => questionPieces(question, order, t)}
          locale={locale}
          band={band}
          what={tRead('what.question')}
          className="read-button--block"
        />
        <p id={`${name}-hint`} className="question__hint">
          {many ? t('quiz.chooseMany') : t('quiz.chooseOne')}
        </p>
        <ol className={hasPictures(question) ? 'options options--pictures' : 'options'}>
          {order.map((i, position) => {
            const option = question.options[i];
            if (!option) return null;
            const isChosen = selected.includes(i);
            const mark = checked ? (correct.includes(i) ? 'correct' : isChosen ? (isPreschool(band) ? 'chosen' : 'wrong') : null) : null;
            return (
              <li key={i} className={`option${isChosen ? ' option--chosen' : ''}${mark ? ` option--${mark}` : ''}`}>
                <label>
                  <input
                    type={many ? 'checkbox' : 'radio'}
                    name={name}
                    value={i}
                    checked={isChosen}
                    disabled={checked}
                    onChange={() => onToggle(i)}
                  />
                  <span className="option__key" aria-hidden="true">
                    {position + 1}
                  </span>
                  <OptionPicture option={option} />
                  <span className={marked(keys.option(i), 'option__text')}>
                    <BoldText text={optionText(question, i, t)} />
                  </span>
                  {mark && (
                    <span className="option__mark">
                      {mark === 'correct' ? <CheckIcon /> : mark === 'wrong' ? <CrossIcon /> : null}{' '}
                      {mark === 'correct' ? t('quiz.markCorrect') : mark === 'wrong' ? t('quiz.markWrong', addressed(band)) : t('quiz.together.markChosen')}
                    </span>
                  )}
                </label>
                {/* Outside the label: reading an option never chooses it. */}
                <ReadButton owner={`${name}-read-${i}`} pieces={() => [optionPiece(question, i, t)]} locale={locale} band={band} what={tRead('what.option', { number: position + 1 })} />
                {checked && isChosen && option.feedback && <p className="option__feedback">{option.feedback}</p>}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div className="feedback-region">{checked && <Feedback question={question} order={order} selected={selected} band={band} />}</div>
      {checked ? (
        <button ref={nextButton} type="submit" className="button button--primary button--large">
          {isLast ? t('quiz.finish') : t('quiz.next')}
        </button>
      ) : (
        <>
          <button type="submit" className="button button--primary button--large" disabled={selected.length === 0}>
            {t('quiz.check')}
          </button>
          <p className="muted small keyboard-hint">{t('quiz.keyboardHint')}</p>
        </>
      )}
    </form>
  );
}

/** The verdict and the right answer's words: the preschool band's are kind and never say "wrong". */
function verdictWords(band: BandId, right: boolean, answer: string, t: TFunction): { verdict: string; rightAnswer: string } {
  if (isPreschool(band)) return { verdict: right ? t('quiz.together.right') : t('quiz.together.lookAgain'), rightAnswer: t('quiz.together.rightAnswer', { answer }) };
  return { verdict: right ? t('quiz.correct') : t('quiz.incorrect'), rightAnswer: t('quiz.correctAnswer', { answer }) };
}

/** The feedback as one text to be said: verdict, the right answer if missed, the chosen options' feedback, the explanation. */
function feedbackText(question: Question, order: readonly number[], selected: readonly number[], band: BandId, t: TFunction): string {
  const right = isCorrect(question, selected);
  const words = verdictWords(band, right, answerText(question, correctIndexes(question), t, order), t);
  const parts = [words.verdict];
  if (!right) parts.push(words.rightAnswer);
  for (const i of inShownOrder(selected, order)) {
    const feedback = question.options[i]?.feedback;
    if (feedback) parts.push(feedback);
  }
  parts.push(question.explanation);
  return withoutBoldMarks(parts.join(' '));
}

function Feedback({ question, order, selected, band }: { question: Question; order: readonly number[]; selected: number[]; band: BandId }) {
  const { t } = useTranslation();
  const right = isCorrect(question, selected);
  const words = verdictWords(band, right, answerText(question, correctIndexes(question), t, order), t);
  const gentle = isPreschool(band);
  return (
    <div className={`feedback feedback--${right ? 'right' : gentle ? 'again' : 'wrong'}`}>
      <p className="feedback__verdict">
        {right ? <CheckIcon /> : gentle ? null : <CrossIcon />} {words.verdict}
      </p>
      {!right && (
        <p>
          <BoldText text={words.rightAnswer} />
        </p>
      )}
      <p className="feedback__explanation">{question.explanation}</p>
    </div>
  );
}
