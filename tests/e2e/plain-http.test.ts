/**
 * A school LAN server over plain http: not a secure context, so no service worker and no
 * navigator.storage. The app must still run, save progress in IndexedDB, raise no uncaught error, and
 * explain how to get offline use.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BrowserErrors, DIST, answerQuiz, builtLessons, newProfileDir, openBrowser, requireBuild } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

const LAN_HOST = 'may-chu.truong.test';

describe('served over plain http on a school network', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const errors = new BrowserErrors();
  let origin: string;

  beforeAll(async () => {
    requireBuild();
    server = await startStaticServer(DIST);
    origin = `http://${LAN_HOST}:${server.port}`;
    // The name resolves to this machine, but the browser treats it as any other http site.
    ({ context, page } = await openBrowser(newProfileDir(), [`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`], errors));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  it('runs without a service worker and says how to get offline use', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, sw: 'serviceWorker' in navigator, storage: 'storage' in navigator }))).toEqual({
      secure: false,
      sw: false,
      storage: false,
    });
    await page.getByText(/“npm start” ngay trên máy này/).waitFor();
  });

  it('saves a quiz result in IndexedDB that is still there after a reload', async () => {
    const lesson = builtLessons().find((l) => l.locale === 'vi')!;
    await page.goto(`${origin}/lesson/${lesson.id}/quiz`);
    await answerQuiz(page, lesson, 'first-wrong');
    await page.getByText(`Em trả lời đúng 0 / ${lesson.quiz.length} câu (0%).`).waitFor();
    await page.getByText('Kết quả đã được lưu trên máy này.').waitFor();

    await page.goto(`${origin}/band/${lesson.band}`);
    const item = page.locator('.lesson-list__item', { has: page.getByRole('link', { name: lesson.title }) });
    await item.getByText('Điểm cao nhất: 0%').waitFor();
  });

});
