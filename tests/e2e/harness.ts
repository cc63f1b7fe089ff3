/** Shared e2e helpers: Debian's Chromium through playwright-core, the service worker, axe-core. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium';
import { contentOptions, PROJECT_ROOT } from '../../scripts/content/config';
import { loadContent } from '../../scripts/content/load';
import type { LessonBody } from '../../src/content/types';

/** The build under test; E2E_DIST lets several builds be tested side by side. */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(PROJECT_ROOT, 'dist');

export function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, 'sw.js'))) throw new Error('dist/ has no build: run `npm run build` before the e2e tests');
}

/** The lessons the build was made from (LESSONS_ROOT or the curriculum). */
export function builtLessons(): LessonBody[] {
  return loadContent(contentOptions()).lessons.map((l) => l.lesson);
}

export function newProfileDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mat-e2e-profile-'));
}

export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** Extra environment variables for Chromium, on top of this process's (e.g. where speech-dispatcher listens). */
  env?: Record<string, string>;
  /**
   * Lets the app install its service worker. Only the tests of what the worker does (offline use, updates,
   * the servers, a sub-path) ask for it: installing it precaches every page of the build (about 490 files,
   * 8.6 MB at 126 lessons, more as the curriculum grows) on each new profile, about a third of a test
   * file's CPU. Elsewhere `navigator.serviceWorker.register` does nothing (Playwright's 'block'), and the
   * app carries on as it does online.
   */
  serviceWorker?: boolean;
}

/** A persistent profile, so a "browser restart" keeps IndexedDB and the service worker, as on a real PC. */
export async function launch(profileDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
  });
}

/**
 * Everything that went wrong in a browser, collected live from every tab of every context it is told to
 * watch — including tabs opened later (the speaker window) and contexts started after a browser restart:
 * uncaught errors, console errors, failed requests and HTTP errors. A missing precached chunk or picture
 * therefore fails a test; only failures a test names as expected (e.g. the service worker's update check
 * while the server is stopped) are let through.
 */
export class BrowserErrors {
  private items: string[] = [];
  private expected: RegExp[] = [];

  watchContext(context: BrowserContext): void {
    for (const page of context.pages()) this.watch(page);
    context.on('page', (page) => this.watch(page));
  }

