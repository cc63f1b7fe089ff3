/**
 * Warm rebuild in `npm run dev`: start the dev server on a pack, open a lesson in Chromium, edit the
 * lesson's file, and time from the save until the page shows the change (the plugin recompiles and
 * reloads the page). The first load is not counted: it is the cold start.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, openBrowser } from './browser.ts';
import { retitle, type LessonFile } from './lessonFile.ts';
import { median } from './measure.ts';

export interface DevResult {
  /** Median of the edits, ms (one edit only when the first takes FAR_OFF or more). */
  ms: number;
  samples: number[];
  /** From starting the server to the lesson on screen, ms (for information). */
  coldStartMs: number;
}

const EDIT_TIMEOUT = 180_000;
/** ms: ten times the aim (1 s). */
const FAR_OFF = 10_000;

/** `lessonsRoot` is edited (the caller passes a copy); the edited file is put back afterwards. */
export async function warmRebuild(projectRoot: string, lessonsRoot: string, lesson: LessonFile, edits: number): Promise<DevResult> {
  const original = fs.readFileSync(lesson.file, 'utf8');
  const port = await freePort();
  const started = performance.now();
  const vite = path.join(projectRoot, 'node_modules/vite/bin/vite.js');
  const server = spawn(
    process.execPath,
    [vite, '--config', 'scripts/bench/vite.dev.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1', LESSONS_ROOT: lessonsRoot }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) => server.on('exit', (code) => reject(new Error(`the dev server stopped (exit ${code}):\n${output.slice(-3000)}`))));
  // Stopping the server at the end rejects it too, with nobody waiting: that is expected.
  exited.catch(() => undefined);
  const browser = await openBrowser();
  try {
    const url = `http://127.0.0.1:${port}/lesson/${lesson.id}`;
    await Promise.race([waitForServer(port), exited]);
    await Promise.race([browser.page.goto(url, { timeout: EDIT_TIMEOUT }), exited]);
    await Promise.race([browser.page.getByText(lesson.bodyText).first().waitFor({ timeout: EDIT_TIMEOUT }), exited]);
    const coldStartMs = performance.now() - started;

    const samples: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `(bench ${edit}-${Date.now() % 100000})`;
      const saved = performance.now();
      retitle(lesson.file, lesson.title, marker);
      const heading = browser.page.getByRole('heading', { level: 1 }).filter({ hasText: marker });
      await Promise.race([heading.waitFor({ timeout: EDIT_TIMEOUT }), exited]);
      samples.push(performance.now() - saved);
      // Ten times the aim or more: repeating would only spend minutes to refine a number this far off.
      if (samples[0]! >= FAR_OFF) break;
    }
    return { ms: median(samples), samples, coldStartMs };
  } finally {
    fs.writeFileSync(lesson.file, original);
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)));
  }
}

async function waitForServer(port: number): Promise<void> {
  const deadline = Date.now() + EDIT_TIMEOUT;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the dev server did not answer on port ${port}`);
}
