/** The teacher area: the teacher-mode switch (said plainly not to be a lock) and the teaching tools. */
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { lessonsInBand } from '../../content/catalog';
import { BANDS } from '../../content/vocabulary';
import { usePageTitle } from '../../app/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useUiStore } from '../../stores/uiStore';
import { TeacherTools } from './TeacherTools';

export function TeacherPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('teacher.title'));
  const teacherMode = useUiStore((s) => s.teacherMode);
  const setTeacherMode = useUiStore((s) => s.setTeacherMode);

  return (
    <div className="teacher-page">
      <h1 tabIndex={-1}>{t('teacher.title')}</h1>
      <p className="lead">{t('teacher.intro')}</p>
      <div className="teacher-mode">
        <label className="switch">
          <input type="checkbox" role="switch" checked={teacherMode} onChange={(e) => setTeacherMode(e.target.checked)} aria-describedby="teacher-mode-note" />{' '}
          {t('teacher.modeLabel')}
        </label>
        <p role="status">{teacherMode ? t('teacher.modeOn') : t('teacher.modeOff')}</p>
        <p id="teacher-mode-note" className="muted small">
          {t('teacher.modeNote')}
        </p>
      </div>
      <p>
        <Link className="button" href={paths.report()}>
          {t('teacher.reportLink')}
        </Link>
      </p>
      <h2>{t('teacher.lessonsTitle')}</h2>
      {BANDS.map((band) => (
        <section key={band.id} aria-labelledby={`teach-${band.id}`}>
          <h3 id={`teach-${band.id}`}>{t(`bands.${band.id}.name`)}</h3>
          <ul className="teach-list">
            {lessonsInBand(band.id, locale).map((lesson) => (
              <li key={lesson.id}>
                <span className="teach-list__title">{lesson.title}</span>
                <TeacherTools lessonId={lesson.id} title={lesson.title} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
