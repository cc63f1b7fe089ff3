/**
 * A school LAN server over plain http: not a secure context, so no service worker and no
 * navigator.storage. The app must still run, save progress in IndexedDB, raise no uncaught error, and
 * explain how to get offline use.
 */
import { describe, expect, it } from 'vitest';
import { answerQuiz, builtLessons } from './harness';
import { useAppInBrowser } from './appInBrowser';

const LAN_HOST = 'may-chu.truong.test';

describe('served over plain http on a school network', () => {
  // The name resolves to this machine, but the browser treats it as any other http site.
  const app = useAppInBrowser({ args: [`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`], origin: (server) => `http://${LAN_HOST}:${server.port}`, serviceWorker: true });

  it('runs without a service worker and says how to get offline use', async () => {
    await app.page.goto(`${app.origin}/`);
    await app.page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    expect(await app.page.evaluate(() => ({ secure: window.isSecureContext, sw: 'serviceWorker' in navigator, storage: 'storage' in navigator }))).toEqual({
      secure: false,
      sw: false,
      storage: false,
    });
    await app.page.getByText(/“npm start” ngay trên máy này/).waitFor();
  });

  it('saves a quiz result in IndexedDB that is still there after a reload', async () => {
    const lesson = builtLessons().find((l) => l.locale === 'vi' && l.band.startsWith('lop-'))!;
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
    await answerQuiz(app.page, lesson, 'first-wrong');
    await app.page.getByText(`Em trả lời đúng 0 / ${lesson.quiz.length} câu (0%).`).waitFor();
    await app.page.getByText('Kết quả đã được lưu trên máy này.').waitFor();

    await app.page.goto(`${app.origin}/band/${lesson.band}`);
    const item = app.page.locator('.lesson-list__item', { has: app.page.getByRole('link', { name: lesson.title, exact: true }) });
    await item.getByText('Điểm cao nhất: 0%').waitFor();
  });

});
