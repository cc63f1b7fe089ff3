/**
 * A4 printouts of a lesson: the plan, a student handout (key terms, key rules and the discussion
 * questions), the families note, the quiz as a paper worksheet with the answer key on a page of its
 * own, and the activity cards to cut out. The worksheet and its key letter the options in one order
 * derived from the lesson and the question (printedOrder), never the written one, so every reprint
 * matches a key printed before. Picture answers are printed with their pictures, side by side.
 */
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import type { LessonBody } from '../../content/types';
import { usePageTitle } from '../../ui/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import type { PrintVariant } from './printVariants';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { optionList, optionText } from '../../ui/optionText';
import { correctIndexes, inShownOrder, optionLetter, printedOrder } from '../../domain/quiz';
import { BoldText } from '../../ui/BoldText';
import { hasPictures, OptionPicture } from '../../ui/OptionPicture';
import { cardsOf } from '../../content/lessonContent';
import { LeafHtml } from '../../ui/FlowView';
import { KeyTerms } from '../../ui/KeyTerms';
import { SchoolContacts } from '../../ui/SchoolContacts';
import { calloutsOf } from './lessonPlan';
import './printouts.css';
import { CalloutHtml, PlanContent } from './PlanContent';
import { PrinterIcon } from '../../ui/icons';

export function PrintPage({ lessonId, variant }: { lessonId: string; variant: PrintVariant }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : `${t(`teacher.print.${variant}`)}: ${state.entry.title}`);
  if (state.status !== 'ready') return <LessonStatus state={state} />;
  const { lesson } = state;

  return (
    <div className={`print-page print-page--${variant}`} lang={lesson.locale}>
      <p className="no-print breadcrumb">
        <Link href={paths.plan(lesson.id)}>← {t('teacher.print.back')}</Link>{' '}
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          <PrinterIcon /> {t('teacher.print.printNow')}
        </button>
      </p>
      {variant === 'plan' && (
        <>
          <h1 tabIndex={-1}>{t('teacher.plan.title', { title: lesson.title })}</h1>
          <PlanContent lesson={lesson} />
        </>
      )}
      {variant === 'handout' && <Handout lesson={lesson} />}
      {variant === 'family' && <FamilyNote lesson={lesson} />}
      {variant === 'worksheet' && <Worksheet lesson={lesson} />}
      {variant === 'cards' && <CutOutCards lesson={lesson} />}
    </div>
  );
}

/**
 * What a pupil reads, chosen by block kind: key terms, the tips and warnings, the discussion questions.
 * Activities (how the teacher runs them), :::teacher notes and the families note are for adults and
 * stay on the plan and the families note.
 */
function Handout({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation();
  const rules = [...calloutsOf(lesson, 'tip'), ...calloutsOf(lesson, 'warning')];
  const discussion = calloutsOf(lesson, 'discussion');
  // On paper the help line is the frame's footer, repeated at the foot of every page (printouts.css):
  // a handout that runs onto a second page never leaves a pupil a page without 111.
  return (
    <div className="handout">
      <div className="handout__body">
        <h1 tabIndex={-1}>{t('teacher.print.handoutTitle', { title: lesson.title })}</h1>
        <p>{t('teacher.print.nameLine')}</p>
        <KeyTerms terms={lesson.keyTerms} />
        <h2>{t('teacher.print.keyRules')}</h2>
        {rules.length === 0 ? <p className="muted">{t('teacher.plan.noPrint')}</p> : rules.map((callout, i) => <CalloutHtml key={i} callout={callout} />)}
        {discussion.map((callout, i) => (
          <section key={i}>
            <h2>{t('lesson.callouts.discussion')}</h2>
            <CalloutHtml callout={callout} />
          </section>
        ))}
      </div>
      <div className="handout__foot">
        <p className="print-help">{t('teacher.print.helpLine')}</p>
      </div>
    </div>
  );
}

/**
 * The lesson's activity cards on A4, several to a page, to cut out along dashed lines. Each card says
 * which lesson and band it belongs to, so sets from different lessons are not mixed up on the table.
 */
function CutOutCards({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation();
  const sets = cardsOf(lesson);
  const source = `${lesson.title} · ${t(`bands.${lesson.band}.name`)}`;
  return (
    <>
      <h1 tabIndex={-1}>{t('teacher.print.cardsTitle', { title: lesson.title })}</h1>
      <p className="no-print">{t('teacher.print.cardsHint')}</p>
      {sets.length === 0 && <p className="muted">{t('teacher.plan.noPrint')}</p>}
      {sets.map((set, i) => (
        <section key={i} className="cut-cards" aria-label={set.title}>
          <ul className="cut-cards__sheet">
            {set.cards.map((card, j) => (
              <li key={j} className="cut-card">
                <p className="cut-card__set">{set.title}</p>
                <LeafHtml className="cut-card__body prose" leaf={card} />
                <p className="cut-card__source">{source}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function FamilyNote({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation();
  const notes = calloutsOf(lesson, 'family');
  return (
    <>
      <h1 tabIndex={-1}>{t('teacher.print.familyTitle', { title: lesson.title })}</h1>
      <p>{lesson.summary}</p>
      {notes.length === 0 ? <p className="muted">{t('teacher.plan.noPrint')}</p> : notes.map((callout, i) => <CalloutHtml key={i} callout={callout} />)}
      <p className="print-help">{t('teacher.print.helpLine')}</p>
      <SchoolContacts heading={2} />
    </>
  );
}

function Worksheet({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation();
  const instruction = (type: string) => (type === 'multiple' ? t('teacher.print.chooseMany') : type === 'true-false' ? t('teacher.print.trueFalse') : t('teacher.print.chooseOne'));
  return (
    <>
      <h1 tabIndex={-1}>{t('teacher.print.worksheetTitle', { title: lesson.title })}</h1>
      <p>{t('teacher.print.nameLine')}</p>
      <ol className="worksheet">
        {lesson.quiz.map((question) => (
          <li key={question.id} className="worksheet__question">
            {question.scenario && (
              <p className="worksheet__scenario">
                <BoldText text={question.scenario} />
              </p>
            )}
            <p>
              <strong>
                <BoldText text={question.question} />
              </strong>{' '}
              <span className="muted">{instruction(question.type)}</span>
            </p>
            <ul className={hasPictures(question) ? 'worksheet__options worksheet__options--pictures' : 'worksheet__options'}>
              {printedOrder(lesson.id, question).map((i, position) => (
                <li key={i}>
                  <OptionPicture option={question.options[i]} size="print" />
                  {optionLetter(position)}. <BoldText text={optionText(question, i, t)} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <section className="page-break answer-key" aria-labelledby="answer-key">
        <h2 id="answer-key">{t('teacher.print.answerKey', { title: lesson.title })}</h2>
        {/* Each answer says "Câu 1: …" (the number a pupil wrote next to), so the list adds none. */}
        <ul className="answer-key__list">
          {lesson.quiz.map((question, n) => {
            const order = printedOrder(lesson.id, question);
            const answer = optionList(inShownOrder(correctIndexes(question), order).map((i) => `${optionLetter(order.indexOf(i))}. ${optionText(question, i, t)}`));
            return (
              <li key={question.id}>
                <p>
                  <BoldText text={t('teacher.print.answer', { n: n + 1, answer })} />
                </p>
                <p className="small">{question.explanation}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
