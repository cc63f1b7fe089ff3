/** The lesson plan a teacher reads before class, on screen and printed: timing, activities, notes, quiz. */
import { useTranslation } from 'react-i18next';
import type { LessonBody } from '../../content/types';
import { answerText } from '../../ui/optionText';
import { BoldText } from '../../ui/BoldText';
import { correctIndexes, printedOrder } from '../../domain/quiz';
import { COMPETENCE_CODES, competenceName, type CompetenceCode } from '../../content/competences';
import { useLocale } from '../../i18n';
import { FlowView } from '../../ui/FlowView';
import { KeyTerms } from '../../ui/KeyTerms';
import { calloutsOf, lessonTiming, type Callout } from './lessonPlan';
import { CheckIcon } from '../../ui/icons';
import { ServedStatement } from './ServedStatement';

export function CalloutHtml({ callout }: { callout: Callout }) {
  return (
    <div className="prose">
      <FlowView flow={callout.flow} />
    </div>
  );
}

export function PlanContent({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation();
  const timing = lessonTiming(lesson);
  const minutes = (count: number | undefined) => (count === undefined ? '—' : t('teacher.plan.minutesValue', { count }));

  return (
    <div className="plan">
      <p className="plan__meta">
        {t(`bands.${lesson.band}.name`)} · {t(`topics.${lesson.topic}`)} · {minutes(lesson.duration)}
      </p>
      <h2>{t('teacher.plan.summary')}</h2>
      <p>{lesson.summary}</p>
      <h2>{t('teacher.plan.objectives')}</h2>
      <ul>
        {lesson.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <ServedStatement band={lesson.band} topic={lesson.topic} />
      <CompetenceTags codes={lesson.competences} />
      <KeyTerms terms={lesson.keyTerms} />

      <table className="plan__timing">
        <caption>{t('teacher.plan.timing')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teacher.plan.part')}</th>
            <th scope="col">{t('teacher.plan.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {timing.parts.map((part, i) => (
            <tr key={i}>
              <th scope="row">
                {t(`lesson.parts.${part.kind}`)}
                {part.label ? `: ${part.label}` : ''}
              </th>
              <td>{minutes(part.minutes)}</td>
            </tr>
          ))}
          {lesson.quiz.length > 0 && (
            <tr>
              <th scope="row">{t('teacher.plan.quizRow', { count: lesson.quiz.length })}</th>
              <td>{minutes(timing.quizMinutes)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('teacher.plan.total')}</th>
            <td>{minutes(timing.total)}</td>
          </tr>
        </tfoot>
      </table>

      <Section title={t('teacher.plan.activities')} callouts={calloutsOf(lesson, 'activity')} />
      <Section title={t('teacher.plan.teacherNotes')} callouts={calloutsOf(lesson, 'teacher')} />
      <Section title={t('teacher.plan.familyNote')} callouts={calloutsOf(lesson, 'family')} />

      {lesson.quiz.length > 0 && (
        <>
          <h2>{t('teacher.plan.quiz')}</h2>
          <ol>
            {lesson.quiz.map((question) => (
              <li key={question.id}>
                {question.scenario && (
                  <p className="muted">
                    <BoldText text={question.scenario} />
                  </p>
                )}
                <p>
                  <BoldText text={question.question} />
                </p>
                {/* The right options in the worksheet's order. */}
                <p className="small">
                  <CheckIcon /> <BoldText text={answerText(question, correctIndexes(question), t, printedOrder(lesson.id, question))} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** The digital competences the lesson practises, in the framework's order: code and name in the UI language. */
export function CompetenceTags({ codes }: { codes: readonly CompetenceCode[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (codes.length === 0) return null;
  return (
    <section className="competences" aria-labelledby="plan-competences">
      <h2 id="plan-competences">{t('teacher.plan.competences')}</h2>
      <ul className="competence-tags">
        {[...codes].sort((a, b) => COMPETENCE_CODES.indexOf(a) - COMPETENCE_CODES.indexOf(b)).map((code) => (
          <li key={code} className="competence-tag">
            <span className="competence-tag__code">{code}</span> {competenceName(code, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Section({ title, callouts }: { title: string; callouts: Callout[] }) {
  const { t } = useTranslation();
  if (callouts.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      {callouts.map((callout, i) => (
        <div key={i} className="plan__callout">
          {(callout.title || callout.minutes) && (
            <h3>
              {callout.title}
              {callout.minutes ? ` (${t('teacher.plan.minutesValue', { count: callout.minutes })})` : ''}
            </h3>
          )}
          <CalloutHtml callout={callout} />
        </div>
      ))}
    </section>
  );
}
