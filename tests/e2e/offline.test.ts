/**
 * The promise of the product, end to end in Debian's Chromium: load once, pull the cable (stop the
 * server and go offline), reload, open every lesson with its pictures, finish a quiz, restart the
 * browser — and the result is still there.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonBody } from '../../src/content/types';
import { lessonLeaves } from '../../src/content/lessonContent';
import { PRINT_VARIANTS } from '../../src/features/teacher/printVariants';
import { answerQuiz, builtLessons, openBrowser, seriousViolations, turnOnTeacherMode, waitForActivatedServiceWorker, waitForApp } from './harness';
import { useAppInBrowser } from './appInBrowser';
import { sampleLessons } from './lessonSample';

describe('offline use', () => {
  const app = useAppInBrowser({ serviceWorker: true });
  const lessons = builtLessons();
  const sample = sampleLessons(lessons, 'offline lessons');
  const inLocale = (locale: string) => lessons.filter((l) => l.locale === locale);
  const sampleIn = (locale: string) => sample.filter((l) => l.locale === locale);

  /** The first visit installs the worker; then the cable is pulled: server stopped, network off. */
  beforeAll(async () => {
    await app.page.goto(`${app.origin}/`);
    await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Em học lớp mấy?');
    await waitForActivatedServiceWorker(app.page);
    await app.page.locator('.toast').getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
    expect(app.errors.take(), 'first visit').toEqual([]);
    await app.server.close();
    await app.context.setOffline(true);
  });

  // First, so that nothing has opened these pages in this browser yet.
  it('opens a lesson, its quiz, its band and help never opened before as their own pages, readable before any script runs', async () => {
    const lesson = inLocale('vi').find((l) => l.quiz.length > 0)!;
    const sentence = lessonLeaves(lesson).find((leaf) => !leaf.pictures && leaf.text.length > 40 && !leaf.html.includes('<'))!.text;
    // A tab with scripts off (the worker, a target of its own, still runs): what shows is the HTML the
    // worker served, as a slow computer shows it before the app's scripts have run. Its scripts are refused.
    app.errors.expect(/^request failed: .*\.js csp$/);
    const page = await app.context.newPage();
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    const served = async (url: string) => {
      await page.goto(`${app.origin}${url}`);
      return page.evaluate(() => document.documentElement.dataset.page);
    };
    // Its own prerendered page, not the home page waiting for the app to render the right one.
    expect(await served(`/lesson/${lesson.id}`)).toBe(`/lesson/${lesson.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(lesson.title);
    expect(await page.getByText(sentence).first().isVisible()).toBe(true);
    expect(await served(`/lesson/${lesson.id}/quiz`)).toBe(`/lesson/${lesson.id}/quiz`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(lesson.title);
    expect(await served(`/band/${lesson.band}`)).toBe(`/band/${lesson.band}`);
    expect(await page.getByRole('link', { name: lesson.title, exact: true }).isVisible()).toBe(true);
    expect(await served('/help')).toBe('/help');
    expect(await page.getByRole('link', { name: 'Gọi 111', exact: true }).first().isVisible()).toBe(true);
    await page.close();
  });

  it('reloads with the server stopped and the network off', async () => {
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    await app.page.locator('.offline-indicator').getByText('Đang không có mạng').waitFor();
  });

  it('opens Vietnamese lessons offline by their URL, with their pictures (a sample of every band and topic; FULL=1: every lesson)', async () => {
    for (const lesson of sampleIn('vi')) await expectLessonShown(app.page, app.origin, lesson);
  });

  it('opens English lessons offline after switching language (the same sample)', async () => {
    await app.page.goto(`${app.origin}/`);
    await app.page.getByRole('button', { name: 'English' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Which grade are you in?' }).waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const lesson of sampleIn('en')) await expectLessonShown(app.page, app.origin, lesson);
    await app.page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });

  it('shows the help page offline with a call link to 111', async () => {
    await app.page.goto(`${app.origin}/help`);
    await app.page.getByRole('heading', { level: 1, name: 'Cần giúp đỡ? Gọi 111' }).waitFor();
    expect(await app.page.getByRole('link', { name: 'Gọi 111', exact: true }).getAttribute('href')).toBe('tel:111');
  });

  it('finishes a quiz offline and keeps the result after the browser restarts', async () => {
    // A school band's lesson: its result and badge show the score (a preschool session shows none).
    const lesson = inLocale('vi').find((l) => l.band !== 'mam-non')!;
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
    await answerQuiz(app.page, lesson);
    await app.page.getByText(`Em trả lời đúng ${lesson.quiz.length} / ${lesson.quiz.length} câu (100%).`).waitFor();
    await app.page.getByText('Kết quả đã được lưu trên máy này.').waitFor();

    await app.context.close();
    // The same error log watches the restarted browser: errors after the restart count too.
    ({ context: app.context, page: app.page } = await openBrowser(app.profile, app.errors, { serviceWorker: true }));
    await app.context.setOffline(true);
    await app.page.goto(`${app.origin}/band/${lesson.band}`);
    const item = app.page.locator('.lesson-list__item', { has: app.page.getByRole('link', { name: lesson.title, exact: true }) });
    await item.getByText('Đã thành thạo – 100%').waitFor();
  });

  it('finds no serious accessibility problem on any screen', async () => {
    const lesson = inLocale('vi')[0]!;
    const pages = ['/', `/band/${lesson.band}`, `/lesson/${lesson.id}`, `/lesson/${lesson.id}/quiz`, `/lesson/${lesson.id}/review`, '/help'];
    const more = ['/learners', '/learners/new', '/progress', `/certificate/${lesson.band}`, '/settings', '/teacher', `/lesson/${lesson.id}/plan`];
    const teachers = [`/lesson/${lesson.id}/plan`, ...PRINT_VARIANTS.map((variant) => `/lesson/${lesson.id}/print/${variant}`)];
    // First as a pupil sees them (the plan and printouts say they are for teachers), then in teacher mode.
    for (const url of [...pages, ...more, ...teachers]) {
      await app.page.goto(`${app.origin}${url}`);
      await waitForApp(app.page);
      expect(await seriousViolations(app.page), url).toEqual([]);
    }
    await turnOnTeacherMode(app.page, app.origin);
    for (const url of teachers) {
      await app.page.goto(`${app.origin}${url}`);
      await waitForApp(app.page);
      expect(await seriousViolations(app.page), url).toEqual([]);
    }
  });
});

async function expectLessonShown(page: Page, origin: string, lesson: LessonBody): Promise<void> {
  await page.goto(`${origin}/lesson/${lesson.id}`);
  await page.getByRole('heading', { level: 1, name: lesson.title, exact: true }).waitFor({ timeout: 10_000 });
  const images = await page.locator('.lesson-body img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 })),
  );
  for (const image of images) expect(image, `${lesson.id}.${lesson.locale}: ${image.src}`).toMatchObject({ loaded: true });
  const expected = lessonLeaves(lesson).reduce((n, leaf) => n + (leaf.pictures ?? 0), 0);
  expect(images, `${lesson.id}.${lesson.locale} pictures`).toHaveLength(expected);
}
