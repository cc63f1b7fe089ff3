/** What came of the files so far: how much was read, and each file that failed with the reason in words. */
import { useTranslation } from 'react-i18next';
import type { TextPosition } from '../../domain/parseProgressFile';
import type { FileProblem } from './readFiles';
import type { ReportSource } from './report';

export interface LoadedFile {
  name: string;
  source: ReportSource;
}

export interface RejectedFile {
  name: string;
  reason: FileProblem;
  /** The parser's note on the first problem (English, technical): shown small, for whoever fixes the file */
  detail?: string;
  /** Where a file stops being JSON: said in the user's language, never the browser's English message */
  at?: TextPosition;
}

interface Props {
  loaded: readonly LoadedFile[];
  rejected: readonly RejectedFile[];
  learners: number;
  attempts: number;
}

export function FileList({ loaded, rejected: notLoaded, learners, attempts }: Props) {
  const { t } = useTranslation('report');
  if (loaded.length === 0 && notLoaded.length === 0) return <p className="muted">{t('files.empty')}</p>;
  // A file whose scores are not what its answers give was read, but is not counted: flagged apart.
  const flagged = notLoaded.filter((file) => file.reason === 'score-mismatch');
  const rejected = notLoaded.filter((file) => file.reason !== 'score-mismatch');
  return (
    <>
      {loaded.length > 0 && (
        <>
          <p>{t('files.summary', { files: loaded.length, learners, attempts })}</p>
          <p className="muted small">{t('files.dedupe')}</p>
          <details className="report-files">
            <summary>{t('files.loadedTitle')}</summary>
            <ul>
              {loaded.map((file, i) => (
                <li key={i} className="report-file-name">
                  {file.name}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {rejected.length > 0 && (
        <div className="notice notice--error report-rejected">
          <h3 id="report-rejected-title">{t('files.rejectedTitle')}</h3>
          <ul aria-labelledby="report-rejected-title">
            {rejected.map((file, i) => (
              <li key={i}>
                <strong className="report-file-name">{file.name}</strong>: {t(`errors.${file.reason}`)}
                {file.at && <span className="small muted block">{t('files.damagedAt', { line: file.at.line, column: file.at.column })}</span>}
                {file.detail && file.reason === 'invalid' && <span className="small muted block">{t('files.detail', { detail: file.detail })}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {flagged.length > 0 && (
        <div className="notice notice--warning report-flagged">
          <h3 id="report-flagged-title">{t('files.flaggedTitle')}</h3>
          <ul aria-labelledby="report-flagged-title">
            {flagged.map((file, i) => (
              <li key={i}>
                <strong className="report-file-name">{file.name}</strong>: {t('errors.score-mismatch')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
