/**
 * Shown instead of a page that carries answers or learners' results (the lesson plan, the printouts, the
 * class report: routes marked `teacherOnly` in src/router/routes.ts) while teacher mode is off. It says
 * why and where a teacher turns the mode on (asking for the teacher PIN first, where one is set); it
 * renders none of the page, so nothing of the key reaches the screen or a prerendered file.
 */
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';

export function TeacherModeRequired() {
  const { t } = useTranslation();
  usePageTitle(t('teacher.required.title'));
  return (
    <div className="teacher-required">
      <h1 tabIndex={-1}>{t('teacher.required.title')}</h1>
      <p>{t('teacher.required.body')}</p>
      <p>{t('teacher.required.howTo')}</p>
      <p>
        <Link className="button button--primary" href={paths.teacher()}>
          {t('teacher.required.turnOn')}
        </Link>{' '}
        <Link className="button" href={paths.home()}>
          {t('app.backHome')}
        </Link>
      </p>
    </div>
  );
}
