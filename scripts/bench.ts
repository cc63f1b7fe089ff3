/**
 * `npm run bench [-- --lessons 1000] [--quick] [--compare <before.json> [<after.json>]] [--steps …]`
 *
 * The numbers of issue 13, measured rather than asserted in tests (byte budgets are tests; timings are
 * not), for the real curriculum and for a generated pack of `--lessons` lessons (real lessons copied,
 * both languages, links intact: scripts/bench/pack.ts), each built into a temporary folder:
 *   cold `vite build` time and peak RSS · content:check · warm rebuild in `npm run dev` · first-load
 *   JS+CSS and precache sizes · Lighthouse mobile and desktop on home, band and lesson (median of 3), and
 *   the `lighthouse` command with its defaults (mobile) against a plain gzip server (scripts/lighthouse.ts),
 *   and the long tasks of the same pages' start measured in Chromium with the CPU 4× slower ·
 *   service-worker activation on a first visit · offline reload to lesson text · offline, a lesson never
 *   opened before to its text with the CPU 4× slower · what the precache's pages cost · quiz-answer write p95
 *   in Chromium's IndexedDB with 100,000 attempts stored · progress map of a learner with 1,000 attempts.
 * Prints one table and writes .cache/bench/<timestamp>.json; `--compare` prints before → after instead
 * (with two files, without measuring). `--quick`: one Lighthouse run on two pages, fewer repeats and a
 * smaller store (its storage numbers are not comparable with the aims). `--steps` runs only some steps
 * (check,build,dev,lighthouse,offline,storage), to iterate on one aim. `--verbose` says what it is doing.
 * `--every-answer` also stores the answer rows of the learners not measured (slower to seed).
 * `--wait-for-quiet [minutes]` first waits (20 min at most) for the load average to drop below the
 * number of CPUs: the machine is shared, and a busy one inflates every timing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSizes, coldBuild, contentCheck } from './bench/build.ts';
import { warmRebuild } from './bench/devRebuild.ts';
import { pickLesson, pickOtherLessons } from './bench/lessonFile.ts';
import { measureLongTasks } from './bench/longTasks.ts';
import { measureOffline } from './bench/offline.ts';
import { generatePack, type QuizLesson } from './bench/pack.ts';
import { compareTable, readBenchFile, resultTable, type BenchFile, type Column, type Value } from './bench/report.ts';
import { buildStoragePage, installStoragePage, measureStorage } from './bench/storage.ts';
import { CURRICULUM, PROJECT_ROOT } from './content/config.ts';
import { findLessonFiles } from './content/load.ts';
import { runLighthouse, runLighthouseCli, type LighthousePage } from './lighthouse.ts';

const STEPS = ['check', 'build', 'dev', 'lighthouse', 'offline', 'storage'] as const;
type Step = (typeof STEPS)[number];

/** The band whose page and first lesson Lighthouse, the dev server and the offline reload open. */
const BAND = 'lop-4-5';

interface Settings {
  lighthouseRuns: number;
  lighthousePages: LighthousePage['name'][];
  devEdits: number;
  offlineReloads: number;
  /** 100 learners × 1,000 attempts: the 100,000 stored attempts. */
  storeLearners: number;
  attemptsPerLearner: number;
  /** Answer rows for every attempt, not only the measured learners' (scripts/bench/storage.ts). */
  everyAnswer: boolean;
  timedAttempts: number;
  mapOpens: number;
}

const FULL: Settings = {
  lighthouseRuns: 3,
  lighthousePages: ['home', 'band', 'lesson'],
  devEdits: 3,
  offlineReloads: 3,
  storeLearners: 100,
  attemptsPerLearner: 1000,
  everyAnswer: false,
  timedAttempts: 15,
  mapOpens: 5,
};
const QUICK: Settings = { ...FULL, lighthouseRuns: 1, lighthousePages: ['home', 'lesson'], devEdits: 1, offlineReloads: 1, storeLearners: 10, timedAttempts: 5, mapOpens: 3 };

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const compareAt = argv.indexOf('--compare');
  const afterCompare = compareAt === -1 ? [] : argv.slice(compareAt + 1);
  const nextFlag = afterCompare.findIndex((a) => a.startsWith('--'));
  const compare = afterCompare.slice(0, nextFlag === -1 ? 2 : Math.min(2, nextFlag));
  if (compareAt !== -1 && compare.length === 0) throw new Error('--compare needs a file written by npm run bench');
  const lessons = Number(value('--lessons') ?? 1000);
  if (!Number.isInteger(lessons) || lessons < 2) throw new Error('--lessons needs a whole number of at least 2');
  const steps = (value('--steps')?.split(',') ?? [...STEPS]) as Step[];
  const unknown = steps.filter((s) => !STEPS.includes(s));
  if (unknown.length > 0) throw new Error(`unknown step ${unknown.join(', ')}: use ${STEPS.join(',')}`);
  const quiet = value('--wait-for-quiet');
  const waitForQuiet = argv.includes('--wait-for-quiet') ? Number(quiet && !quiet.startsWith('--') ? quiet : 20) : 0;
  return { lessons, everyAnswer: argv.includes('--every-answer'), quick: argv.includes('--quick'), verbose: argv.includes('--verbose'), compare, steps, waitForQuiet };
}

