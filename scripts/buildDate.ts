/**
 * The date Cài đặt shows beside the version (src/pwa/buildInfo.ts): SOURCE_DATE_EPOCH when it is set
 * (a reproducible release), else the day the newest of the app's inputs last changed — its source, its
 * public files, the lessons, the school's contacts, the package files. Not the day of the build:
 * `npm start` builds at every start, and a date that moved each morning would change the app, so the
 * browser would offer "Có phiên bản mới" every day although nothing had changed. A rebuild on a server
 * (or from the same release) gives the same date, so the date still tells which version a computer has.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuildDateInputs {
  projectRoot: string;
  /** The lessons the build is made from (LESSONS_ROOT or content/). */
  contentRoot: string;
  /** The school's contacts file, when one is used. */
  schoolFile?: string;
}

/** YYYY-MM-DD (UTC). */
export function buildDate(inputs: BuildDateInputs, env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch) {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds since 1970`);
    return isoDay(seconds * 1000);
  }
  const { projectRoot, contentRoot, schoolFile } = inputs;
  const paths = [
    path.join(projectRoot, 'src'),
    path.join(projectRoot, 'public'),
    path.join(projectRoot, 'index.html'),
    path.join(projectRoot, 'package.json'),
    path.join(projectRoot, 'package-lock.json'),
    contentRoot,
    ...(schoolFile ? [schoolFile] : []),
  ];
  const newest = Math.max(0, ...paths.map(newestChange));
  // Nothing to read (an unusual checkout): today is the only date there is.
  return isoDay(newest > 0 ? newest : Date.now());
}

/** The latest modification time (ms) of a file, or of a folder and anything below it; 0 when it does not exist. */
function newestChange(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A folder's own time changes when a file is added or removed in it.
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
