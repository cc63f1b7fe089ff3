/**
 * A new version deployed while a child is mid-quiz: the app says so but never reloads by itself; the
 * update happens when the user presses "Cập nhật", and the quiz answers saved so far survive it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtLessons, createLearnerViaUi, requireBuild, waitForActivatedServiceWorker } from './harness';
import { useAppInBrowser } from './appInBrowser';

/** A copy of the build, so "deploying" a new service worker does not touch dist/. */
function copyOfBuild(): string {
  requireBuild();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-deploy-'));
  fs.cpSync(DIST, folder, { recursive: true });
  return folder;
}

describe('updating the app', () => {
  let deployed = '';
  const app = useAppInBrowser({ folder: () => (deployed = copyOfBuild()), serviceWorker: true });
  const lesson = builtLessons().find((l) => l.locale === 'vi' && l.band.startsWith('lop-'))!;

  it('waits for the user while a quiz is in progress, then updates and keeps the learner and answers', async () => {
    await app.page.goto(`${app.origin}/`);
    await waitForActivatedServiceWorker(app.page);
    await createLearnerViaUi(app.page, app.origin, 'Lan');
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
    await app.page.getByText(`Câu 1 / ${lesson.quiz.length}`).waitFor();
    const correct = lesson.quiz[0]!.options.findIndex((o) => o.correct);
    // Options are shown in the attempt's order; each input's value is its written index.
    await app.page.locator(`.option input[value="${correct}"]`).check();
    await app.page.getByRole('button', { name: 'Kiểm tra' }).click();
    await app.page.getByText('Chính xác!', { exact: true }).waitFor();
    await app.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Deploy a new version: any byte change to sw.js makes the browser install it.
    fs.appendFileSync(path.join(deployed, 'sw.js'), '\n// version 2\n');
    await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await app.page.locator('.toast').getByText('Đã có phiên bản mới. Em cứ làm bài tiếp – khi xong hãy bấm “Cập nhật”.').waitFor();

    // No fixed wait: the new worker is installed and waiting (what would make an eager app reload), the
    // page that announced it is the same page, and the quiz goes on in it.
    await expect.poll(() => app.page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    expect(await app.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await app.page.getByText('Chính xác!', { exact: true }).waitFor();

    await Promise.all([app.page.waitForEvent('load'), app.page.getByRole('button', { name: 'Cập nhật' }).click()]);
    expect(await app.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
    await app.page.getByText('Em đang làm dở bài này – tiếp tục từ câu 2.').waitFor();
    await app.page.getByRole('link', { name: /Người đang học: Lan/ }).waitFor();
    expect(await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBeFalsy();
  });
});
