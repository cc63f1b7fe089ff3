/** One question: options as native radios or checkboxes (arrow keys, space and Enter work as usual). */
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import { answerText, optionText } from '../../ui/optionText';
import { allowsMany, correctIndexes, isCorrect } from '../../domain/quiz';

interface Props {
  question: Question;
  position: number;
  total: number;
  selected: number[];
  checked: boolean;
  isLast: boolean;
  onToggle: (option: number) => void;
  onCheck: () => void;
  onNext: () => void;
}

export function QuestionView({ question, position, total, selected, checked, isLast, onToggle, onCheck, onNext }: Props) {
  const { t } = useTranslation();
  const nextButton = useRef<HTMLButtonElement>(null);
  const legend = useRef<HTMLHeadingElement>(null);
  const many = allowsMany(question);
  const correct = correctIndexes(question);
  const name = `question-${question.id}`;

  useEffect(() => {
    if (checked) nextButton.current?.focus();
  }, [checked]);
  useEffect(() => {
    if (position > 1) legend.current?.focus();
  }, [position]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked) onNext();
    else onCheck();
  };

  return (
    <form className="question" onSubmit={submit} aria-labelledby={`${name}-text`}>
      <p className="question__position">{t('quiz.position', { current: position, total })}</p>
      {question.scenario && (
        <div className="scenario" id={`${name}-scenario`}>
          <p className="scenario__label">{t('quiz.scenario')}</p>
          <p>{question.scenario}</p>
        </div>
      )}
      <fieldset aria-describedby={`${name}-hint`}>
        <legend>
          <h2 id={`${name}-text`} ref={legend} tabIndex={-1} className="question__text">
            {question.question}
          </h2>
        </legend>
        <p id={`${name}-hint`} className="question__hint">
          {many ? t('quiz.chooseMany') : t('quiz.chooseOne')}
        </p>
        <ol className="options">
          {question.options.map((option, i) => {
            const isChosen = selected.includes(i);
            const mark = checked ? (correct.includes(i) ? 'correct' : isChosen ? 'wrong' : null) : null;
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
                    {i + 1}
                  </span>
                  <span className="option__text">{optionText(question, i, t)}</span>
                  {mark && (
                    <span className="option__mark">
                      {mark === 'correct' ? '✓' : '✗'} {mark === 'correct' ? t('quiz.markCorrect') : t('quiz.markWrong')}
                    </span>
                  )}
                </label>
                {checked && isChosen && option.feedback && <p className="option__feedback">{option.feedback}</p>}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div role="status" aria-live="polite" className="feedback-region">
        {checked && <Feedback question={question} selected={selected} />}
      </div>
      {checked ? (
        <button ref={nextButton} type="submit" className="button button--primary button--large">
          {isLast ? t('quiz.finish') : t('quiz.next')}
        </button>
      ) : (
        <>
          <button type="submit" className="button button--primary button--large" disabled={selected.length === 0}>
            {t('quiz.check')}
          </button>
          <p className="muted small">{t('quiz.keyboardHint')}</p>
        </>
      )}
    </form>
  );
}

function Feedback({ question, selected }: { question: Question; selected: number[] }) {
  const { t } = useTranslation();
  const right = isCorrect(question, selected);
  return (
    <div className={`feedback feedback--${right ? 'right' : 'wrong'}`}>
      <p className="feedback__verdict">{right ? `✓ ${t('quiz.correct')}` : `✗ ${t('quiz.incorrect')}`}</p>
      {!right && <p>{t('quiz.correctAnswer', { answer: answerText(question, correctIndexes(question), t) })}</p>}
      <p className="feedback__explanation">{question.explanation}</p>
    </div>
  );
}
