/**
 * The class report without a server: the teacher drops the learners' progress files here and gets a
 * learner × lesson table, the questions the class missed most, a CSV for Excel and a printout.
 * The files live in this page's memory only; results scanned from learners' QR codes (ScanSection.tsx)
 * are kept in this device's database until the teacher clears them. Nothing is sent anywhere.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { allLessons } from '../../content/catalog';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { csvBytes, reportCsv, reportFileName, type CsvSeparator } from './csv';
import { DifficultySection } from './DifficultySection';
import { downloadFile } from '../../ui/download';
import { FileDropZone } from './FileDropZone';
import { FileList, type LoadedFile, type RejectedFile } from './FileList';
import { readProgressFiles } from './readFiles';
import { ScanSection } from './ScanSection';
import { useScans } from '../../db/hooks';
import {
  buildReport,
  classesOf,
  filterLearners,
  mergeSources,
  questionDifficulty,
  reportLessons,
  unknownLessonAttempts,
  type ClassFilter,
  type ClassOption,
  type DifficultyBasis,
} from './report';
import { ReportTable } from './ReportTable';
import './report.css';

const ALL = 'all';
const NO_CLASS = 'none';
const CLASS_PREFIX = 'class:';

export function ClassReportPage() {
  const { t } = useTranslation('report');
  const locale = useLocale();
    usePageTitle(t('title'));

  const [loaded, setLoaded] = useState<LoadedFile[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [reading, setReading] = useState(0);
  const [status, setStatus] = useState('');
  const [filterValue, setFilterValue] = useState(ALL);
  const [basis, setBasis] = useState<DifficultyBasis>('latest-finished');
  const scans = useScans();
  const [scanned, setScanned] = useState<LoadedFile[]>([]);
  const keptSets = useMemo(() => scans.map((scan) => scan.id), [scans]);

  // The scanned results are progress files kept on this device: read again with the file parser, as a
  // dropped file is, whenever the stored list changes.
  useEffect(() => {
    let cancelled = false;
    if (scans.length === 0) {
      setScanned([]);
      return;
    }
    void import('../../domain/parseProgressFile').then(({ parseTransferFile }) => {
      if (cancelled) return;
      setScanned(
        scans.flatMap((scan) => {
          const parsed = parseTransferFile(scan.file);
          const names = parsed.ok ? parsed.file.learners.map((l) => (l.classLabel ? `${l.nickname} (${l.classLabel})` : l.nickname)).join(', ') : '';
          return parsed.ok ? [{ name: t('scan.scannedName', { names }), source: parsed.file }] : [];
        }),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [scans, t]);

  const addFiles = async (files: File[]) => {
    setReading((n) => n + files.length);
    setStatus(t('files.reading', { count: files.length }));
    const outcomes = await readProgressFiles(files);
    const accepted = outcomes.flatMap((o) => (o.ok ? [{ name: o.name, source: o.file }] : []));
    const failed = outcomes.flatMap((o) => (o.ok ? [] : [{ name: o.name, reason: o.reason, detail: o.detail, at: o.at }]));
    setLoaded((list) => [...list, ...accepted]);
    setRejected((list) => [...list, ...failed]);
    setReading((n) => n - files.length);
    const flagged = failed.filter((file) => file.reason === 'score-mismatch').length;
    setStatus(flagged > 0 ? t('files.addedFlagged', { accepted: accepted.length, rejected: failed.length - flagged, flagged }) : t('files.added', { accepted: accepted.length, rejected: failed.length }));
  };

  const clear = () => {
    setLoaded([]);
    setRejected([]);
    setFilterValue(ALL);
    setStatus('');
  };

  const catalog = allLessons();
  // The files' dates are judged against the moment they were read (a date in the future does not win).
  const { data, now } = useMemo(() => {
    const readAt = Date.now();
    return { data: mergeSources([...loaded, ...scanned].map((file) => file.source), readAt), now: readAt };
  }, [loaded, scanned]);
  const lessons = useMemo(() => reportLessons(data.learners, catalog, locale), [data, catalog, locale]);
  const { classes, unlabelled } = useMemo(() => classesOf(data.learners), [data]);
  const filter = useMemo(() => decodeFilter(filterValue, classes, unlabelled), [filterValue, classes, unlabelled]);
  const shown = useMemo(() => filterLearners(data.learners, filter), [data, filter]);
  const report = useMemo(() => buildReport(shown, lessons), [shown, lessons]);
  const difficulty = useMemo(() => questionDifficulty(shown, lessons, basis, catalog, now), [shown, lessons, basis, catalog, now]);
  const unknown = useMemo(() => unknownLessonAttempts(data.learners, catalog), [data, catalog]);
  const chosenClass = filter.kind === 'class' ? classes.find((c) => c.key === filter.key) : undefined;
  const scope = chosenClass
    ? t('table.scopeClass', { label: chosenClass.label })
    : filter.kind === 'none'
      ? t('table.scopeNone')
      : t('table.scopeAll');

  const downloadCsv = (separator: CsvSeparator) => {
    const name = reportFileName(chosenClass?.label, new Date(), separator);
    const text = reportCsv(report, { nickname: t('export.nickname'), classLabel: t('export.classLabel') }, separator);
    downloadFile(name, csvBytes(text), 'text/csv;charset=utf-8');
    setStatus(t('export.csvDone', { name }));
  };

  return (
    <div className="class-report">
      <p className="breadcrumb no-print">
        <Link href={paths.teacher()}>{t('back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lead no-print">{t('intro')}</p>
      <p className="notice no-print">{t('privacy')}</p>

      <section aria-labelledby="report-files-title" className="no-print">
        <h2 id="report-files-title">{t('files.title')}</h2>
        <FileDropZone inputId="report-files" onFiles={(files) => void addFiles(files)} />
        <p role="status" className="report-status">
          {status}
        </p>
        <FileList loaded={[...loaded, ...scanned]} rejected={rejected} learners={data.learners.length} attempts={data.attemptCount} />
        {unknown > 0 && <p className="muted">{t('files.unknownLessons', { count: unknown })}</p>}
        {(loaded.length > 0 || rejected.length > 0) && reading === 0 && (
          <button type="button" className="button" onClick={clear}>
            {t('files.clear')}
          </button>
        )}
      </section>

      <ScanSection kept={keptSets} fileInputId="report-files" />

      {data.learners.length > 0 && (
        <>
          <section aria-labelledby="report-table-title">
            <h2 id="report-table-title">{t('table.title')}</h2>
            <p className="field no-print">
              <label htmlFor="report-class">{t('table.filter')}</label>
              <select id="report-class" value={encodeFilter(filter)} onChange={(event) => setFilterValue(event.target.value)}>
                <option value={ALL}>{t('table.allClasses', { count: data.learners.length })}</option>
                {classes.map((option) => (
                  <option key={option.key} value={CLASS_PREFIX + option.key}>
                    {t('table.classOption', { label: option.label, count: option.learners })}
                  </option>
                ))}
                {unlabelled > 0 && <option value={NO_CLASS}>{t('table.noClassOption', { count: unlabelled })}</option>}
              </select>
            </p>
            {lessons.length === 0 ? (
              <p>{t('table.noLessons')}</p>
            ) : report.rows.length === 0 ? (
              <p>{t('table.noLearners')}</p>
            ) : (
              <ReportTable report={report} scope={scope} />
            )}
          </section>

          {lessons.length > 0 && report.rows.length > 0 && (
            <section aria-labelledby="report-export-title" className="no-print">
              <h2 id="report-export-title">{t('export.title')}</h2>
              <p className="muted">{t('export.csvNote')}</p>
              <p id="report-csv-semicolon" className="muted small">
                {t('export.csvSemicolonNote')}
              </p>
              <p>
                <button type="button" className="button button--primary" onClick={() => downloadCsv(',')}>
                  {t('export.csv')}
                </button>
                <button type="button" className="button" onClick={() => downloadCsv(';')} aria-describedby="report-csv-semicolon">
                  {t('export.csvSemicolon')}
                </button>
                <button type="button" className="button" onClick={() => window.print()}>
                  {t('export.print')}
                </button>
              </p>
            </section>
          )}

          {lessons.length > 0 && <DifficultySection difficulty={difficulty} basis={basis} onBasisChange={setBasis} locale={locale} />}
        </>
      )}
    </div>
  );
}

function decodeFilter(value: string, classes: readonly ClassOption[], unlabelled: number): ClassFilter {
  if (value === NO_CLASS && unlabelled > 0) return { kind: 'none' };
  if (value.startsWith(CLASS_PREFIX)) {
    const key = value.slice(CLASS_PREFIX.length);
    if (classes.some((option) => option.key === key)) return { kind: 'class', key };
  }
  // Also when the chosen class is gone (all files removed): back to everyone.
  return { kind: 'all' };
}

function encodeFilter(filter: ClassFilter): string {
  return filter.kind === 'class' ? CLASS_PREFIX + filter.key : filter.kind === 'none' ? NO_CLASS : ALL;
}
