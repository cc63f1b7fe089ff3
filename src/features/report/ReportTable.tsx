/**
 * Learner × lesson: a real table (caption, column groups per topic, row and column headers) so a
 * screen reader announces "Lan, Mật khẩu là bí mật: 90%, thành thạo". States are a symbol and words,
 * never colour alone; the symbols are explained in a key above the table.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MASTERY_PERCENT } from '../../domain/learning';
import { groupByTopic, type ClassReport, type LessonCell } from './report';
import { CheckIcon, HalfDoneIcon, StarIcon } from '../../ui/icons';
import { shownNickname, tellApart } from '../../ui/learnerName';
import { lookAlikes } from '../../domain/sameNickname';
import { useLocale } from '../../i18n';

interface Props {
  report: ClassReport;
  /** e.g. "lớp 6A" or "tất cả các lớp" */
  scope: string;
}

export function ReportTable({ report, scope }: Props) {
  const { t } = useTranslation('report');
  const { t: tCommon } = useTranslation();
  const groups = groupByTopic(report.lessons);
  const manyBands = new Set(groups.map((group) => group.band)).size > 1;
  const locale = useLocale();
  // Two rows that would read the same ("Minh", 7A twice) say what tells them apart.
  const alike = lookAlikes(report.rows.map((row) => ({ ...row.learner, nickname: shownNickname(row.learner.nickname, tCommon) })));

  return (
    <>
      <Legend />
      <div className="report-table-wrap" role="region" aria-labelledby="report-table-caption" tabIndex={0}>
        <table className="report-table">
          <caption id="report-table-caption">{t('table.caption', { scope })}</caption>
          <colgroup span={2} />
          {groups.map((group) => (
            <colgroup key={`${group.band}/${group.topic}`} span={group.lessons.length} className="report-table__topic" />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="report-table__learner">
                {t('table.learner')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('table.classLabel')}
              </th>
              {groups.map((group) => (
                <th key={`${group.band}/${group.topic}`} scope="colgroup" colSpan={group.lessons.length} className="report-table__group">
                  {manyBands
                    ? t('table.groupBandTopic', { band: t(`bands.${group.band}.name`), topic: t(`topics.${group.topic}`) })
                    : t(`topics.${group.topic}`)}
                </th>
              ))}
            </tr>
            <tr>
              {report.lessons.map((lesson) => (
                <th key={lesson.id} scope="col" className="report-table__lesson">
                  {lesson.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.learner.id}>
                <th scope="row" className="report-table__learner">
                  {shownNickname(row.learner.nickname, tCommon)}
                  {alike.has(row.learner.id) && <span className="report-table__detail">{tellApart(row.learner, tCommon, locale)}</span>}
                </th>
                <td>{row.learner.classLabel ?? ''}</td>
                {row.cells.map((cell, i) => (
                  <Cell key={report.lessons[i]?.id ?? i} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('table.summaryCompleted')}
              </th>
              {report.summaries.map((summary, i) => (
                <td key={report.lessons[i]?.id ?? i}>{t('table.completedOf', { completed: summary.completed, total: summary.learners })}</td>
              ))}
            </tr>
            <tr>
              <th scope="row" colSpan={2}>
                {t('table.summaryAverage')}
              </th>
              {report.summaries.map((summary, i) => (
                <td key={report.lessons[i]?.id ?? i}>{summary.averageBest === undefined ? t('table.noAverage') : `${summary.averageBest}%`}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

function Cell({ cell }: { cell: LessonCell }) {
  const { t } = useTranslation('report');
  switch (cell.state) {
    case 'mastered':
      return <StateCell className="report-cell--mastered" symbol={<><StarIcon /> <span className="report-cell__score">{cell.bestPercent}%</span></>} words={t('table.cellMastered', { percent: cell.bestPercent })} />;
    case 'completed':
      return <StateCell className="report-cell--completed" symbol={<><CheckIcon /> <span className="report-cell__score">{cell.bestPercent}%</span></>} words={t('table.cellCompleted', { percent: cell.bestPercent })} />;
    case 'in-progress':
      return <StateCell className="report-cell--progress" symbol={<HalfDoneIcon />} words={t('table.inProgress')} />;
    case 'not-started':
      return <StateCell className="report-cell--new" symbol="–" words={t('table.notStarted')} />;
  }
}

/** The symbol is what the eye scans; the words are what a screen reader says. */
function StateCell({ className, symbol, words }: { className: string; symbol: ReactNode; words: string }) {
  return (
    <td className={`report-cell ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </td>
  );
}

function Legend() {
  const { t } = useTranslation('report');
  return (
    <div className="report-legend">
      <p className="report-legend__title" id="report-legend-title">
        {t('table.legendTitle')}
      </p>
      <ul aria-labelledby="report-legend-title">
        <li>
          <StarIcon /> {t('table.mastered', { percent: MASTERY_PERCENT })}
        </li>
        <li>
          <CheckIcon /> {t('table.completed')}
        </li>
        <li>
          <HalfDoneIcon /> {t('table.inProgress')}
        </li>
        <li>
          <span aria-hidden="true">–</span> {t('table.notStarted')}
        </li>
      </ul>
    </div>
  );
}
