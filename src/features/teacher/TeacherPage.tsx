/**
 * The teacher area: the teacher-mode switch (said plainly not to be a lock) and the teaching tools for
 * every lesson of every band, and for the sessions with parents and staff. The list can be narrowed to
 * the lessons that practise one digital competence.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { allLessons, lessonsInBand } from '../../content/catalog';
import { COMPETENCES, competenceName, isCompetenceCode, type CompetenceCode } from '../../content/competences';
import { BANDS, TRACKS } from '../../content/vocabulary';
import { usePageTitle } from '../../ui/usePageTitle';
import { Link } from '../../router/Link';
import { buildPath, paths } from '../../router/routes';
import { useUiStore } from '../../stores/uiStore';
import { useTeacherLock } from '../../db/hooks';
import { useStorageStatus } from '../../stores/storageStatus';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';
import { TeacherTools } from './TeacherTools';

export function TeacherPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('teacher.title'));
  const teacherMode = useUiStore((s) => s.teacherMode);
  const setTeacherMode = useUiStore((s) => s.setTeacherMode);
  // Where a teacher PIN is set, turning teacher mode on asks for it (turning it off never does). Until
  // the lock is known the switch only turns off; with storage unavailable there is no lock to know.
  const lock = useTeacherLock();
  const storageUnavailable = useStorageStatus((s) => s.problem) === 'unavailable';
  const lockPending = lock === undefined && !storageUnavailable;
  const [askingPin, setAskingPin] = useState(false);
  const switchMode = (on: boolean) => {
    if (!on) setTeacherMode(false);
    else if (lock?.set) setAskingPin(true);
    else if (!lockPending) setTeacherMode(true);
  };
  const [competence, setCompetence] = useState<CompetenceCode | ''>('');
  const filterId = useId();
  const matches = (entry: { competences: readonly CompetenceCode[] }) => competence === '' || entry.competences.includes(competence);
  const groups = [...BANDS, ...TRACKS].map((band) => ({ id: band.id, lessons: lessonsInBand(band.id, locale).filter(matches) }));
  const shown = groups.reduce((sum, group) => sum + group.lessons.length, 0);
  // Only the competences some lesson practises are worth offering.
  const used = new Set(allLessons().flatMap((entry) => entry.competences));

  return (
    <div className="teacher-page">
      <h1 tabIndex={-1}>{t('teacher.title')}</h1>
      <p className="lead">{t('teacher.intro')}</p>
      <div className="teacher-mode">
        <label className="switch">
          <input type="checkbox" role="switch" checked={teacherMode} disabled={lockPending && !teacherMode} onChange={(e) => switchMode(e.target.checked)} aria-describedby="teacher-mode-note" />{' '}
          {t('teacher.modeLabel')}
        </label>
        {askingPin && (
          <TeacherPinPrompt
            label={t('sharedComputer.teacherPin.prompts.teacherMode')}
            onOk={() => {
              setAskingPin(false);
              setTeacherMode(true);
            }}
            onCancel={() => setAskingPin(false)}
          />
        )}
        <p role="status">{teacherMode ? t('teacher.modeOn') : t('teacher.modeOff')}</p>
        <p id="teacher-mode-note" className="muted small">
          {t('teacher.modeNote')}
        </p>
      </div>
      <p className="teacher-links">
        <Link className="button" href={paths.report()}>
          {t('teacher.reportLink')}
        </Link>{' '}
        <Link className="button" href={buildPath({ name: 'teacher-map' })}>
          {t('teacher.mapLink')}
        </Link>
      </p>
      <h2>{t('teacher.lessonsTitle')}</h2>
      <div className="lesson-filter">
        <label htmlFor={filterId}>{t('teacher.filter.label')}</label>{' '}
        <select id={filterId} value={competence} onChange={(e) => setCompetence(isCompetenceCode(e.target.value) ? e.target.value : '')}>
          <option value="">{t('teacher.filter.all')}</option>
          {COMPETENCES.filter(({ code }) => used.has(code)).map(({ code }) => (
            <option key={code} value={code}>
              {code} {competenceName(code, locale)}
            </option>
          ))}
        </select>
        <p role="status" className="muted small">
          {competence === '' ? '' : shown === 0 ? t('teacher.filter.none') : t('teacher.filter.count', { count: shown, code: competence })}
        </p>
      </div>
      {groups
        .filter((group) => group.lessons.length > 0)
        .map((group) => (
          <section key={group.id} aria-labelledby={`teach-${group.id}`}>
            <h3 id={`teach-${group.id}`}>{t(`bands.${group.id}.name`)}</h3>
            <ul className="teach-list">
              {group.lessons.map((lesson) => (
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
