/**
 * The progression map (issue 22 §3, after the Connected World's statements by age): the pupil topics
 * down, the four grade bands across; each cell says what a child can do by the end of the band
 * (content/<band>/progression.yaml, compiled into src/content/progression.ts) and links the band ×
 * topic's lessons. A filter by digital competence (Thông tư 02) keeps only the lessons that practise it,
 * and the topics that have one, and says how many (src/ui/announce.ts, through StatusText). Printed, it fits one A4 landscape page (progression.css).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonsInTopic } from '../../content/catalog';
import { COMPETENCES, competenceName, isCompetenceCode, type CompetenceCode } from '../../content/competences';
import { progressionStatement } from '../../content/progression';
import type { CatalogEntry } from '../../content/types';
import { SCHOOL_BANDS, PUPIL_TOPIC_IDS } from '../../content/vocabulary';
import { addressed } from '../../i18n/address';
import { useLocale } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { StatusText } from '../../ui/LiveRegion';
import { PrinterIcon } from '../../ui/icons';
import { usePageTitle } from '../../ui/usePageTitle';
import './progression.css';

export function ProgressionMapPage() {
  const { t } = useTranslation('teacher');
  const locale = useLocale();
  usePageTitle(t('map.title'));
  const [competence, setCompetence] = useState<CompetenceCode | ''>('');
  const filterId = useId();

  const practises = (entry: CatalogEntry) => competence === '' || entry.competences.includes(competence);
  const rows = PUPIL_TOPIC_IDS.map((topic) => ({
    topic,
    cells: SCHOOL_BANDS.map((band) => {
      const lessons = lessonsInTopic(band.id, topic, locale);
      return { band: band.id, statement: progressionStatement(band.id, topic, locale), lessons, shown: lessons.filter(practises) };
    }),
  }));
  const all = rows.flatMap((row) => row.cells.flatMap((cell) => cell.lessons));
  // Only the competences some pupil lesson practises are worth offering.
  const used = new Set(all.flatMap((entry) => entry.competences));
  const visible = competence === '' ? rows : rows.filter((row) => row.cells.some((cell) => cell.shown.length > 0));

  // Shown beside the filter and said through the live region (StatusText) once a choice has been made
  // (not on arrival); derived at render, so it follows a change of language too.
  const [chosen, setChosen] = useState(false);
  const count = competence === '' ? all.length : all.filter((entry) => entry.competences.includes(competence)).length;
  const status = !chosen ? '' : competence === '' ? t('map.filter.showingAll', { count }) : count === 0 ? t('map.filter.none', { code: competence }) : t('map.filter.count', { count, code: competence });
  const choose = (value: string) => {
    setCompetence(isCompetenceCode(value) ? value : '');
    setChosen(true);
  };

  return (
    <div className="progression-map">
      <p className="breadcrumb">
        <Link href={paths.teacher()}>{t('map.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('map.title')}</h1>
      <p className="lead no-print">{t('map.intro')}</p>
      <div className="progression-map__tools no-print">
        <p className="field">
          <label htmlFor={filterId}>{t('map.filter.label')}</label>{' '}
          <select id={filterId} value={competence} onChange={(event) => choose(event.target.value)}>
            <option value="">{t('map.filter.all')}</option>
            {COMPETENCES.filter(({ code }) => used.has(code)).map(({ code }) => (
              <option key={code} value={code}>
                {code} {competenceName(code, locale)}
              </option>
            ))}
          </select>
        </p>
        <StatusText className="muted small progression-map__count" text={status} />
        <button type="button" className="button" onClick={() => window.print()}>
          <PrinterIcon /> {t('map.print')}
        </button>
      </div>
      {competence !== '' && <p className="progression-map__filtered">{t('map.printedFilter', { code: competence, name: competenceName(competence, locale) })}</p>}

      <div className="progression-map__wrap" role="region" aria-labelledby="progression-caption" tabIndex={0}>
        <table className="progression-table">
          <caption id="progression-caption">{t('map.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('map.topic')}</th>
              {SCHOOL_BANDS.map((band) => (
                <th key={band.id} scope="col">
                  {t('map.bandHeader', { lead: t('progression.lead', { grades: band.grades, ...addressed(band.id) }) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map(({ topic, cells }) => (
              <tr key={topic}>
                <th scope="row">{t(`topics.${topic}`)}</th>
                {cells.map((cell) => (
                  <td key={cell.band} className={cell.shown.length === 0 && competence !== '' ? 'progression-table__cell--none' : undefined}>
                    {competence !== '' && cell.shown.length === 0 ? (
                      <p className="muted">{t('map.noMatch')}</p>
                    ) : (
                      <>
                        <p className="progression-table__statement">{cell.statement ?? <span className="muted">{t('map.noStatement')}</span>}</p>
                        {cell.shown.length > 0 ? (
                          <ul className="progression-table__lessons" aria-label={t('map.lessons')}>
                            {cell.shown.map((lesson) => (
                              <li key={lesson.id}>
                                <Link href={paths.lesson(lesson.id)}>{lesson.title}</Link>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="muted">{t('map.noLesson')}</p>
                        )}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
