import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { PRINT_VARIANTS } from './printVariants';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { cardsOf } from '../../content/lessonContent';
import { TeacherTools } from './TeacherTools';
import { PlanContent } from './PlanContent';
import { PrinterIcon } from '../../ui/icons';

export function LessonPlanPage({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('teacher.plan.title', { title: state.entry.title }));
  if (state.status !== 'ready') return <LessonStatus state={state} />;
  const { lesson } = state;

  return (
    <article className="plan-page" lang={lesson.locale}>
      <p className="breadcrumb">
        <Link href={paths.lesson(lesson.id)}>← {lesson.title}</Link>
      </p>
      <h1 tabIndex={-1}>{t('teacher.plan.title', { title: lesson.title })}</h1>
      <nav className="teacher-toolbar" aria-label={t('teacher.toolbar')}>
        <TeacherTools lessonId={lesson.id} title={lesson.title} />
      </nav>
      <section className="print-links" aria-labelledby="print-title">
        <h2 id="print-title">{t('teacher.plan.printTitle')}</h2>
        <ul>
          {PRINT_VARIANTS.filter((variant) => variant !== 'cards' || cardsOf(lesson).length > 0).map((variant) => (
            <li key={variant}>
              <Link href={paths.print(lesson.id, variant)}><PrinterIcon /> {t(`teacher.print.${variant}`)}</Link>
            </li>
          ))}
        </ul>
      </section>
      <PlanContent lesson={lesson} />
    </article>
  );
}
