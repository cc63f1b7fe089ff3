/**
 * IndexedDB in Chromium (not fake-indexeddb): a bench-only page (storage/page.ts, built by Vite from
 * the app's src/db) is copied into the build's output folder, so it runs on the app's origin and fills
 * the app's own database. Then:
 *   - the progress map: in the app, from a click on the header's map link to the map showing the
 *     learner's progress (a lesson's review link), median of several opens;
 *   - quiz answer writes: recordAnswer, as the quiz calls it, timed one by one; p95.
 * The service worker is blocked here: its precaching would compete for the CPU with what is timed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { startStaticServer } from '../../tests/e2e/staticServer.ts';
import { freePort, openBrowser } from './browser.ts';
import { median, percentile } from './measure.ts';
import type { SeedLesson, SeedOptions, StorageBench } from './storage/page.ts';

export type { SeedLesson } from './storage/page.ts';

/** Where the page sits inside the build's output folder (never part of the precache: copied after). */
const PAGE_FOLDER = '__bench';

/**
 * The app's markup the map measurement relies on; update here if the app's markup changes.
 * The header link to the map, and a review link, which the map shows only for a lesson with progress.
 */
/** Functions passed to page.evaluate run in the page: they reach the page's API through this. */
type BenchWindow = { storageBench: StorageBench };

const MAP_LINK = 'a[href="/progress"]';
const MAP_WITH_PROGRESS = '.skills-map a[href$="/review"]';

export interface StorageResult {
  seedMs: number;
  counts: Record<string, number>;
  writeP95: number;
  writeSamples: number[];
  mapMs: number;
  mapSamples: number[];
}

/** Builds the page once (into `cacheDir`); `installStoragePage` copies it into each build. */
export async function buildStoragePage(cacheDir: string): Promise<string> {
  const out = path.join(cacheDir, 'storage-page');
  await build({
    configFile: false,
    root: path.join(import.meta.dirname, 'storage'),
    base: `/${PAGE_FOLDER}/`,
    cacheDir: path.join(cacheDir, 'vite-storage'),
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  return out;
}

export function installStoragePage(page: string, outDir: string): void {
  fs.cpSync(page, path.join(outDir, PAGE_FOLDER), { recursive: true });
}

export interface StorageBuild {
  outDir: string;
  /** The build's lessons with a quiz; its measured learner did these. */
  lessons: SeedLesson[];
}

export interface StorageOptions {
  /** Learners stored in all; one per build is measured, the others did the last build's lessons. */
  learners: number;
  attemptsPerLearner: number;
  /**
   * Store the answer rows of the learners who are not measured too. Off by default: 600,000 answer
   * rows take over five minutes to seed on a busy 2-core machine, while what a write reads (the
   * measured learner's attempts and answers at that lesson) is stored in full either way.
   */
  everyAnswer: boolean;
  /** Quiz runs timed, answer by answer, after one untimed run. */
  timedAttempts: number;
  mapOpens: number;
}

/**
 * Seeding a hundred thousand attempts takes a while, so it is done once: every build is served in turn
 * from the same port, i.e. the same origin, and so sees the same database, with its own learner.
 */
export async function measureStorage(builds: StorageBuild[], options: StorageOptions): Promise<StorageResult[]> {
  const port = await freePort();
  const browser = await openBrowser({ serviceWorkers: 'block' });
  const { page } = browser;
  const bench = '/' + PAGE_FOLDER + '/index.html';
  const results: StorageResult[] = [];
  let learnerIds: string[] = [];
  let seedMs = 0;
  let counts: Record<string, number> = {};
  try {
    for (const [index, build] of builds.entries()) {
      const server = await startStaticServer(build.outDir, port);
      try {
        await openBenchPage(page, server.url + bench);
        if (index === 0) {
          const seedOptions: SeedOptions = {
            lessonSets: builds.map((b) => b.lessons),
            learners: Array.from({ length: Math.max(options.learners, builds.length) }, (_, l) => ({
              lessonSet: l < builds.length ? l : builds.length - 1,
              attempts: options.attemptsPerLearner,
              answers: l < builds.length || options.everyAnswer,
            })),
          };
          const started = performance.now();
          learnerIds = await page.evaluate((o) => (window as unknown as BenchWindow).storageBench.seed(o), seedOptions);
          seedMs = performance.now() - started;
          counts = await page.evaluate(() => (window as unknown as BenchWindow).storageBench.counts());
        }
        const learnerId = learnerIds[index]!;
        await page.evaluate((id) => (window as unknown as BenchWindow).storageBench.use(id), learnerId);

        // The progress map of this learner, in the app.
        await page.goto(server.url + '/');
        await page.waitForSelector(MAP_LINK);
        await page.waitForLoadState('networkidle');
        const mapSamples: number[] = [];
        for (let i = 0; i < options.mapOpens; i++) {
          mapSamples.push(await openMap(page));
          await page.goBack();
          await page.waitForSelector(MAP_WITH_PROGRESS, { state: 'detached' });
        }

        // Quiz answers of the same learner, on a lesson they have done before.
        await openBenchPage(page, server.url + bench);
        const lesson = build.lessons[0]!;
        await page.evaluate(([id, l]) => (window as unknown as BenchWindow).storageBench.timeAnswers(id, l, 1), [learnerId, lesson] as const);
        const writeSamples = await page.evaluate(([id, l, n]) => (window as unknown as BenchWindow).storageBench.timeAnswers(id, l, n), [learnerId, lesson, options.timedAttempts] as const);
        results.push({ seedMs, counts, writeP95: percentile(writeSamples, 95), writeSamples, mapMs: median(mapSamples), mapSamples });
      } finally {
        await server.close();
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

/** ms from the click on the map link to the frame that shows the learner's progress. */
function openMap(page: Page): Promise<number> {
  return page.evaluate(
    ([link, ready]) =>
      new Promise<number>((resolve, reject) => {
        const anchor = document.querySelector<HTMLAnchorElement>(link);
        if (!anchor) {
          reject(new Error(`no ${link} on the page`));
          return;
        }
        const started = performance.now();
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the map did not show ${ready} within 30 s`));
        }, 30_000);
        const observer = new MutationObserver(() => {
          if (!document.querySelector(ready)) return;
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        anchor.click();
      }),
    [MAP_LINK, MAP_WITH_PROGRESS] as const,
  );
}