const args = parseArgs(process.argv.slice(2));

if (args.compare.length === 2) {
  console.log(compareTable(readBenchFile(args.compare[0]!), readBenchFile(args.compare[1]!)));
  process.exit(0);
}
const before = args.compare[0] ? readBenchFile(args.compare[0]) : undefined;

const settings = { ...(args.quick ? QUICK : FULL), ...(args.everyAnswer ? { everyAnswer: true } : {}) };
const log = (message: string) => {
  if (args.verbose) console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
};
await waitForQuiet(args.waitForQuiet);
const started = Date.now();
const loadAverageAtStart = os.loadavg();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-bench-'));
const cache = path.join(PROJECT_ROOT, '.cache/bench');
fs.mkdirSync(cache, { recursive: true });

const values: Record<Column, Record<string, Value>> = { curriculum: {}, generated: {} };
const details: Record<Column, Record<string, unknown>> = { curriculum: {}, generated: {} };

try {
  log(`generating ${args.lessons} lessons in ${work}`);
  const pack = generatePack(args.lessons, CURRICULUM.root, path.join(work, 'pack'));
  details.generated.pack = { lessons: pack.lessons, links: pack.links, droppedLinks: pack.droppedLinks, skipped: pack.skipped };
  // The dev server edits a lesson: give it a copy of the curriculum, never the writers' files.
  const curriculumCopy = path.join(work, 'curriculum');
  fs.cpSync(CURRICULUM.root, curriculumCopy, { recursive: true });

  const columns: { column: Column; root: string; lessonsRoot?: string; devRoot: string; quizzes: QuizLesson[] }[] = [
    { column: 'curriculum', root: CURRICULUM.root, devRoot: curriculumCopy, quizzes: pack.sourceQuizzes },
    { column: 'generated', root: pack.root, lessonsRoot: pack.root, devRoot: pack.root, quizzes: pack.quizzes },
  ];
  const outDirs: Partial<Record<Column, string>> = {};

  for (const { column, root, lessonsRoot, devRoot, quizzes } of columns) {
    const v = values[column];
    const d = details[column];
    const lesson = pickLesson(root, BAND);
    v.lessons = findLessonFiles(root).length;
    d.lesson = lesson.id;
    d.quizLessons = quizzes.length;

    if (args.steps.includes('check')) {
      log(`${column}: content:check`);
      const check = await contentCheck(PROJECT_ROOT, lessonsRoot);
      v.lessons = check.lessons;
      v['check.ms'] = check.ms;
      d.checkErrors = check.errors;
      if (column === 'generated' && check.errors > 0) throw new Error(`the generated pack has ${check.errors} content errors: see npm run content:check -- --root ${pack.root}`);
    }

    const outDir = path.join(work, `out-${column}`);
    if (args.steps.some((s) => s === 'build' || s === 'lighthouse' || s === 'offline' || s === 'storage')) {
      log(`${column}: cold vite build`);
      const build = await coldBuild(PROJECT_ROOT, outDir, lessonsRoot);
      v['build.ms'] = build.ms;
      v['build.peakRss'] = build.peakRss ?? null;
      const sizes = buildSizes(outDir);
      v['size.initial'] = sizes.initialGzip;
      v['size.precacheFiles'] = sizes.precacheFiles;
      v['size.precacheBytes'] = sizes.precacheBytes;
      v['size.precacheGzip'] = sizes.precacheGzip;
      v['size.precachePagesGzip'] = sizes.precachePagesGzip;
      outDirs[column] = outDir;
    }

    if (args.steps.includes('dev')) {
      log(`${column}: warm rebuild in the dev server`);
      const dev = await warmRebuild(PROJECT_ROOT, devRoot, pickLesson(devRoot, BAND), settings.devEdits);
      v['dev.ms'] = dev.ms;
      d.dev = dev;
    }

    if (args.steps.includes('lighthouse')) {
      log(`${column}: lighthouse (${settings.lighthouseRuns} runs × ${settings.lighthousePages.length} pages × mobile, desktop)`);
      const paths: Record<string, string> = { home: '/', band: `/band/${BAND}`, lesson: `/lesson/${lesson.id}` };
      const pages = settings.lighthousePages.map((name) => ({ name, path: paths[name]! }));
      const lighthouse = await runLighthouse(outDir, pages, settings.lighthouseRuns);
      if (lighthouse) {
        for (const preset of ['mobile', 'desktop'] as const) {
          for (const key of ['score', 'fcp', 'lcp', 'tbt', 'cls'] as const) {
            v[`lh.${preset}.${key}`] = pages.map((p) => lighthouse[preset][p.name]![key]);
          }
        }
        d.lighthouse = lighthouse;
      } else {
        d.lighthouse = 'skipped: Chromium not found';
      }
      log(`${column}: lighthouse command (${settings.lighthouseRuns} runs × ${pages.length} pages, mobile)`);
      const cli = await runLighthouseCli(outDir, pages, settings.lighthouseRuns);
      if (cli) {
        for (const key of ['score', 'fcp', 'lcp', 'tbt', 'cls'] as const) v[`lh.cli.${key}`] = pages.map((p) => cli[p.name]![key]);
        d.lighthouseCli = cli;
      }
      log(`${column}: long tasks with the CPU 4× slower (${settings.lighthouseRuns} runs × ${pages.length} pages)`);
      const longTasks = await measureLongTasks(outDir, pages, settings.lighthouseRuns);
      if (longTasks) {
        v['cpu4x.blocking'] = pages.map((p) => longTasks[p.name]!.blocking);
        v['cpu4x.longest'] = pages.map((p) => Math.max(0, ...longTasks[p.name]!.tasks));
        d.longTasks = longTasks;
      }
    }

    if (args.steps.includes('offline')) {
      log(`${column}: service worker and offline reload`);
      const unvisited = pickOtherLessons(root, BAND, settings.offlineReloads, [lesson.id]);
      const offline = await measureOffline(outDir, lesson, unvisited, settings.offlineReloads);
      v['sw.activationMs'] = offline.swActivationMs;
      v['offline.reloadMs'] = offline.offlineReloadMs;
      v['offline.unvisitedMs'] = offline.unvisitedMs;
      d.offline = offline;
    }
  }

  if (args.steps.includes('storage')) {
    const attempts = settings.storeLearners * settings.attemptsPerLearner;
    log(`IndexedDB: seeding ${attempts} attempts, then the map and answer writes`);
    const page = await buildStoragePage(cache);
    const builds = columns.map(({ column, quizzes }) => {
      installStoragePage(page, outDirs[column]!);
      return { outDir: outDirs[column]!, lessons: quizzes };
    });
    const results = await measureStorage(builds, {
      learners: settings.storeLearners,
      attemptsPerLearner: settings.attemptsPerLearner,
      everyAnswer: settings.everyAnswer,
      timedAttempts: settings.timedAttempts,
      mapOpens: settings.mapOpens,
    });
    for (const [i, { column }] of columns.entries()) {
      const result = results[i]!;
      values[column]['idb.writeP95'] = result.writeP95;
      values[column]['idb.mapMs'] = result.mapMs;
      details[column].storage = result;
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const file: BenchFile = {
  tool: 'mang-an-toan-bench',
  format: 1,
  startedAt: new Date(started).toISOString(),
  durationMs: Date.now() - started,
  git: gitState(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
    node: process.version,
  },
  options: { lessons: args.lessons, quick: args.quick, lighthouseRuns: settings.lighthouseRuns, lighthousePages: settings.lighthousePages, steps: args.steps, everyAnswer: settings.everyAnswer },
  values,
  details,
};
const out = path.join(cache, `${file.startedAt.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);

console.log(before ? compareTable(before, file) : resultTable(file));
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
const busy = Math.max(loadAverageAtStart[0]!, file.machine.loadAverageAtEnd[0]!) >= file.machine.cpus;
console.log(
  [
    `\nLH: ${settings.lighthousePages.join('/')}, median of ${settings.lighthouseRuns}. IDB: ${settings.storeLearners * settings.attemptsPerLearner} attempts stored` +
      (settings.everyAnswer ? ', all with their answers.' : ', answers stored for the measured learners only (--every-answer: all).'),
    args.quick ? ' Quick run: fewer repeats and a smaller store, not comparable with the aims.' : '',
    `\ntook ${((Date.now() - started) / 60_000).toFixed(1)} min; load average ${load(loadAverageAtStart)} → ${load(file.machine.loadAverageAtEnd)} on ${file.machine.cpus} CPUs`,
    busy ? ' (busy: timings inflated)' : '',
    `; ${path.relative(PROJECT_ROOT, out)}`,
  ].join(''),
);

/**
 * On a machine shared with test runs, waits (at most `minutes`) until the 1-minute load average is
 * below the number of CPUs, so the timings measure the app rather than the neighbours.
 */
async function waitForQuiet(minutes: number): Promise<void> {
  const deadline = Date.now() + minutes * 60_000;
  const cpus = os.cpus().length;
  while (Date.now() < deadline && os.loadavg()[0]! >= cpus) {
    log(`waiting for a quieter machine (load ${os.loadavg()[0]!.toFixed(1)}, ${cpus} CPUs)`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

function gitState(): { commit: string; dirty: boolean } {
  try {
    const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return { commit, dirty };
  } catch {
    return { commit: process.env.BENCH_COMMIT ?? 'unknown', dirty: false };
  }
}