  private watch(page: Page): void {
    const record = (entry: string) => {
      if (!this.expected.some((pattern) => pattern.test(entry))) this.items.push(entry);
    };
    page.on('pageerror', (error) => record(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') record(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // ERR_ABORTED is a request the browser cancelled itself — the page navigated on (a prerendered
      // page's scripts still loading when the test opens the next lesson) or the tab closed. A file that
      // is missing shows as an HTTP error, or offline as the service worker's ERR_FAILED.
      if (reason === 'net::ERR_ABORTED') return;
      record(`request failed: ${request.url()} ${reason}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) record(`HTTP ${response.status()}: ${response.url()}`);
    });
  }

  /** Failures a test expects from now on (matched against the recorded line), e.g. while the server is down. */
  expect(...patterns: RegExp[]): void {
    this.expected.push(...patterns);
  }

  /** The problems recorded since the last call (and forget them), for an afterEach check. */
  take(): string[] {
    const taken = this.items;
    this.items = [];
    this.expected = [];
    return taken;
  }
}

/**
 * `navigator.serviceWorker.ready` can resolve while the worker is still `activating`: wait for
 * `activated` before going offline.
 */
/**
 * The app has drawn the page at its URL: its header is React's (src/app/Header.tsx marks the root when it
 * commits, hydrated or rendered) and the page's heading is shown. A prerendered page shows its heading
 * before any script; a screen served the home page's HTML shows it once the app has replaced it.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-header-hydrated]').waitFor({ state: 'attached' });
  await page.locator('main h1').waitFor();
}

export async function waitForActivatedServiceWorker(page: Page): Promise<void> {
  // Playwright's 'block' replaces register() with a function that only warns: fail at once, not by timeout.
  const blocked = await page.evaluate(() => String(navigator.serviceWorker?.register).includes('blocked by Playwright'));
  if (blocked) throw new Error('the service worker is blocked in this browser: open it with { serviceWorker: true } (LaunchOptions)');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve();
      });
    });
  });
}

const AXE_SOURCE = fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page (injected from node_modules: no network) and returns serious/critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, not added as an inline <script>: the app's Content-Security-Policy
  // (script-src 'self') blocks inline scripts, and the tests run the app under it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Answers every question correctly, reading the answers from the compiled lesson. */
export async function answerQuiz(page: Page, lesson: LessonBody, choose: 'correct' | 'first-wrong' = 'correct'): Promise<void> {
  for (const [index, question] of lesson.quiz.entries()) {
    await page.getByText(new RegExp(`^(Câu|Question) ${index + 1} (/|of) ${lesson.quiz.length}$`)).waitFor();
    const correct = question.options.flatMap((o, i) => (o.correct ? [i] : []));
    const picks = choose === 'correct' ? correct : [question.options.findIndex((o) => !o.correct)];
    // Options are shown shuffled; each input's value is its written index, whatever its place.
    for (const pick of picks) await page.locator(`.option input[value="${pick}"]`).check();
    await page.getByRole('button', { name: /^(Kiểm tra|Check)$/ }).click();
    await page.getByRole('button', { name: /^(Câu tiếp theo|Next question|Xem kết quả|See my result)$/ }).click();
  }
}

/** Creates a profile through the "Ai đang học?" form; it becomes the current learner. */
export async function createLearnerViaUi(page: Page, origin: string, nickname: string, classLabel = ''): Promise<void> {
  await page.goto(`${origin}/learners/new`);
  await page.getByLabel('Tên gọi').fill(nickname);
  if (classLabel) await page.getByLabel('Lớp (không bắt buộc)').fill(classLabel);
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await page.getByRole('link', { name: new RegExp(`Người đang học: ${nickname}`) }).waitFor();
}

/** Turns teacher mode on in “Dành cho thầy cô” (no teacher PIN set): plans, printouts and the class report open only in it. */
export async function turnOnTeacherMode(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/teacher`);
  // check() waits until the switch is enabled (once the teacher lock is known to be off).
  await page.getByRole('switch', { name: 'Chế độ giáo viên' }).check();
  await page.getByText('Đang bật: các bài học hiện thanh công cụ giáo viên.').waitFor();
}

export interface BrowserSession {
  context: BrowserContext;
  /** The profile's first tab. */
  page: Page;
  /** Problems in any tab of this browser (and of the browser it replaces, when `errors` was passed in). */
  errors: BrowserErrors;
}

/** Launches Chromium on a profile and watches all its tabs for errors (into `errors`, across restarts). */
export async function openBrowser(profileDir: string, errors = new BrowserErrors(), options: LaunchOptions = {}): Promise<BrowserSession> {
  const context = await launch(profileDir, options);
  errors.watchContext(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, errors };
}

/**
 * Opens the header's "Danh mục" menu (a phone-width screen) the way `press` does it. It answers from the
 * first paint, before the app's scripts have run (index.html's inline script), so one press is enough.
 */
export async function openHeaderMenu(page: Page, press: (menu: Locator) => Promise<void> = (menu) => menu.click()): Promise<Locator> {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Danh mục' });
  await press(menu);
  await page.waitForFunction((button) => button?.getAttribute('aria-expanded') === 'true', await menu.elementHandle());
  return menu;
}

/** Every row of one of the app's IndexedDB tables, read straight from the browser's database. */
export function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('mang-an-toan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(name).objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve(all.result as T[]);
            request.result.close();
          };
        };
      }),
    table,
  );
}

/** The nicknames of the learners stored in the browser, sorted. */
export async function storedNicknames(page: Page): Promise<string[]> {
  return (await storedRows<{ nickname: string }>(page, 'learners')).map((learner) => learner.nickname).sort();
}
