/**
 * The build steps of the benchmark, each run as its own process so its time and memory are its own:
 * a cold `vite build` into a temporary folder (never dist/), `npm run content:check`, and the sizes of
 * what the build ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize, initialAssets, precacheUrls } from '../buildStats.ts';
import { runMeasured } from './measure.ts';

export interface BuildResult {
  ms: number;
  peakRss?: number;
}

/**
 * `vite build` (what `npm run build` runs after tsc) with the project's own config, from the pack at
 * `lessonsRoot` (LESSONS_ROOT) or the curriculum. Vite keeps no build cache, so every build is cold.
 * Always a production build, whoever calls: under vitest (the budget test) NODE_ENV is "test", which
 * would give React's development build.
 */
export async function coldBuild(projectRoot: string, outDir: string, lessonsRoot?: string): Promise<BuildResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const vite = path.join(projectRoot, 'node_modules/vite/bin/vite.js');
  const run = await runMeasured(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    env: { NODE_ENV: 'production', LESSONS_ROOT: lessonsRoot ?? '' },
  });
  if (run.exitCode !== 0 || !fs.existsSync(path.join(outDir, 'sw.js'))) {
    throw new Error(`vite build failed (exit ${run.exitCode}):\n${tail(run.stderr || run.stdout)}`);
  }
  return { ms: run.ms, peakRss: run.peakRss };
}

export interface CheckResult {
  ms: number;
  lessons: number;
  errors: number;
}

/** `npm run content:check` as a writer runs it (tsx start-up included), on the curriculum or a pack. */
export async function contentCheck(projectRoot: string, lessonsRoot?: string): Promise<CheckResult> {
  const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
  const args = [tsx, 'scripts/content-check.ts', ...(lessonsRoot ? ['--root', lessonsRoot] : [])];
  const run = await runMeasured(process.execPath, args, { cwd: projectRoot });
  const summary = /(\d+) lessons, \d+ questions, (\d+) errors/.exec(run.stdout);
  if (!summary) throw new Error(`content:check printed no summary (exit ${run.exitCode}):\n${tail(run.stderr || run.stdout)}`);
  return { ms: run.ms, lessons: Number(summary[1]), errors: Number(summary[2]) };
}

export interface BuildSizes {
  /** JS+CSS index.html loads before any lesson, gzip bytes. */
  initialGzip: number;
  precacheFiles: number;
  precacheBytes: number;
  precacheGzip: number;
  /** The prerendered pages (HTML) among them, gzip bytes: what serving each page offline costs. */
  precachePagesGzip: number;
}

export function buildSizes(outDir: string): BuildSizes {
  const precache = precacheUrls(outDir).map((url) => path.join(outDir, url));
  return {
    initialGzip: initialAssets(outDir).reduce((sum, file) => sum + gzipSize(file), 0),
    precacheFiles: precache.length,
    precacheBytes: precache.reduce((sum, file) => sum + fs.statSync(file).size, 0),
    precacheGzip: precache.reduce((sum, file) => sum + gzipSize(file), 0),
    precachePagesGzip: precache.filter((file) => file.endsWith('.html')).reduce((sum, file) => sum + gzipSize(file), 0),
  };
}

function tail(text: string, lines = 30): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
