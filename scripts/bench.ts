/**
 * `npm run bench`: the numbers we steer by, measured rather than asserted in tests.
 *   - content compile time for the curriculum, and for 1,000 generated lessons (goal: < 5 s)
 *   - gzip size of what the first load fetches (goal: < 85 KB) and of the whole precache
 *   - Lighthouse mobile scores of the home page (goal: performance ≥ 98)
 * Builds the app first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, gzipSize, initialAssets, kib, precacheUrls } from './buildStats.ts';
import { CURRICULUM, PROJECT_ROOT } from './content/config.ts';
import { findLessonFiles, loadContent } from './content/load.ts';
import { runLighthouse } from './lighthouse.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeCompile(root: string, curriculum: boolean, runs: number): { ms: number; lessons: number; errors: number } {
  const times: number[] = [];
  let lessons = 0;
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = loadContent({ root, curriculum });
    times.push(performance.now() - started);
    lessons = result.lessons.length;
    errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  }
  return { ms: median(times), lessons, errors };
}

/** 1,000 lessons made from the real ones (new ids and folders), so they have real size and structure. */
function generatePack(count: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pack-'));
  const sources = findLessonFiles(CURRICULUM.root);
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const relative = path.relative(CURRICULUM.root, source);
    const target = path.join(root, path.dirname(relative), `${i}-${path.basename(relative)}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = fs.readFileSync(source, 'utf8').replace(/^id: (.+)$/m, `id: $1-${i}`).replace(/\]\((\.\.\/[^)]+?)([^/)]+\.md)\)/g, '](./$2)');
    fs.writeFileSync(target, text);
    // Pictures next to the lesson keep their relative paths valid.
    const images = path.join(path.dirname(source), 'images');
    const targetImages = path.join(path.dirname(target), 'images');
    if (fs.existsSync(images) && !fs.existsSync(targetImages)) fs.cpSync(images, targetImages, { recursive: true });
  }
  return root;
}

const curriculum = timeCompile(CURRICULUM.root, true, 5);
console.log(`content compile: ${curriculum.lessons} lessons in ${curriculum.ms.toFixed(0)} ms (median of 5)`);

const generated = generatePack(1000);
const big = timeCompile(generated, false, 3);
console.log(`content compile: ${big.lessons} generated lessons in ${(big.ms / 1000).toFixed(2)} s (median of 3; goal < 5 s)`);
fs.rmSync(generated, { recursive: true, force: true });

if (!fs.existsSync(path.join(DIST, 'sw.js'))) {
  console.log('building the app…');
  spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
const initial = initialAssets();
const initialBytes = initial.reduce((sum, file) => sum + gzipSize(file), 0);
const precache = precacheUrls().map((url) => path.join(DIST, url));
const precacheBytes = precache.reduce((sum, file) => sum + gzipSize(file), 0);
const lessonChunks = fs.readdirSync(path.join(DIST, 'lessons'));
const lessonBytes = lessonChunks.reduce((sum, file) => sum + gzipSize(path.join(DIST, 'lessons', file)), 0);

console.log(`first load (JS+CSS before any lesson, gzip): ${kib(initialBytes)} (goal < 85 KB, test ceiling 150 KiB)`);
for (const file of initial) console.log(`  ${path.relative(DIST, file)}: ${kib(gzipSize(file))}`);
console.log(`precache: ${precache.length} files, ${kib(precacheBytes)} gzip`);
console.log(`lesson chunks: ${lessonChunks.length}, ${kib(lessonBytes)} gzip, largest ${kib(Math.max(...lessonChunks.map((f) => gzipSize(path.join(DIST, 'lessons', f)))))}`);

const scores = await runLighthouse(DIST);
if (!scores) {
  console.log('lighthouse: skipped (Chromium not found at /usr/bin/chromium)');
} else {
  console.log(`lighthouse (mobile): ${Object.entries(scores.categories).map(([id, score]) => `${id} ${score}`).join(', ')} (goal: performance ≥ 98)`);
  console.log(`  ${Object.entries(scores.metrics).map(([id, value]) => `${id} ${value}`).join(', ')}`);
}
