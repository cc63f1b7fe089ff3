/**
 * A topic certificate in Debian's Chromium: earned through the quizzes, then printed to PDF — one A4
 * page, border and date included.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../src/content/vocabulary';
import { BrowserErrors, DIST, answerQuiz, builtLessons, createLearnerViaUi, newProfileDir, openBrowser, requireBuild } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

describe('a topic certificate', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const errors = new BrowserErrors();

  // The topic of the pupils' bands with the most lessons: the longest certificate a child can print.
  const pupils = builtLessons().filter((lesson) => lesson.locale === 'vi' && lesson.band.startsWith('lop-') && lesson.quiz.length > 0);
  const groups = new Map<string, typeof pupils>();
  for (const lesson of pupils) {
    const key = `${lesson.band}/${lesson.topic}`;
    groups.set(key, [...(groups.get(key) ?? []), lesson]);
  }
  const [key, lessons] = [...groups.entries()].filter(([k]) => TOPIC_IDS.some((t) => k.endsWith(`/${t}`))).sort((a, b) => b[1].length - a[1].length)[0]!;

  beforeAll(async () => {
    requireBuild();
    server = await startStaticServer(DIST);
    ({ context, page } = await openBrowser(newProfileDir(), [], errors));
    await createLearnerViaUi(page, server.url, 'Nguyễn Thị Phương Thảo', '12A1');
    for (const lesson of lessons) {
      await page.goto(`${server.url}/lesson/${lesson.id}/quiz`);
      await answerQuiz(page, lesson);
      // Saved before the next page is opened: leaving sooner can abort the write in flight.
      await page.getByText('Kết quả đã được lưu trên máy này.').waitFor();
    }
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('prints on exactly one A4 page', async () => {
    await page.goto(`${server.url}/certificate/${key}`);
    await page.getByRole('article', { name: 'Giấy chứng nhận hoàn thành' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    await page.emulateMedia({ media: null });
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    expect(errors.take()).toEqual([]);
  });
});
