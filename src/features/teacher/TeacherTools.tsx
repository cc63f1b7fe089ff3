import { useTranslation } from 'react-i18next';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';

/** Present / class quiz / plan links for one lesson; used here and on the lesson page in teacher mode. */
export function TeacherTools({ lessonId, title }: { lessonId: string; title: string }) {
  const { t } = useTranslation();
  return (
    <span className="teacher-tools">
      <Link href={paths.present(lessonId)} aria-label={`${t('teacher.tools.present')}: ${title}`}>
        {t('teacher.tools.present')}
      </Link>
      <Link href={paths.classQuiz(lessonId)} aria-label={`${t('teacher.tools.classQuiz')}: ${title}`}>
        {t('teacher.tools.classQuiz')}
      </Link>
      <Link href={paths.plan(lessonId)} aria-label={`${t('teacher.tools.plan')}: ${title}`}>
        {t('teacher.tools.plan')}
      </Link>
    </span>
  );
}
