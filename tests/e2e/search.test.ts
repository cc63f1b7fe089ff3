/**
 * Search in Debian's Chromium against the built app: the index is not part of the first load, it is
 * precached, and a lesson is found offline by a word typed without accents. Each test starts its own
 * server and browser profile, so each stands alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/content/searchText';
import type { LessonBody } from '../../src/content/types';
import { BrowserErrors, DIST, builtLessons, newProfileDir, openBrowser, openHeaderMenu, requireBuild, seriousViolations, waitForActivatedServiceWorker } from './harness';
import { startStaticServer } from './staticServer';

/** The built search indexes: the chunks that hold the `postings` of SearchIndexData. */
function searchIndexFiles(): string[] {
  const assets = path.join(DIST, 'assets');
  return fs.readdirSync(assets).filter((name) => name.endsWith('.js') && fs.readFileSync(path.join(assets, name), 'utf8').includes('"postings":'));
}

/** JS files the page has requested so far (from the network or the service worker). */
async function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop() ?? ''));
}

/** A Vietnamese lesson whose title has diacritics, and the title typed without them. */
function lessonToFind(lessons: LessonBody[]): { lesson: LessonBody; typed: string } {
  const lesson = lessons.find((l) => l.locale === 'vi' && foldText(l.title) !== l.title.toLowerCase());
  if (!lesson) throw new Error('no Vietnamese lesson with diacritics in its title');
  return { lesson, typed: foldText(lesson.title) };
}

describe('search', () => {
  const errors = new BrowserErrors();
  let lessons: LessonBody[];

  beforeAll(() => {
    requireBuild();
    lessons = builtLessons();
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  it('finds a lesson offline by words typed without accents, with an index the first load never fetched', async () => {
    const indexFiles = searchIndexFiles();
    expect(indexFiles, 'one index per language').toHaveLength(2);
    const { lesson, typed } = lessonToFind(lessons);
    const server = await startStaticServer(DIST);
    const { context, page } = await openBrowser(newProfileDir(), errors, { serviceWorker: true });
    try {
      await page.goto(`${server.url}/`);
      await waitForActivatedServiceWorker(page);
      await page.locator('.toast').getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
      expect((await scriptsLoaded(page)).filter((file) => indexFiles.includes(file)), 'first load').toEqual([]);

      // Pull the cable: the index can only come from the service worker's precache now.
      await server.close();
      await context.setOffline(true);
      await page.reload();
      const header = page.getByRole('banner');
      await header.getByRole('searchbox', { name: 'Tìm bài học' }).fill(typed);
      await header.getByRole('searchbox', { name: 'Tìm bài học' }).press('Enter');

      await page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(typed);
      const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
      await results.getByRole('link', { name: lesson.title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: lesson.title, exact: true }).waitFor();
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('is a link to the search page on a narrow screen, and the page has no serious accessibility problem', async () => {
    const { lesson, typed } = lessonToFind(lessons);
    const server = await startStaticServer(DIST);
    const { context, page } = await openBrowser(newProfileDir(), errors);
    try {
      await page.setViewportSize({ width: 600, height: 800 });
      await page.goto(`${server.url}/`);
      const header = page.getByRole('banner');
      // Below 40rem the header's tools fold behind the "Danh mục" button.
      await openHeaderMenu(page);
      await header.getByRole('link', { name: 'Tìm kiếm' }).waitFor();
      expect(await header.getByRole('searchbox').count(), 'the box is hidden below 900px').toBe(0);
      await header.getByRole('link', { name: 'Tìm kiếm' }).click();

      await page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).waitFor();
      await page.getByRole('main').getByRole('searchbox', { name: 'Tìm bài học' }).fill(typed);
      await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link', { name: lesson.title, exact: true }).waitFor();
      await expect.poll(() => page.getByRole('main').getByRole('status').textContent()).toMatch(/^Tìm thấy \d+ bài cho “.+”\.$/);
      expect(await seriousViolations(page)).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await seriousViolations(page), 'wide screen').toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
